import { sql } from 'drizzle-orm';
import type { Tx } from '../client.ts';
import { enqueueFinishRun } from './enqueue-finish-run.ts';
import { bumpRun, insertRunEvent } from './run-events.ts';
import type { Run } from './schema.ts';
import type { RunFailureCode, Stage } from './types.ts';

/**
 * Fails, before any collection, the devices of a just-begun run that could not be resolved (run-time
 * lookup at their inventory source): their run devices are failed at the resolve stage, counted as
 * finished, and their devices' last status says why. They sit after every device that will be
 * collected, so dispatching by position never hands them out. With nothing left to collect, the
 * run goes to its commit.
 */
export async function failUnresolvedDevices(
  tx: Tx,
  run: Run,
  failures: { deviceId: string; deviceName: string; code: RunFailureCode; message: string }[],
  collectable: number,
): Promise<void> {
  if (failures.length === 0) return;
  const at = new Date().toISOString();
  const rows = failures.map((f) => ({
    device_id: f.deviceId,
    code: f.code,
    message: f.message,
    stages: [{ stage: 'resolve', status: 'failed', code: f.code, message: f.message, at } satisfies Stage],
  }));
  await tx.execute(sql`
    update run_devices rd set status = 'failed', error_code = f.code, error_message = f.message, stages = f.stages, finished_at = now(), duration_ms = 0
    from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as f(device_id uuid, code text, message text, stages jsonb)
    where rd.run_id = ${run.id} and rd.device_id = f.device_id`);
  await tx.execute(sql`
    update devices d set last_status = 'failed', last_error_code = f.code, last_error_message = f.message, last_backup_at = now()
    from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as f(device_id uuid, code text, message text)
    where d.id = f.device_id`);
  let finished = 0;
  for (const failure of failures) {
    const counters = await bumpRun(tx, run.id, { finished: 1 });
    finished = counters.finished;
    await insertRunEvent(tx, run.id, counters.seq, 'device-finished', {
      current: finished,
      total: counters.total,
      message: `${failure.deviceName} failed: ${failure.code} (${finished}/${counters.total})`,
      deviceId: failure.deviceId,
      deviceName: failure.deviceName,
      status: 'failed',
      code: failure.code,
    });
  }
  if (collectable === 0) await enqueueFinishRun(tx, { ...run, status: 'running', total: failures.length });
}
