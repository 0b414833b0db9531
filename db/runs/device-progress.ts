import { and, eq, sql } from 'drizzle-orm';
import type { Database, Tx } from '../client.ts';
import type { SavedState } from '../../plugins/types.ts';
import type { RunFailureCode, Stage, StagedArtifact } from './types.ts';
import { devices, type Device } from '../devices/schema.ts';
import { sqlArray } from '../sql-lists.ts';
import { dispatchDevices } from './dispatch-device.ts';
import { enqueueFinishRun } from './enqueue-finish-run.ts';
import { RUN_EVENTS_CHANNEL, bumpRun, insertRunEvent } from './run-events.ts';
import type { RunEventPayload, RunEventType } from './types.ts';
import { runDevices, runs, type Run, type RunDevice } from './schema.ts';

/**
 * The two writes every device of a run makes, claiming it and recording its outcome, for many
 * devices in one transaction. A worker collecting 50 devices at once would otherwise spend most
 * of its time (and PostgreSQL's) on a dozen small statements per device; here a batch of any
 * size costs half a dozen. Events are numbered, counters moved and the next devices dispatched
 * exactly as one device at a time would.
 */

export interface ClaimedRunDevice {
  run: Run;
  runDevice: RunDevice;
  device: Device | undefined;
}

export interface RunDeviceOutcome {
  run: Run;
  runDeviceId: string;
  deviceName: string;
  device: Pick<Device, 'id' | 'hostKey'> | undefined;
  /**
   * How the collection ended. A device that succeeded is recorded as `collected`: it succeeds, and
   * counts as backed up, only once the run has stored its artifacts (finishing-run.ts).
   */
  status: 'succeeded' | 'failed' | 'cancelled';
  attempts: number;
  stages: Stage[];
  collected: StagedArtifact[] | null;
  credentialSetId: string | null;
  errorCode: RunFailureCode | null;
  errorMessage: string | null;
  durationMs: number;
  /** The host key seen, stored when the device has none yet (trust on first use). */
  hostKey?: string;
  /** A changed host key, kept for an operator to accept. */
  pendingHostKey?: string;
  /** Whether the running configuration is saved, when the backup method says (undefined: keep what is known). */
  savedState?: SavedState | null;
}

interface NewEvent {
  run_id: string;
  seq: number;
  type: RunEventType;
  payload: RunEventPayload;
}

// A type, not an interface: drizzle's execute wants an index signature.
type Counters = {
  id: string;
  seq: number;
  started: number;
  finished: number;
  dispatched: number;
  total: number;
  status: Run['status'];
  finished_at: string | null;
};

/**
 * Rows as one jsonb parameter, unpacked in SQL with jsonb_to_recordset. PostgreSQL guesses such a
 * set at 100 rows, so an update joined to it also names its ids as an array (`= any(...)`): the
 * table is then read by its key, never scanned whole.
 */
const asJson = (rows: unknown[]) => sql`${JSON.stringify(rows)}::jsonb`;

/** Groups items by run, keeping their order. */
function byRun<T>(items: T[], runIdOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const runId = runIdOf(item);
    const group = groups.get(runId);
    if (group) group.push(item);
    else groups.set(runId, [item]);
  }
  return groups;
}

/**
 * Moves each run's counters by the given amounts under its row lock, taken in id order so two
 * workers' batches cannot deadlock on each other, and returns the counters after the move.
 */
async function bumpRuns(tx: Tx, changes: { id: string; events: number; started: number; finished: number; dispatched: number }[]): Promise<Map<string, Counters>> {
  const rows = await tx.execute<Counters>(sql`
    with locked as (select id from runs where id = any(${sqlArray(changes.map((c) => c.id), 'uuid')}) order by id for update)
    update runs set
      event_seq = event_seq + c.events,
      started_devices = started_devices + c.started,
      finished_devices = finished_devices + c.finished,
      dispatched_devices = dispatched_devices + c.dispatched
    from jsonb_to_recordset(${asJson(changes)}) as c(id uuid, events int, started int, finished int, dispatched int)
    where runs.id = c.id and runs.id in (select id from locked)
    returning runs.id, runs.event_seq as seq, runs.started_devices as started, runs.finished_devices as finished,
      runs.dispatched_devices as dispatched, runs.total, runs.status, runs.finished_at`);
  return new Map(rows.map((row) => [row.id, row]));
}

/** Stores events and announces each run's newest one; NOTIFY is delivered on commit. */
async function insertRunEvents(tx: Tx, events: NewEvent[]): Promise<void> {
  if (events.length === 0) return;
  await tx.execute(sql`
    with inserted as (
      insert into run_events (run_id, seq, type, payload)
      select run_id, seq, type, payload from jsonb_to_recordset(${asJson(events)}) as e(run_id uuid, seq int, type text, payload jsonb)
      returning run_id, seq
    )
    select pg_notify(${RUN_EVENTS_CHANNEL}, json_build_object('runId', run_id::text, 'seq', max(seq))::text)
    from inserted group by run_id`);
}

