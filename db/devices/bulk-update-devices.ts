import { inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import { recordAudit } from '../audit/record-audit.ts';
import type { Tx } from '../client.ts';
import { requireRole, type Ctx } from '../context.ts';
import { credentialSets } from '../credential-sets/schema.ts';
import { describeScope, scopeMatcher } from '../credential-sets/scope.ts';
import { scopeOf } from '../credential-sets/view.ts';
import { ValidationError } from '../../infra/errors.ts';
import { inventorySources } from '../inventory-sources/schema.ts';
import { syncedFields, type SyncedField } from '../inventory-sources/synced-fields.ts';
import { sqlArray } from '../sql-lists.ts';
import { parseInput } from '../validation.ts';
import { checkDeviceReferences } from './check-references.ts';
import { deviceFields } from './device-input.ts';
import { auditedDevices, lockSelectedDevices, NAMED_DEVICES, nameDevices, type DeviceSelection } from './device-selection.ts';
import { deviceCredentialSets, devices } from './schema.ts';
import type { DeviceView } from './view.ts';

const bulkChangeInput = z.object({
  change: z
    .object({
      enabled: deviceFields.enabled.optional(),
      addTags: deviceFields.tags.optional(),
      removeTags: z.array(z.string().trim().min(1, 'must not be empty').max(64)).optional(),
      location: deviceFields.location.optional(),
      credentialSetIds: deviceFields.credentialSetIds.optional(),
      repositoryId: deviceFields.repositoryId.optional(),
    })
    .strict()
    .refine((change) => Object.values(change).some((value) => value !== undefined), 'names nothing to change')
    .refine((change) => !change.addTags?.some((tag) => change.removeTags?.includes(tag)), 'adds and removes the same tag'),
});

export type BulkDeviceChange = z.input<typeof bulkChangeInput>['change'];
type Change = z.output<typeof bulkChangeInput>['change'];

/** The device's tags after the change: removed ones out, added ones at the end, each once. */
function tagsAfter(tags: readonly string[], change: Change): string[] {
  const kept = tags.filter((tag) => !change.removeTags?.includes(tag));
  return [...kept, ...(change.addTags ?? []).filter((tag) => !kept.includes(tag))];
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Refuses the whole change when it would touch a field an inventory source owns on any selected
 * device (the next sync would undo it), naming the devices.
 */
async function checkSyncedDevices(tx: Tx, rows: readonly DeviceView[], change: Change): Promise<void> {
  const sourceIds = [...new Set(rows.map((row) => row.sourceId).filter((id): id is string => id !== null))];
  if (sourceIds.length === 0) return;
  const sources = new Map((await tx.select().from(inventorySources).where(inArray(inventorySources.id, sourceIds))).map((s) => [s.id, s]));
  const refused = new Map<SyncedField, { names: string[]; sources: Set<string> }>();
  for (const row of rows) {
    const source = row.sourceId ? sources.get(row.sourceId) : undefined;
    if (!source) continue;
    const changed: Partial<Record<SyncedField, boolean>> = {
      location: change.location !== undefined && change.location !== row.location,
      tags: (change.addTags !== undefined || change.removeTags !== undefined) && !same(tagsAfter(row.tags, change), row.tags),
      credentialSetIds: change.credentialSetIds !== undefined && !same(change.credentialSetIds, row.credentialSetIds),
    };
    for (const field of syncedFields(source)) {
      if (!changed[field]) continue;
      const entry = refused.get(field) ?? { names: [], sources: new Set() };
      entry.names.push(row.name);
      entry.sources.add(source.name);
      refused.set(field, entry);
    }
  }
  const [first] = refused;
  if (!first) return;
  const [field, { names, sources: sourceNames }] = first;
  throw new ValidationError(
    `change.${field}: synced from inventory source ${[...sourceNames].map((n) => `"${n}"`).join(', ')} on ${names.length} of the selected devices (${nameDevices(names)}); change it there, or leave those devices out`,
    { field: `change.${field}`, details: { reason: 'SYNCED_FIELD', devices: names.slice(0, NAMED_DEVICES) } },
  );
}

/**
 * Refuses the whole change when any selected device would use a credential set outside its scope
 * afterwards: new sets on the devices' addresses, or new tags under the sets they have.
 */
async function checkSelectedScopes(tx: Tx, rows: readonly DeviceView[], change: Change): Promise<void> {
  const tagsChange = change.addTags !== undefined || change.removeTags !== undefined;
  if (change.credentialSetIds === undefined && !tagsChange) return;
  const setIds = [...new Set(change.credentialSetIds ?? rows.flatMap((row) => row.credentialSetIds))];
  if (setIds.length === 0) return;
  const sets = await tx
    .select({ id: credentialSets.id, name: credentialSets.name, scopeHosts: credentialSets.scopeHosts, scopeTags: credentialSets.scopeTags, scopePorts: credentialSets.scopePorts })
    .from(credentialSets)
    .where(inArray(credentialSets.id, setIds));
  const covers = new Map(sets.map((set) => [set.id, { set, matches: scopeMatcher(scopeOf(set)) }]));
  const refused: { name: string; set: string }[] = [];
  for (const row of rows) {
    const target = { host: row.host, port: row.port, tags: tagsAfter(row.tags, change) };
    for (const id of change.credentialSetIds ?? row.credentialSetIds) {
      const scoped = covers.get(id);
      if (scoped && !scoped.matches(target)) {
        refused.push({ name: row.name, set: scoped.set.name });
        break;
      }
    }
  }
  if (refused.length === 0) return;
  const field = change.credentialSetIds !== undefined ? 'change.credentialSetIds' : change.addTags !== undefined ? 'change.addTags' : 'change.removeTags';
  const setNames = [...new Set(refused.map((r) => r.set))];
  const scopes = setNames.map((name) => {
    const set = sets.find((s) => s.name === name)!;
    return `"${name}" (${describeScope(scopeOf(set))})`;
  });
  throw new ValidationError(
    `${field}: ${refused.length} of the selected devices would use a credential set outside its scope: ${nameDevices(refused.map((r) => `${r.name} (${r.set})`))}. Scopes: ${scopes.join('; ')}. Nothing was changed; an admin can widen the scope.`,
    { field, details: { reason: 'CREDENTIAL_OUT_OF_SCOPE', devices: refused.slice(0, NAMED_DEVICES) } },
  );
}

/**
 * Changes the selected devices in one transaction: enabled, tags added or removed, location,
 * credential sets, repository. Every selected device passes the checks or none is changed.
 */
export async function bulkUpdateDevices({ ctx, selection, change: input }: { ctx: Ctx; selection: DeviceSelection; change: BulkDeviceChange }): Promise<{ count: number }> {
  requireRole(ctx.caller, 'operator');
  const { change } = parseInput(bulkChangeInput, { change: input });
  return ctx.db.transaction(async (tx) => {
    const rows = await lockSelectedDevices(tx, selection);
    if (rows.length === 0) return { count: 0 };
    await checkSyncedDevices(tx, rows, change);
    await checkDeviceReferences(tx, { credentialSetIds: change.credentialSetIds, repositoryId: change.repositoryId ?? undefined });
    await checkSelectedScopes(tx, rows, change);

    const ids = sqlArray(
      rows.map((row) => row.id),
      'uuid',
    );
    const tagsChange = change.addTags !== undefined || change.removeTags !== undefined;
    const remove = sqlArray(change.removeTags ?? [], 'text');
    const add = sqlArray(change.addTags ?? [], 'text');
    await tx
      .update(devices)
      .set({
        ...(change.enabled !== undefined ? { enabled: change.enabled } : {}),
        ...(change.location !== undefined ? { location: change.location } : {}),
        ...(change.repositoryId !== undefined ? { repositoryId: change.repositoryId } : {}),
        ...(tagsChange
          ? {
              tags: sql`array(select t from unnest(${devices.tags}) with ordinality as kept(t, o) where t <> all(${remove}) order by o)
                || array(select a from unnest(${add}) with ordinality as added(a, o) where a <> all(${devices.tags}) order by o)`,
            }
          : {}),
        updatedAt: new Date(),
      })
      .where(sql`${devices.id} = any(${ids})`);
    if (change.credentialSetIds !== undefined) {
      await tx.delete(deviceCredentialSets).where(sql`${deviceCredentialSets.deviceId} = any(${ids})`);
      if (change.credentialSetIds.length) {
        await tx.execute(sql`
          insert into ${deviceCredentialSets} (device_id, credential_set_id, position)
          select d, s, o - 1 from unnest(${ids}) as d cross join unnest(${sqlArray(change.credentialSetIds, 'uuid')}) with ordinality as sets(s, o)`);
      }
    }
    await recordAudit(tx, ctx.caller, {
      action: 'bulk-update-devices',
      targetType: 'device',
      details: { ...auditedDevices(rows), change },
    });
    return { count: rows.length };
  });
}
