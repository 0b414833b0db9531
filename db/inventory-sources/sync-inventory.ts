/**
 * A sync of one inventory source: read → stage → plan → apply. Every page the source returns is
 * mapped and written to the staging table (inventory_sync_items) as it arrives, so memory stays
 * bounded however many devices the source holds; nothing touches the devices until the whole
 * source was read. Then one transaction plans with set-based statements over the staging rows
 * (create, update, unchanged, conflict, and the orphans) and, unless it is a dry run, applies
 * the plan: a preview and a sync of the same source state plan the same, and a source that
 * fails mid-read applies nothing.
 */
import { and, eq, sql } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit.ts';
import type { Database, Tx } from '../client.ts';
import type { Caller } from '../context.ts';
import { credentialSets } from '../credential-sets/schema.ts';
import { InventoryError } from '../../inventory/index.ts';
import type { Keyring } from '../../infra/keyring.ts';
import type { Logger } from '../../infra/log.ts';
import { formatVariables, type DeviceVariables } from '../devices/device-variables.ts';
import { mapInventoryDevice, type MappedDevice } from './map-device.ts';
import { openInventoryClient } from './open-client.ts';
import { inventorySources, inventorySyncItems, inventorySyncs, type InventorySource, type InventorySync } from './schema.ts';
import { SYNC_LIST_LIMIT, type ConflictCode, type SyncFieldChange, type SyncResult } from './types.ts';

export interface SyncDeps {
  db: Database;
  keyring: Keyring;
  log: Logger;
}

/** Devices asked for per page; NetBox's default MAX_PAGE_SIZE is 1,000. */
export const SYNC_PAGE_SIZE = 1_000;

const system: Caller = { kind: 'system', name: 'inventory-sync' };

/** Runs a queued sync to its end; a sync that ended already (a retried job) is left as it is. */
export async function runInventorySync(deps: SyncDeps, syncId: string, options: { pageSize?: number; signal?: AbortSignal } = {}): Promise<InventorySync | null> {
  const started = Date.now();
  const [sync] = await deps.db
    .update(inventorySyncs)
    .set({ status: 'running', startedAt: new Date(), readCount: 0 })
    .where(and(eq(inventorySyncs.id, syncId), sql`${inventorySyncs.status} in ('queued', 'running')`))
    .returning();
  if (!sync) return null;
  const log = deps.log.child({ syncId, sourceId: sync.sourceId, dryRun: sync.dryRun });
  await dropStaging(deps.db, syncId);
  try {
    const [source] = await deps.db.select().from(inventorySources).where(eq(inventorySources.id, sync.sourceId));
    if (!source) throw new InventoryError('INVENTORY_BAD_RESPONSE', 'the inventory source was deleted');
    const read = await stageSource(deps, source, syncId, options);
    const ended = await deps.db.transaction(async (tx) => {
      // One plan-and-apply per source at a time; the lock also orders it with edits of the source.
      const [locked] = await tx.select().from(inventorySources).where(eq(inventorySources.id, source.id)).for('update');
      if (!locked) throw new InventoryError('INVENTORY_BAD_RESPONSE', 'the inventory source was deleted');
      await planSync(tx, syncId, locked);
      const result = await describePlan(tx, syncId, locked, read);
      if (!sync.dryRun) {
        await applyPlan(tx, syncId, locked);
        await recordAudit(tx, system, { action: 'apply-inventory-sync', targetType: 'inventory-source', targetId: source.id, details: { syncId, counts: result.counts } });
      }
      await dropStaging(tx, syncId);
      const [row] = await tx
        .update(inventorySyncs)
        .set({ status: 'succeeded', result: { ...result, durationMs: Date.now() - started }, finishedAt: new Date() })
        .where(eq(inventorySyncs.id, syncId))
        .returning();
      return row;
    });
    log.info({ counts: ended.result?.counts, ms: Date.now() - started }, sync.dryRun ? 'inventory sync previewed' : 'inventory sync applied');
    return ended;
  } catch (error) {
    const code = error instanceof InventoryError ? error.code : 'INTERNAL';
    const message = error instanceof InventoryError ? error.message : 'unexpected error; see the worker log';
    if (code === 'INTERNAL') log.error({ err: error }, 'inventory sync failed');
    else log.warn({ code, message }, 'inventory sync failed; nothing was applied');
    await dropStaging(deps.db, syncId);
    const [row] = await deps.db
      .update(inventorySyncs)
      .set({ status: 'failed', errorCode: code, error: message, finishedAt: new Date() })
      .where(eq(inventorySyncs.id, syncId))
      .returning();
    return row;
  }
}