/**
 * Marks devices of runs as being collected. A device finished already (its job ran before a
 * crash), or of a cancelled run, is left out of the answer: there is nothing to collect.
 */
export async function claimRunDevices(tx: Tx, claims: { runId: string; runDeviceId: string }[]): Promise<Map<string, ClaimedRunDevice>> {
  const ids = claims.map((claim) => claim.runDeviceId);
  const rows = await tx
    .select({ run: runs, runDevice: runDevices, device: devices })
    .from(runDevices)
    .innerJoin(runs, eq(runs.id, runDevices.runId))
    .leftJoin(devices, eq(devices.id, runDevices.deviceId))
    .where(and(sql`${runDevices.id} = any(${sqlArray(ids, 'uuid')})`, sql`${runs.id} = any(${sqlArray([...new Set(claims.map((claim) => claim.runId))], 'uuid')})`))
    .orderBy(runDevices.id)
    .for('update', { of: runDevices });
  const claimable = rows.filter(({ run, runDevice }) => ['queued', 'running'].includes(runDevice.status) && run.status !== 'cancelled');
  const claimed = new Map<string, ClaimedRunDevice>();
  if (claimable.length === 0) return claimed;

  await tx.execute(sql`update run_devices set status = 'running', started_at = now() where id = any(${sqlArray(claimable.map(({ runDevice }) => runDevice.id), 'uuid')})`);
  const groups = byRun(claimable, ({ run }) => run.id);
  const counters = await bumpRuns(
    tx,
    [...groups].map(([id, group]) => ({ id, events: group.length, started: group.filter(({ runDevice }) => runDevice.status === 'queued').length, finished: 0, dispatched: 0 })),
  );
  const events: NewEvent[] = [];
  for (const [runId, group] of groups) {
    const after = counters.get(runId)!;
    let seq = after.seq - group.length;
    let started = after.started - group.filter(({ runDevice }) => runDevice.status === 'queued').length;
    for (const { run, runDevice, device } of group) {
      // A device claimed again after a crash was counted as started the first time.
      if (runDevice.status === 'queued') started++;
      events.push({
        run_id: runId,
        seq: ++seq,
        type: 'device-started',
        payload: {
          current: after.finished,
          total: after.total,
          message: `Backing up device ${started}/${after.total}: ${runDevice.deviceName}`,
          deviceId: runDevice.deviceId ?? undefined,
          deviceName: runDevice.deviceName,
          runDeviceId: runDevice.id,
          status: 'running',
        },
      });
      claimed.set(runDevice.id, { run, runDevice: { ...runDevice, status: 'running' }, device: device ?? undefined });
    }
  }
  await insertRunEvents(tx, events);
  return claimed;
}

/**
 * Records devices' outcomes: the run device, the device's last status when it failed (a collected
 * device's is set when its artifacts are stored), its host key on first use, the run's counters and
 * events; hands the next queued devices of each run to workers, and the run to its commit when its
 * last device is done.
 */
