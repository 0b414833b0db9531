import { and, asc, eq, gt, sql } from 'drizzle-orm';
import { requireRole, type Ctx } from '../context.ts';
import { credentialSets } from '../credential-sets/schema.ts';
import { repositories } from '../repositories/schema.ts';
import { selectionCondition, type DeviceSelection } from './device-selection.ts';
import { formatVariables } from './device-variables.ts';
import { deviceCredentialSets, devices } from './schema.ts';

/** The columns `importDevices` reads, in its spelling, so that an export imports again as it is. */
export const exportColumns = [
  'name',
  'host',
  'port',
  'backup_method',
  'location',
  'tags',
  'model',
  'variables',
  'credential_sets',
  'enabled',
  'repository',
  'ssh_profile',
  'keep_secrets',
  'prompt',
] as const;

/** Rows read per statement: the export streams, whatever the fleet's size. */
const ROWS_PER_READ = 1_000;

/** RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

const credentialSetNames = sql<string[]>`coalesce((
  select array_agg(${credentialSets.name} order by ${deviceCredentialSets.position})
  from ${deviceCredentialSets} join ${credentialSets} on ${credentialSets.id} = ${deviceCredentialSets.credentialSetId}
  where ${deviceCredentialSets.deviceId} = ${devices.id}
), '{}')`;

/**
 * The selected devices as CSV lines, header first, in name order, read a thousand at a time.
 * Secrets are not part of a device, so none can appear; credential sets and the repository are
 * named, as the import expects them.
 */
export async function* exportDevicesCsv({ ctx, selection }: { ctx: Ctx; selection: DeviceSelection }): AsyncGenerator<string> {
  requireRole(ctx.caller, 'viewer');
  const where = selectionCondition(selection);
  yield `${exportColumns.join(',')}\r\n`;
  let after: string | null = null;
  for (;;) {
    const rows = await ctx.db
      .select({
        name: devices.name,
        host: devices.host,
        port: devices.port,
        backupMethod: devices.backupMethod,
        location: devices.location,
        tags: devices.tags,
        model: devices.model,
        variables: devices.variables,
        credentialSets: credentialSetNames,
        enabled: devices.enabled,
        repository: repositories.name,
        sshProfile: devices.sshProfile,
        keepSecrets: devices.keepSecrets,
        prompt: devices.prompt,
      })
      .from(devices)
      .leftJoin(repositories, eq(repositories.id, devices.repositoryId))
      .where(and(where, after === null ? undefined : gt(devices.name, after)))
      .orderBy(asc(devices.name))
      .limit(ROWS_PER_READ);
    if (rows.length === 0) return;
    yield rows
      .map((row) =>
        [
          row.name,
          row.host,
          String(row.port),
          row.backupMethod,
          row.location,
          row.tags.join(';'),
          row.model ?? '',
          formatVariables(row.variables, ';'),
          row.credentialSets.join(';'),
          String(row.enabled),
          row.repository ?? '',
          row.sshProfile,
          String(row.keepSecrets),
          row.prompt ?? '',
        ]
          .map(csvField)
          .join(',') + '\r\n',
      )
      .join('');
    if (rows.length < ROWS_PER_READ) return;
    after = rows[rows.length - 1].name;
  }
}