async function dropStaging(tx: Tx, syncId: string): Promise<void> {
  await tx.delete(inventorySyncItems).where(eq(inventorySyncItems.syncId, syncId));
}

/** Reads the source page by page into the staging table; returns how many devices it read. */
async function stageSource(deps: SyncDeps, source: InventorySource, syncId: string, options: { pageSize?: number; signal?: AbortSignal }): Promise<number> {
  const sets = await deps.db.select({ id: credentialSets.id, name: credentialSets.name }).from(credentialSets);
  const credentialSetIds = new Map(sets.map((set) => [set.name, set.id]));
  const client = openInventoryClient(deps.keyring, source);
  let seq = 0;
  // One page is written while the next is read: at most two pages in memory.
  let writing: Promise<void> = Promise.resolve();
  try {
    for await (const page of client.devices(source.filter, { pageSize: options.pageSize ?? SYNC_PAGE_SIZE, signal: options.signal })) {
      if (page.length === 0) continue;
      const rows = page.map((device) => stagingRow(syncId, seq++, mapInventoryDevice(device, source, credentialSetIds)));
      await writing;
      writing = stagePage(deps.db, syncId, rows, seq);
    }
  } finally {
    // A read that fails leaves no write behind that could land after the staging is dropped.
    await writing.catch(() => undefined);
  }
  await writing;
  return seq;
}

async function stagePage(db: Database, syncId: string, rows: ReturnType<typeof stagingRow>[], readCount: number): Promise<void> {
  await db.execute(sql`
    insert into inventory_sync_items (sync_id, seq, source_device_id, name, host, port, backup_method, platform, location, tags, model, variables,
      credential_set_id, problem_code, problem)
    select sync_id, seq, source_device_id, name, host, port, backup_method, platform, location, tags, model, variables,
      credential_set_id, problem_code, problem
    from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as r(sync_id uuid, seq int, source_device_id text, name text, host text, port int,
      backup_method text, platform text, location text, tags text[], model text, variables jsonb, credential_set_id uuid, problem_code text, problem text)`);
  await db.update(inventorySyncs).set({ readCount }).where(eq(inventorySyncs.id, syncId));
}

function stagingRow(syncId: string, seq: number, device: MappedDevice) {
  return {
    sync_id: syncId,
    seq,
    source_device_id: device.sourceDeviceId,
    name: device.name,
    host: device.host,
    port: device.port,
    backup_method: device.backupMethod,
    platform: device.platform,
    location: device.location,
    tags: device.tags,
    model: device.model,
    variables: device.variables,
    credential_set_id: device.credentialSetId,
    problem_code: device.problemCode,
    problem: device.problem,
  };
}

/** The credential sets of a device in order, as one array. */
const deviceSets = sql`coalesce((select array_agg(credential_set_id order by position) from device_credential_sets where device_id = d.id), '{}')`;
/** The credential sets the staged device asks for. */
const stagedSets = sql`(case when i.credential_set_id is null then '{}'::uuid[] else array[i.credential_set_id] end)`;

/**
 * Gives every staged device its action: conflict, create, update or unchanged. Owned devices are
 * found by their id at the source, so a renamed device is updated, not created again.
 */
