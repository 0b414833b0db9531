import { inArray } from 'drizzle-orm';
import { ValidationError } from '../../infra/errors.ts';
import { findBackupMethod, findPlatform } from '../../plugins/registry.ts';
import { isVolatileLine } from '../../plugins/runtime/output.ts';
import type { Ctx } from '../context.ts';
import { devices } from '../devices/schema.ts';
import { diffTextLines } from './line-diff.ts';
import { readBackupText } from './read-backup.ts';

function lineCount(content: string): number {
  if (!content) return 0;
  return content.split('\n').length - (content.endsWith('\n') ? 1 : 0);
}

/** Line numbers (from 1) of the lines the platform leaves out when deciding whether a version changed. */
function volatileLineNumbers(content: string, platformId: string | undefined): number[] {
  const platform = findPlatform(platformId ?? '');
  if (!platform?.volatile.length) return [];
  const numbers: number[] = [];
  content.split('\n').forEach((line, i) => {
    if (isVolatileLine(line, platform)) numbers.push(i + 1);
  });
  return numbers;
}

/**
 * A unified diff of two text backups, of one device or of two. The older goes on the left
 * whichever order they come in, unless `keepOrder` asks for `fromId` on the left as given.
 */
export async function diffBackups({ ctx, input }: { ctx: Ctx; input: { fromId: string; toId: string; context?: number | null; keepOrder?: boolean | null } }) {
  const context = input.context ?? 3;
  if (!Number.isInteger(context) || context < 0 || context > 1000) {
    throw new ValidationError('context: must be between 0 and 1000 lines', { field: 'context' });
  }
  let [older, newer] = await Promise.all([
    readBackupText({ ctx, id: input.fromId }),
    readBackupText({ ctx, id: input.toId }),
  ]);
  if (!input.keepOrder && older.backup.createdAt > newer.backup.createdAt) [older, newer] = [newer, older];
  const label = (b: typeof older.backup) => `${b.artifact} ${b.createdAt.toISOString()}`;
  const { unified, added, removed, unchanged } = diffTextLines(older.content, newer.content, { context, fromLabel: label(older.backup), toLabel: label(newer.backup) });
  const owners = await ctx.db
    .select({ id: devices.id, backupMethod: devices.backupMethod })
    .from(devices)
    .where(inArray(devices.id, [older.backup.deviceId, newer.backup.deviceId]));
  const platformOf = (deviceId: string) => findBackupMethod(owners.find((d) => d.id === deviceId)?.backupMethod ?? '')?.platform;
  return {
    from: older.backup,
    to: newer.backup,
    unified,
    added,
    removed,
    unchanged,
    fromLineCount: lineCount(older.content),
    toLineCount: lineCount(newer.content),
    fromVolatileLines: volatileLineNumbers(older.content, platformOf(older.backup.deviceId)),
    toVolatileLines: volatileLineNumbers(newer.content, platformOf(newer.backup.deviceId)),
  };
}
