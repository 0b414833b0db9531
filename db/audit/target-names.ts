import { sql } from 'drizzle-orm';
import type { Database } from '../client.ts';
import { sqlArray } from '../sql-lists.ts';

/**
 * The tables whose rows audit entries name, and the column that names them (`null`: the row has no
 * name and goes by its id's first 8 characters). A target type not listed here keeps the name its
 * entry recorded (`details.name`), if any.
 */
const namedTargets: Record<string, { table: string; name: string | null }> = {
  run: { table: 'runs', name: null },
  device: { table: 'devices', name: 'name' },
  'credential-set': { table: 'credential_sets', name: 'name' },
  repository: { table: 'repositories', name: 'name' },
  schedule: { table: 'schedules', name: 'name' },
  user: { table: 'users', name: 'username' },
  'api-token': { table: 'api_tokens', name: 'name' },
  'inventory-source': { table: 'inventory_sources', name: 'name' },
  'notification-channel': { table: 'notification_channels', name: 'name' },
  'notification-rule': { table: 'notification_rules', name: 'name' },
};

/** Current names of the entries' targets that still exist, keyed `type id`: one query per type. */
export async function targetNames(db: Database, entries: { targetType: string; targetId: string | null }[]): Promise<Map<string, string>> {
  const idsByType = new Map<string, Set<string>>();
  for (const entry of entries) {
    if (!entry.targetId || !namedTargets[entry.targetType] || !/^[0-9a-f-]{36}$/i.test(entry.targetId)) continue;
    let ids = idsByType.get(entry.targetType);
    if (!ids) idsByType.set(entry.targetType, (ids = new Set()));
    ids.add(entry.targetId);
  }
  const names = new Map<string, string>();
  await Promise.all(
    [...idsByType].map(async ([type, ids]) => {
      const { table, name } = namedTargets[type];
      const rows = await db.execute<{ id: string; name: string }>(
        sql`select id::text as id, ${name ? sql.identifier(name) : sql`left(id::text, 8)`} as name from ${sql.identifier(table)} where id = any(${sqlArray([...ids], 'uuid')})`,
      );
      for (const row of rows) names.set(`${type} ${row.id}`, row.name);
    }),
  );
  return names;
}
