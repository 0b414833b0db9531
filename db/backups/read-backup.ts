import { eq } from 'drizzle-orm';
import type { Ctx } from '../context.ts';
import { requireRole } from '../context.ts';
import { devices } from '../devices/schema.ts';
import { NotFoundError, ValidationError } from '../../infra/errors.ts';
import { repositories } from '../repositories/schema.ts';
import { storageConfig } from '../repositories/storage-config.ts';
import { checkId } from '../validation.ts';
import { openRepository, type StoredVersion } from '../../storage/index.ts';
import { redactStoredText } from './redact-stored-text.ts';
import { backups, type Backup } from './schema.ts';

/** Opens the stored bytes of one backup from its repository. */
export async function openBackup({ ctx, id }: { ctx: Ctx; id: string }): Promise<{ backup: Backup; version: StoredVersion }> {
  requireRole(ctx.caller, 'viewer');
  const [backup] = await ctx.db.select().from(backups).where(eq(backups.id, checkId(id)));
  if (!backup) throw new NotFoundError('Backup', id);
  const [repository] = backup.repositoryId ? await ctx.db.select().from(repositories).where(eq(repositories.id, backup.repositoryId)) : [];
  if (!repository) throw new NotFoundError('Repository of backup', id);
  const store = openRepository(storageConfig(repository, ctx.keyring));
  return { backup, version: await store.openRead(backup.storageRef) };
}

async function readAll(version: StoredVersion): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of version.stream()) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * The text of a backup, its secrets redacted. They are shown only to an admin who asks for them
 * on a device that keeps secrets now. A version holds what its device kept when it was collected,
 * which the option no longer says once it changed, so every text is redacted unless revealed.
 */
export async function readBackupText({ ctx, id, revealSecrets = false }: { ctx: Ctx; id: string; revealSecrets?: boolean }) {
  if (revealSecrets) requireRole(ctx.caller, 'admin');
  const { backup, version } = await openBackup({ ctx, id });
  if (!backup.isText) throw new ValidationError('id: this backup is binary; download it instead', { field: 'id' });
  const stored = await readAll(version);
  const [device] = await ctx.db.select({ backupMethod: devices.backupMethod, keepSecrets: devices.keepSecrets }).from(devices).where(eq(devices.id, backup.deviceId));
  const secretsRevealed = revealSecrets && device?.keepSecrets === true;
  const content = secretsRevealed ? stored : redactStoredText(stored, device?.backupMethod ?? '');
  return { backup, content, secretsRevealed };
}