export async function finishRunDevices(tx: Tx, outcomes: RunDeviceOutcome[]): Promise<void> {
  if (outcomes.length === 0) return;
  await tx.execute(sql`
    update run_devices set
      status = (case when o.status = 'succeeded' then 'collected' else o.status end)::run_device_status, attempts = o.attempts, stages = o.stages, collected = o.collected,
      credential_set_id = o.credential_set_id, error_code = o.error_code, error_message = o.error_message,
      finished_at = now(), duration_ms = o.duration_ms
    from jsonb_to_recordset(${asJson(
      outcomes.map((o) => ({
        id: o.runDeviceId,
        status: o.status,
        attempts: o.attempts,
        stages: o.stages,
        collected: o.collected,
        credential_set_id: o.credentialSetId,
        error_code: o.errorCode,
        error_message: o.errorMessage,
        duration_ms: o.durationMs,
      })),
    )}) as o(id uuid, status text, attempts int, stages jsonb, collected jsonb, credential_set_id uuid, error_code text, error_message text, duration_ms int)
    where run_devices.id = o.id and run_devices.id = any(${sqlArray(outcomes.map((o) => o.runDeviceId), 'uuid')})`);

  const deviceRows = outcomes
    .filter((o) => o.device)
    .map((o) => ({
      id: o.device!.id,
      ok: o.status === 'succeeded',
      error_code: o.errorCode,
      error_message: o.errorMessage,
      credential_set_id: o.credentialSetId,
      host_key: o.hostKey ?? null,
      pending_host_key: o.pendingHostKey ?? null,
      saved_state: o.savedState ?? null,
      saved_state_known: o.savedState !== undefined,
    }))
    .sort((a, b) => (a.id < b.id ? -1 : 1));
  if (deviceRows.length) {
    await tx.execute(sql`
      update devices set
        last_backup_at = case when o.ok then devices.last_backup_at else now() end,
        last_status = case when o.ok then devices.last_status else 'failed' end,
        last_error_code = case when o.ok then devices.last_error_code else o.error_code end,
        last_error_message = case when o.ok then devices.last_error_message else o.error_message end,
        last_credential_set_id = case when o.ok then o.credential_set_id else devices.last_credential_set_id end,
        host_key = case when o.ok then coalesce(devices.host_key, o.host_key) else devices.host_key end,
        pending_host_key = coalesce(o.pending_host_key, devices.pending_host_key),
        saved_state = case when o.saved_state_known then o.saved_state else devices.saved_state end
      from jsonb_to_recordset(${asJson(deviceRows)}) as o(id uuid, ok boolean, error_code text, error_message text, credential_set_id uuid, host_key text, pending_host_key text, saved_state text, saved_state_known boolean)
      where devices.id = o.id and devices.id = any(${sqlArray(deviceRows.map((d) => d.id), 'uuid')})`);
  }

  const groups = byRun(outcomes, (o) => o.run.id);
  const counters = await bumpRuns(
    tx,
    [...groups].map(([id, group]) => ({ id, events: group.length, started: 0, finished: group.length, dispatched: group.length })),
  );
  // A run deleted meanwhile has nothing left to count or hand over.
  for (const runId of groups.keys()) if (!counters.has(runId)) groups.delete(runId);

  // Every finished device hands its place to the next queued one.
  await dispatchDevices(
    tx,
    [...groups].flatMap(([runId, group]) => {
      const after = counters.get(runId)!;
      return after.status === 'running' ? [{ runId, from: after.dispatched - group.length, to: Math.min(after.dispatched, after.total) }] : [];
    }),
  );

  const events: NewEvent[] = [];
  const finishing: Run[] = [];
  for (const [runId, group] of groups) {
    const after = counters.get(runId)!;
    let seq = after.seq - group.length;
    let finished = after.finished - group.length;
    for (const o of group) {
      finished++;
      events.push({
        run_id: runId,
        seq: ++seq,
        type: 'device-finished',
        payload: {
          current: finished,
          total: after.total,
          message: o.status === 'succeeded' ? `Collected ${o.deviceName} (${finished}/${after.total})` : `${o.deviceName} failed: ${o.errorCode} (${finished}/${after.total})`,
          deviceId: o.device?.id,
          deviceName: o.deviceName,
          runDeviceId: o.runDeviceId,
          status: o.status === 'succeeded' ? 'collected' : 'failed',
          code: o.errorCode,
          attempt: o.attempts,
        },
      });
    }
    // A cancelled run still stores what its devices collected before the cancel.
    const unfinished = after.status === 'running' || (after.status === 'cancelled' && !after.finished_at);
    if (after.finished >= after.total && unfinished) finishing.push({ ...group[0].run, status: after.status });
  }
  await insertRunEvents(tx, events);
  for (const run of finishing) await enqueueFinishRun(tx, run);
}

/**
 * Makes this transaction's commit not wait for its WAL to reach the disk, so the run row it locks
 * is free again at once. Nothing is lost in a crash: graphile-worker marks the job done afterwards
 * in a synchronous commit, and flushing that commit's WAL flushes this earlier one too; if neither
 * reached the disk, the job simply runs again.
 */
export async function commitWithoutWaiting(tx: Tx): Promise<void> {
  await tx.execute(sql`set local synchronous_commit = off`);
}

export interface RetryNotice {
  runId: string;
  runDeviceId: string;
  deviceId: string | null;
  deviceName: string;
  /** The attempt about to be made, from 2. */
  attempt: number;
  maxAttempts: number;
  /** The stage and failure the last attempt ended with. */
  stage: string;
  code: string;
  retryInMs: number;
}

/**
 * A retry of a device's collection, recorded when it is scheduled: its attempt count and a
 * `device-stage` event that says which stage failed and when the next attempt starts. Only
 * retries are worth a write of their own; the other stages are recorded with the outcome.
 */
export async function recordRetry(db: Database, notice: RetryNotice): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.update(runDevices).set({ attempts: notice.attempt }).where(eq(runDevices.id, notice.runDeviceId));
    const counters = await bumpRun(tx, notice.runId);
    if (!counters) return;
    const seconds = Math.max(1, Math.round(notice.retryInMs / 1000));
    await insertRunEvent(tx, notice.runId, counters.seq, 'device-stage', {
      current: counters.finished,
      total: counters.total,
      message: `${notice.deviceName}: ${notice.stage} failed (${notice.code}); attempt ${notice.attempt}/${notice.maxAttempts} in ${seconds} s`,
      deviceId: notice.deviceId ?? undefined,
      deviceName: notice.deviceName,
      runDeviceId: notice.runDeviceId,
      stage: notice.stage,
      status: 'retrying',
      code: notice.code,
      attempt: notice.attempt,
      maxAttempts: notice.maxAttempts,
      retryAt: new Date(Date.now() + notice.retryInMs).toISOString(),
    });
  });
}