async function planSync(tx: Tx, syncId: string, source: InventorySource): Promise<void> {
  // A device listed twice (pages that shifted while they were read) counts once, as last read.
  await tx.execute(sql`
    delete from inventory_sync_items i where i.sync_id = ${syncId}
      and exists (select 1 from inventory_sync_items j where j.sync_id = i.sync_id and j.source_device_id = i.source_device_id and j.seq > i.seq)`);
  await tx.execute(sql`update inventory_sync_items set action = 'conflict' where sync_id = ${syncId} and problem_code is not null`);
  await tx.execute(sql`
    update inventory_sync_items i set device_id = d.id
    from devices d where i.sync_id = ${syncId} and d.source_id = ${source.id} and d.source_device_id = i.source_device_id`);
  await tx.execute(sql`
    update inventory_sync_items i set action = 'conflict', problem_code = ${'DUPLICATE_NAME' satisfies ConflictCode},
      problem = 'the source lists another device with this name'
    where i.sync_id = ${syncId} and i.action is null
      and exists (select 1 from inventory_sync_items j where j.sync_id = i.sync_id and j.name = i.name and j.seq <> i.seq and j.problem_code is distinct from 'INVALID_NAME')`);
  await tx.execute(sql`
    update inventory_sync_items i set action = 'conflict', problem_code = ${'NAME_TAKEN' satisfies ConflictCode},
      problem = 'the name is used by ' || (case
        when d.source_id is null then 'a device not owned by this source'
        when d.source_id = ${source.id} then 'another device of this source (one the source no longer lists)'
        else 'a device of another source' end)
    from devices d
    where i.sync_id = ${syncId} and i.action is null and d.name = i.name and d.id is distinct from i.device_id`);
  await tx.execute(sql`update inventory_sync_items set action = 'create' where sync_id = ${syncId} and action is null and device_id is null`);
  const variablesSynced = source.variableFields.length > 0;
  await tx.execute(sql`
    update inventory_sync_items i set action = case when (d.name, d.host, d.backup_method, d.location, d.tags, d.model,
        ${source.portField ? sql`d.port` : sql`0`}, ${source.credentialSetField ? deviceSets : sql`'{}'::uuid[]`},
        ${variablesSynced ? sql`d.variables` : sql`'{}'::jsonb`})
      is distinct from (i.name, i.host, i.backup_method, i.location, i.tags, i.model,
        ${source.portField ? sql`i.port` : sql`0`}, ${source.credentialSetField ? stagedSets : sql`'{}'::uuid[]`},
        ${variablesSynced ? sql`i.variables` : sql`'{}'::jsonb`})
      then 'update' else 'unchanged' end
    from devices d
    where i.sync_id = ${syncId} and i.action is null and d.id = i.device_id`);
}

/** Owned devices the source no longer lists. */
const orphans = (syncId: string, sourceId: string) => sql`
  from devices d where d.source_id = ${sourceId}
    and not exists (select 1 from inventory_sync_items i where i.sync_id = ${syncId} and i.source_device_id = d.source_device_id)`;

/** Exact counts, and the first SYNC_LIST_LIMIT items of each list. */
async function describePlan(tx: Tx, syncId: string, source: InventorySource, read: number): Promise<SyncResult> {
  const actions = await tx.execute<{ action: string; n: number }>(sql`
    select action, count(*)::int as n from inventory_sync_items where sync_id = ${syncId} group by action`);
  const countOf = (action: string) => actions.find((row) => row.action === action)?.n ?? 0;
  const [{ n: orphanCount }] = await tx.execute<{ n: number }>(sql`select count(*)::int as n ${orphans(syncId, source.id)}`);
  const created = await tx.execute<{ name: string; host: string; backupMethod: string; location: string }>(sql`
    select name, host, backup_method as "backupMethod", location from inventory_sync_items
    where sync_id = ${syncId} and action = 'create' order by name limit ${SYNC_LIST_LIMIT}`);
  const variablesSynced = source.variableFields.length > 0;
  // Null stands for a field the source does not sync; a model the source cleared is ''.
  const updated = await tx.execute<{ name: string; before: Record<string, unknown>; after: Record<string, unknown> }>(sql`
    select d.name,
      json_build_object('name', d.name, 'host', d.host, 'backupMethod', d.backup_method, 'location', d.location, 'tags', d.tags,
        'model', coalesce(d.model, ''), 'port', ${source.portField ? sql`d.port` : sql`null`},
        'credentialSets', ${source.credentialSetField ? deviceSets : sql`null`}, 'variables', ${variablesSynced ? sql`d.variables` : sql`null`}) as before,
      json_build_object('name', i.name, 'host', i.host, 'backupMethod', i.backup_method, 'location', i.location, 'tags', i.tags,
        'model', coalesce(i.model, ''), 'port', ${source.portField ? sql`i.port` : sql`null`},
        'credentialSets', ${source.credentialSetField ? stagedSets : sql`null`}, 'variables', ${variablesSynced ? sql`i.variables` : sql`null`}) as after
    from inventory_sync_items i join devices d on d.id = i.device_id
    where i.sync_id = ${syncId} and i.action = 'update' order by d.name limit ${SYNC_LIST_LIMIT}`);
  const orphanRows = await tx.execute<{ name: string }>(sql`select d.name ${orphans(syncId, source.id)} order by d.name limit ${SYNC_LIST_LIMIT}`);
  const conflicts = await tx.execute<{ sourceDeviceId: string; name: string; code: ConflictCode; message: string }>(sql`
    select source_device_id as "sourceDeviceId", name, problem_code as code, problem as message from inventory_sync_items
    where sync_id = ${syncId} and action = 'conflict' order by name, seq limit ${SYNC_LIST_LIMIT}`);
  const policy = source.orphanPolicy;
  return {
    read,
    counts: {
      create: countOf('create'),
      update: countOf('update'),
      unchanged: countOf('unchanged'),
      disable: policy === 'disable' ? orphanCount : 0,
      delete: policy === 'delete' ? orphanCount : 0,
      keep: policy === 'keep' ? orphanCount : 0,
      conflicts: countOf('conflict'),
    },
    created: [...created],
    updated: updated.map((row) => ({ name: row.name, changes: fieldChanges(row.before, row.after) })),
    orphans: orphanRows.map((row) => ({ name: row.name, action: policy })),
    conflicts: [...conflicts],
    durationMs: 0,
  };
}

