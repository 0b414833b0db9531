import { createTwoFilesPatch, diffLines } from 'diff';
import { ValidationError } from '../../infra/errors.ts';
import type { Ctx } from '../context.ts';
import { readBackupText } from './read-backup.ts';

/** A unified diff of two text backups, the older on the left whichever order they come in. */
export async function diffBackups({ ctx, input }: { ctx: Ctx; input: { fromId: string; toId: string; context?: number } }) {
  const context = input.context ?? 3;
  if (!Number.isInteger(context) || context < 0 || context > 1000) {
    throw new ValidationError('context: must be between 0 and 1000 lines', { field: 'context' });
  }
  let [older, newer] = await Promise.all([
    readBackupText({ ctx, id: input.fromId }),
    readBackupText({ ctx, id: input.toId }),
  ]);
  if (older.backup.createdAt > newer.backup.createdAt) [older, newer] = [newer, older];
  const label = (b: typeof older.backup) => `${b.artifact} ${b.createdAt.toISOString()}`;
  const unified = createTwoFilesPatch(label(older.backup), label(newer.backup), older.content, newer.content, undefined, undefined, { context });
  let added = 0;
  let removed = 0;
  let unchanged = 0;
  for (const part of diffLines(older.content, newer.content)) {
    const lines = part.count ?? 0;
    if (part.added) added += lines;
    else if (part.removed) removed += lines;
    else unchanged += lines;
  }
  return { from: older.backup, to: newer.backup, unified, added, removed, unchanged };
}
