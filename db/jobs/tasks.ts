/**
 * Every job Tidemark queues: its task name and payload, declared once. `addJob`, the SQL that
 * dispatches devices, and each task under worker/tasks/ take their types from here, so renaming a
 * payload field is a compile error at every producer and consumer. The payloads are also
 * graphile-worker's `GraphileWorker.Tasks`, which its `Task<name>` type reads.
 */
import { z } from 'zod';

export interface TaskPayloads {
  /** Resolves a run's devices and dispatches the first ones. */
  'start-run': { runId: string };
  /** Backs up one device of a run. */
  'collect-device': { runId: string; runDeviceId: string };
  /** Stores what a run's devices collected: one commit, backups rows, the result. */
  'finish-run': { runId: string };
  /** Cron: hands jobs locked by workers that are gone back to the queue. */
  'release-dead-workers': Record<string, unknown>;
  /** Cron: starts the runs of schedules that are due. */
  'tick-schedules': Record<string, unknown>;
  /** Cron: resumes runs that no job moves any more, or ends them failed. */
  'watch-runs': Record<string, unknown>;
  /** Takes a retired device's files out of a repository's current files, or puts a restored one's back. */
  'retire-device': { deviceId: string; repositoryId: string };
  /** Cron, daily: applies every repository's retention policies. */
  'apply-retention': Record<string, unknown>;
  /** Derives a finished run's notification events and records one delivery per rule and channel. */
  'notify-run': { runId: string };
  /** Sends one notification delivery: one attempt, then the next after a backoff or the dead letter. */
  'deliver-notification': { deliveryId: string };
  /** Cron: notifies about devices that have had no success for a rule's hours. */
  'notify-stale-devices': Record<string, unknown>;
  /** Reads an inventory source into staging and plans, or with dryRun only previews, its sync. */
  'sync-inventory': { syncId: string; sourceId: string; dryRun: boolean };
  /** Writes the backup date of a run's devices owned by one inventory source to its custom field. */
  'write-back-inventory': { runId: string; sourceId: string };
  /** Reads stored text versions config search does not hold yet; forgets texts no version refers to. */
  'index-config-texts': Record<string, unknown>;
}

export type TaskId = keyof TaskPayloads;

const schemas: { [K in TaskId]: z.ZodType<TaskPayloads[K]> } = {
  'start-run': z.object({ runId: z.string().uuid() }),
  'collect-device': z.object({ runId: z.string().uuid(), runDeviceId: z.string().uuid() }),
  'finish-run': z.object({ runId: z.string().uuid() }),
  'release-dead-workers': z.record(z.string(), z.unknown()),
  'tick-schedules': z.record(z.string(), z.unknown()),
  'watch-runs': z.record(z.string(), z.unknown()),
  'retire-device': z.object({ deviceId: z.string().uuid(), repositoryId: z.string().uuid() }),
  'apply-retention': z.record(z.string(), z.unknown()),
  'notify-run': z.object({ runId: z.string().uuid() }),
  'deliver-notification': z.object({ deliveryId: z.string().uuid() }),
  'notify-stale-devices': z.record(z.string(), z.unknown()),
  'sync-inventory': z.object({ syncId: z.string().uuid(), sourceId: z.string().uuid(), dryRun: z.boolean() }),
  'write-back-inventory': z.object({ runId: z.string().uuid(), sourceId: z.string().uuid() }),
  'index-config-texts': z.record(z.string(), z.unknown()),
};

export const taskIds = Object.keys(schemas) as TaskId[];

/** A task's payload as the queue hands it over, checked against its declaration. */
export function parsePayload<K extends TaskId>(task: K, payload: unknown): TaskPayloads[K] {
  return schemas[task].parse(payload);
}

declare global {
  // graphile-worker's declaration-merging point for task payloads.
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace GraphileWorker {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface Tasks extends TaskPayloads {}
  }
}
