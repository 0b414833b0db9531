import { sql } from 'drizzle-orm';
import type { Tx } from '../client.ts';

/** Channel on which a run that recorded changed backups is announced: `{ "runId": … }`, delivered on commit. */
export const CHANGES_CHANNEL = 'tidemark_changes';

/** Says that the run's changed backups are recorded; call it in the transaction that records them. */
export async function announceChanges(tx: Tx, runId: string): Promise<void> {
  await tx.execute(sql`select pg_notify(${CHANGES_CHANNEL}, json_build_object('runId', ${runId}::text)::text)`);
}
