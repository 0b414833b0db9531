import { z } from 'zod';
import { channelKinds } from '../../notify/types.ts';

const httpUrl = z
  .string()
  .trim()
  .max(2048, 'must be at most 2048 characters')
  .refine((value) => {
    try {
      return ['http:', 'https:'].includes(new URL(value).protocol);
    } catch {
      return false;
    }
  }, 'must be an http or https URL');

const address = z.string().trim().email('is not an email address').max(320);

const emailFields = {
  host: z.string().trim().min(1, 'is required').max(253),
  port: z.number().int().min(1, 'must be a port number').max(65535, 'must be a port number'),
  security: z.enum(['starttls', 'tls', 'none']),
  username: z.string().max(256).nullable(),
  /** "" or null clears it. */
  password: z.string().max(4096).nullable(),
  from: address,
  to: z.array(address).min(1, 'needs at least one address').max(50, 'takes at most 50 addresses'),
  caCertificate: z
    .string()
    .max(64 * 1024)
    .refine((value) => value === '' || value.includes('-----BEGIN CERTIFICATE-----'), 'must be PEM certificates')
    .nullable(),
};

export const emailSettingsInput = z.object({
  ...emailFields,
  port: emailFields.port.default(587),
  security: emailFields.security.default('starttls'),
  username: emailFields.username.optional(),
  password: emailFields.password.optional(),
  caCertificate: emailFields.caCertificate.optional(),
});

const name = z.string().trim().min(1, 'is required').max(200, 'must be at most 200 characters');

export const createChannelInput = z
  .object({
    name,
    kind: z.enum(channelKinds),
    enabled: z.boolean().default(true),
    /** Webhook, Slack and Teams. */
    url: httpUrl.optional(),
    /** Webhook: the HMAC key of X-Tidemark-Signature. */
    signingSecret: z.string().max(1024).optional(),
    email: emailSettingsInput.optional(),
  })
  .superRefine((data, issues) => {
    if (data.kind === 'email' && !data.email) issues.addIssue({ code: 'custom', path: ['email'], message: 'is required for an email channel' });
    if (data.kind !== 'email' && !data.url) issues.addIssue({ code: 'custom', path: ['url'], message: `is required for a ${data.kind} channel` });
    if (data.kind !== 'webhook' && data.signingSecret) issues.addIssue({ code: 'custom', path: ['signingSecret'], message: 'only webhook channels sign' });
  });
export type CreateChannelInput = z.input<typeof createChannelInput>;

/** Omitted fields stay; `signingSecret` and `email.password` "" or null clear. The kind never changes. */
export const updateChannelInput = z.object({
  name: name.optional(),
  enabled: z.boolean().optional(),
  url: httpUrl.optional(),
  signingSecret: z.string().max(1024).nullable().optional(),
  email: z.object(emailFields).partial().optional(),
});
export type UpdateChannelInput = z.input<typeof updateChannelInput>;
