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
}

export type TaskId = keyof TaskPayloads;

const schemas: { [K in TaskId]: z.ZodType<TaskPayloads[K]> } = {
  'start-run': z.object({ runId: z.string().uuid() }),
  'collect-device': z.object({ runId: z.string().uuid(), runDeviceId: z.string().uuid() }),
  'finish-run': z.object({ runId: z.string().uuid() }),
  'release-dead-workers': z.record(z.string(), z.unknown()),
  'tick-schedules': z.record(z.string(), z.unknown()),
  'watch-runs': z.record(z.string(), z.unknown()),
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
