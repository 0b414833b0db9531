import { eq } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit.ts';
import { requireRole, type Ctx } from '../context.ts';
import { NotFoundError, ValidationError } from '../../infra/errors.ts';
import { checkId, isUniqueViolation, parseInput } from '../validation.ts';
import { emailSettingsInput, updateChannelInput, type UpdateChannelInput } from './channel-input.ts';
import { openChannelSecrets, sealChannelSecrets, toChannelView, urlHost, type ChannelView } from './channel-view.ts';
import { notificationChannels, type ChannelSettings } from './schema.ts';

export async function updateNotificationChannel({ ctx, id, input }: { ctx: Ctx; id: string; input: UpdateChannelInput }): Promise<ChannelView> {
  requireRole(ctx.caller, 'admin');
  checkId(id);
  const data = parseInput(updateChannelInput, input);
  try {
    return await ctx.db.transaction(async (tx) => {
      const [current] = await tx.select().from(notificationChannels).where(eq(notificationChannels.id, id)).for('update');
      if (!current) throw new NotFoundError('Notification channel', id);
      const secrets = openChannelSecrets(ctx.keyring, current);
      let settings: ChannelSettings = { ...current.settings };
      if (current.kind === 'email') {
        if (data.url !== undefined) throw new ValidationError('url: an email channel has no URL', { field: 'url' });
        if (data.email) {
          const { password, ...email } = data.email;
          // The merged settings are checked as a whole, as when created.
          const merged = parseInput(emailSettingsInput, { ...settings, ...email, password: undefined, hasPassword: undefined });
          if (password !== undefined) secrets.password = password || null;
          settings = { host: merged.host, port: merged.port, security: merged.security, username: merged.username || null, from: merged.from, to: merged.to, caCertificate: merged.caCertificate || null, hasPassword: Boolean(secrets.password) };
        }
      } else {
        if (data.email !== undefined) throw new ValidationError(`email: a ${current.kind} channel has no email settings`, { field: 'email' });
        if (data.url !== undefined) {
          secrets.url = data.url;
          settings.urlHost = urlHost(data.url);
        }
        if (data.signingSecret !== undefined) {
          if (current.kind !== 'webhook' && data.signingSecret) throw new ValidationError('signingSecret: only webhook channels sign', { field: 'signingSecret' });
          secrets.signingSecret = data.signingSecret || null;
          if (current.kind === 'webhook') settings.hasSigningSecret = Boolean(secrets.signingSecret);
        }
      }
      const [row] = await tx
        .update(notificationChannels)
        .set({ name: data.name ?? current.name, enabled: data.enabled ?? current.enabled, settings, secretsSealed: sealChannelSecrets(ctx.keyring, secrets), updatedAt: new Date() })
        .where(eq(notificationChannels.id, id))
        .returning();
      const changed = [...Object.keys(data).filter((k) => k !== 'email'), ...Object.keys(data.email ?? {}).map((k) => `email.${k}`)];
      await recordAudit(tx, ctx.caller, { action: 'update-notification-channel', targetType: 'notification-channel', targetId: id, details: { changed } });
      return toChannelView(row);
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new ValidationError(`name: a channel named "${data.name}" already exists`, { field: 'name' });
    throw error;
  }
}