function shown(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.join(', ');
  if (typeof value === 'object') return formatVariables(value as DeviceVariables, ', ');
  return String(value);
}

function fieldChanges(before: Record<string, unknown>, after: Record<string, unknown>): SyncFieldChange[] {
  return Object.keys(after)
    .filter((field) => after[field] !== null && shown(before[field]) !== shown(after[field]))
    .map((field) => ({ field, from: shown(before[field]), to: shown(after[field]) }));
}

/** Applies the plan with set-based statements: orphans, then updates, then creations. */
async function applyPlan(tx: Tx, syncId: string, source: InventorySource): Promise<void> {
  if (source.orphanPolicy === 'delete') await tx.execute(sql`delete from devices where id in (select d.id ${orphans(syncId, source.id)})`);
  if (source.orphanPolicy === 'disable') {
    await tx.execute(sql`update devices set enabled = false, updated_at = now() where id in (select d.id ${orphans(syncId, source.id)}) and enabled`);
  }
  // A key trusted at one address says nothing of another: a moved device trusts on first use again.
  await tx.execute(sql`
    update devices d set name = i.name, host = i.host, backup_method = i.backup_method, location = i.location, tags = i.tags, model = i.model,
      variables = ${source.variableFields.length > 0 ? sql`i.variables` : sql`d.variables`},
      port = ${source.portField ? sql`i.port` : sql`d.port`},
      host_key = case when lower(d.host) <> lower(i.host) or d.port <> ${source.portField ? sql`i.port` : sql`d.port`} then null else d.host_key end,
      pending_host_key = case when lower(d.host) <> lower(i.host) or d.port <> ${source.portField ? sql`i.port` : sql`d.port`} then null else d.pending_host_key end,
      updated_at = now()
    from inventory_sync_items i
    where i.sync_id = ${syncId} and i.action = 'update' and d.id = i.device_id`);
  if (source.credentialSetField) {
    await tx.execute(sql`
      delete from device_credential_sets where device_id in (select device_id from inventory_sync_items where sync_id = ${syncId} and action = 'update')`);
    await tx.execute(sql`
      insert into device_credential_sets (device_id, credential_set_id, position)
      select device_id, credential_set_id, 0 from inventory_sync_items
      where sync_id = ${syncId} and action = 'update' and credential_set_id is not null`);
  }
  await tx.execute(sql`
    insert into devices (name, host, port, backup_method, location, tags, model, variables, repository_id, source_id, source_device_id)
    select name, host, port, backup_method, location, tags, model, variables, ${source.repositoryId}::uuid, ${source.id}::uuid, source_device_id
    from inventory_sync_items where sync_id = ${syncId} and action = 'create' order by seq`);
  await tx.execute(sql`
    insert into device_credential_sets (device_id, credential_set_id, position)
    select d.id, i.credential_set_id, 0
    from inventory_sync_items i join devices d on d.source_id = ${source.id} and d.source_device_id = i.source_device_id
    where i.sync_id = ${syncId} and i.action = 'create' and i.credential_set_id is not null`);
}
