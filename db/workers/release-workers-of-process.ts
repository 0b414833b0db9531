import { and, eq, sql } from 'drizzle-orm';
import type { Database } from '../client.ts';
import { workers } from './schema.ts';

/**
 * Hands back the jobs of one worker process known to be dead (its launcher saw it exit), at once
 * instead of after TIDEMARK_WORKER_GONE_AFTER seconds of silence, so its restarted successor
 * takes them over straight away. Returns the ids of the worker pools released.
 */
export async function releaseWorkersOfProcess(db: Database, process: { hostname: string; pid: number }): Promise<string[]> {
  return db.transaction(async (tx) => {
    const gone = await tx
      .delete(workers)
      .where(and(eq(workers.hostname, process.hostname), eq(workers.pid, process.pid)))
      .returning({ id: workers.id });
    const ids = gone.map((worker) => worker.id);
    if (ids.length) {
      const list = sql.join(ids.map((id) => sql`${id}`), sql`, `);
      await tx.execute(sql`select graphile_worker.force_unlock_workers(array[${list}]::text[])`);
    }
    return ids;
  });
}
