import { recordAudit } from '../audit/record-audit.ts';
import { requireRole, type Ctx } from '../context.ts';
import { ValidationError } from '../../infra/errors.ts';
import { isUniqueViolation, parseInput } from '../validation.ts';
import { createChannelInput, type CreateChannelInput } from './channel-input.ts';
import { sealChannelSecrets, toChannelView, urlHost, type ChannelSecrets, type ChannelView } from './channel-view.ts';
import { notificationChannels, type ChannelSettings } from './schema.ts';

export async function createNotificationChannel({ ctx, input }: { ctx: Ctx; input: CreateChannelInput }): Promise<ChannelView> {
  requireRole(ctx.caller, 'admin');
  const data = parseInput(createChannelInput, input);
  const secrets: ChannelSecrets = {};
  let settings: ChannelSettings;
  if (data.kind === 'email') {
    const { password, ...email } = data.email!;
    secrets.password = password || null;
    settings = { ...email, username: email.username || null, caCertificate: email.caCertificate || null, hasPassword: Boolean(password) };
  } else {
    secrets.url = data.url!;
    secrets.signingSecret = data.signingSecret || null;
    settings = { urlHost: urlHost(data.url!), ...(data.kind === 'webhook' ? { hasSigningSecret: Boolean(data.signingSecret) } : {}) };
  }
  try {
    return await ctx.db.transaction(async (tx) => {
      const [row] = await tx
        .insert(notificationChannels)
        .values({ name: data.name, kind: data.kind, enabled: data.enabled, settings, secretsSealed: sealChannelSecrets(ctx.keyring, secrets) })
        .returning();
      await recordAudit(tx, ctx.caller, { action: 'create-notification-channel', targetType: 'notification-channel', targetId: row.id, details: { name: row.name, kind: row.kind } });
      return toChannelView(row);
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new ValidationError(`name: a channel named "${data.name}" already exists`, { field: 'name' });
    throw error;
  }
}
