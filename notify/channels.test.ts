/** Each channel against a real local receiver: the webhook's signature, Slack's and Teams' formats, email over STARTTLS with AUTH. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendNotification } from './index.ts';
import { startHttpReceiver, startSmtpReceiver, type HttpReceiver, type SmtpReceiver } from './testing.ts';
import { NOTIFICATION_VERSION, NotifyError, type Notification } from './types.ts';
import { verifyWebhookSignature } from './webhook.ts';

const message: Notification = {
  version: NOTIFICATION_VERSION,
  event: 'config-changed',
  title: '2 devices changed in run 1a2b3c4d',
  summary: 'The configuration of 2 devices changed (2 artifacts).',
  occurredAt: '2026-01-02T03:04:05.000Z',
  rule: { id: '00000000-0000-4000-8000-000000000001', name: 'core changes' },
  run: { id: '1a2b3c4d-0000-4000-8000-000000000000', status: 'succeeded', repository: 'configs', commit: 'abcdef1234567890', pushError: null },
  devices: [
    { id: '00000000-0000-4000-8000-00000000000a', name: 'core-1', location: 'emea/ams1', artifacts: ['running-config'] },
    { id: '00000000-0000-4000-8000-00000000000b', name: 'core-2', location: 'emea/ams1', artifacts: ['running-config'] },
  ],
  moreDevices: 0,
  diff: { text: 'diff core-1 running-config\n@@ -1,2 +1,2 @@\n hostname core-1\n-ntp server 10.0.0.1\n+ntp server 10.0.0.2 <primary>', lines: 5, truncated: false },
};

let receiver: HttpReceiver;
let smtp: SmtpReceiver;

beforeAll(async () => {
  receiver = await startHttpReceiver();
  smtp = await startSmtpReceiver({ username: 'tidemark', password: 'smtp-password' });
});

afterAll(async () => {
  await receiver?.close();
  await smtp?.close();
});

/** Quoted-printable as nodemailer writes it: soft line breaks and =XX bytes. */
function decodeQuotedPrintable(text: string): string {
  return Buffer.from(text.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex) => String.fromCharCode(parseInt(hex, 16))), 'latin1').toString('utf8');
}

describe('webhook', () => {
  it('posts the versioned JSON body with the delivery id and an HMAC-SHA256 signature of timestamp and body', async () => {
    receiver.respond = () => 204;
    const before = receiver.requests.length;
    await sendNotification({ kind: 'webhook', url: `${receiver.url}/hooks/tidemark?token=abc`, signingSecret: 'shared-secret' }, message, { deliveryId: 'delivery-1' });
    const [request] = receiver.requests.slice(before);
    expect(request.path).toBe('/hooks/tidemark?token=abc');
    expect(request.headers['content-type']).toBe('application/json');
    expect(request.headers['idempotency-key']).toBe('delivery-1');
    expect(request.headers['x-tidemark-delivery']).toBe('delivery-1');
    expect(request.headers['x-tidemark-event']).toBe('config-changed');
    const timestamp = request.headers['x-tidemark-timestamp'] as string;
    expect(Math.abs(Number(timestamp) - Date.now() / 1000)).toBeLessThan(60);
    const signature = request.headers['x-tidemark-signature'] as string;
    expect(signature).toMatch(/^sha256=[0-9a-f]{64}$/);
    expect(verifyWebhookSignature('shared-secret', timestamp, request.body, signature)).toBe(true);
    expect(verifyWebhookSignature('another-secret', timestamp, request.body, signature)).toBe(false);
    expect(verifyWebhookSignature('shared-secret', timestamp, request.body.replace('core-1', 'core-9'), signature)).toBe(false);
    expect(JSON.parse(request.body)).toEqual({ ...message, deliveryId: 'delivery-1' });
  });

  it('sends no signature without a secret', async () => {
    const before = receiver.requests.length;
    await sendNotification({ kind: 'webhook', url: receiver.url, signingSecret: null }, message, { deliveryId: 'delivery-2' });
    expect(receiver.requests[before].headers['x-tidemark-signature']).toBeUndefined();
  });

  it('says whether a failure is worth retrying, naming the host but never the path or query', async () => {
    receiver.respond = () => 503;
    const unavailable = await sendNotification({ kind: 'slack', url: `${receiver.url}/services/T000/B000/secret-token` }, message, { deliveryId: 'd' }).catch((e) => e);
    expect(unavailable).toBeInstanceOf(NotifyError);
    expect(unavailable.retryable).toBe(true);
    expect(unavailable.message).toContain('HTTP 503');
    expect(unavailable.message).not.toContain('secret-token');
    receiver.respond = () => 404;
    const gone = await sendNotification({ kind: 'webhook', url: `${receiver.url}/secret-path`, signingSecret: null }, message, { deliveryId: 'd' }).catch((e) => e);
    expect(gone.retryable).toBe(false);
    expect(gone.message).not.toContain('secret-path');
    receiver.respond = () => 429;
    expect((await sendNotification({ kind: 'teams', url: receiver.url }, message, { deliveryId: 'd' }).catch((e) => e)).retryable).toBe(true);
    const closed = await startHttpReceiver();
    await closed.close();
    const refused = await sendNotification({ kind: 'webhook', url: `${closed.url}/x`, signingSecret: null }, message, { deliveryId: 'd' }).catch((e) => e);
    expect(refused.retryable).toBe(true);
    expect(refused.message).toBe(`could not reach ${closed.url.slice('http://'.length)}: ECONNREFUSED`);
    receiver.respond = () => 'hang';
    const slow = await sendNotification({ kind: 'webhook', url: receiver.url, signingSecret: null }, message, { deliveryId: 'd', timeoutMs: 300 }).catch((e) => e);
    expect(slow.retryable).toBe(true);
    expect(slow.message).toMatch(/no answer within/);
    receiver.respond = () => 200;
  });
});

describe('Slack and Teams', () => {
  it('posts Slack text and Block Kit blocks: header, summary, devices, the diff in a code block', async () => {
    const before = receiver.requests.length;
    await sendNotification({ kind: 'slack', url: `${receiver.url}/services/T000/B000/XXX` }, message, { deliveryId: 'slack-1' });
    const body = JSON.parse(receiver.requests[before].body);
    expect(body.text).toBe(`${message.title}: ${message.summary}`);
    expect(body.blocks.map((b: { type: string }) => b.type)).toEqual(['header', 'section', 'section', 'section', 'context']);
    expect(body.blocks[0].text).toEqual({ type: 'plain_text', text: message.title });
    expect(body.blocks[2].text.type).toBe('mrkdwn');
    expect(body.blocks[2].text.text).toContain('• core-1 (emea/ams1) · running-config');
    expect(body.blocks[3].text.text).toBe(`\`\`\`${message.diff!.text}\`\`\``);
    for (const block of body.blocks.filter((b: { type: string }) => b.type === 'section')) expect(block.text.text.length).toBeLessThanOrEqual(3000);
  });

  it('cuts a long diff to what a Slack section holds and says so', async () => {
    const long = { ...message, diff: { text: Array.from({ length: 200 }, (_, i) => `+line ${i} ${'x'.repeat(40)}`).join('\n'), lines: 200, truncated: false } };
    const before = receiver.requests.length;
    await sendNotification({ kind: 'slack', url: receiver.url }, long, { deliveryId: 'slack-2' });
    const diffBlock = JSON.parse(receiver.requests[before].body).blocks[3];
    expect(diffBlock.text.text.length).toBeLessThanOrEqual(3000);
    expect(diffBlock.text.text).toMatch(/_diff cut short_$/);
  });

  it('posts Teams a message with one Adaptive Card attachment', async () => {
    const before = receiver.requests.length;
    await sendNotification({ kind: 'teams', url: `${receiver.url}/workflows/abc` }, message, { deliveryId: 'teams-1' });
    const body = JSON.parse(receiver.requests[before].body);
    expect(body.type).toBe('message');
    expect(body.attachments).toHaveLength(1);
    const [attachment] = body.attachments;
    expect(attachment.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(attachment.content).toMatchObject({ type: 'AdaptiveCard', version: '1.4', $schema: 'http://adaptivecards.io/schemas/adaptive-card.json' });
    const blocks = attachment.content.body as { type: string; text?: string; fontType?: string; facts?: { title: string; value: string }[] }[];
    expect(blocks[0]).toMatchObject({ type: 'TextBlock', text: message.title, weight: 'Bolder' });
    expect(blocks.find((b) => b.type === 'FactSet')!.facts).toContainEqual({ title: 'Rule', value: 'core changes' });
    expect(blocks.find((b) => b.fontType === 'Monospace')!.text).toBe(message.diff!.text);
  });
});

describe('email', () => {
  const target = (overrides: Record<string, unknown> = {}) => ({
    kind: 'email' as const,
    host: '127.0.0.1',
    port: smtp.port,
    security: 'starttls' as const,
    username: 'tidemark',
    password: 'smtp-password',
    from: 'tidemark@example.net',
    to: ['noc@example.net', 'ops@example.net'],
    caCertificate: smtp.certificate,
    ...overrides,
  });

  it('logs in after STARTTLS and sends plain text and HTML with the diff', async () => {
    await sendNotification(target(), message, { deliveryId: 'mail-1' });
    const mail = smtp.mails.at(-1)!;
    expect(mail).toMatchObject({ from: 'tidemark@example.net', to: ['noc@example.net', 'ops@example.net'], user: 'tidemark', secure: true });
    expect(mail.raw).toContain('Message-ID: <mail-1@tidemark>');
    expect(mail.raw).toContain('X-Tidemark-Delivery: mail-1');
    expect(mail.raw).toContain(`Subject: [Tidemark] ${message.title}`);
    expect(mail.raw).toMatch(/Content-Type: text\/plain/);
    expect(mail.raw).toMatch(/Content-Type: text\/html/);
    const decoded = decodeQuotedPrintable(mail.raw);
    expect(decoded).toContain('+ntp server 10.0.0.2 <primary>');
    expect(decoded).toContain('-ntp server 10.0.0.1');
    // The HTML part escapes the diff.
    expect(decoded).toContain('+ntp server 10.0.0.2 &lt;primary&gt;');
  });

  it('refuses a server whose certificate it does not trust, and a wrong password for good', async () => {
    const untrusted = await sendNotification(target({ caCertificate: null }), message, { deliveryId: 'mail-2' }).catch((e) => e);
    expect(untrusted).toBeInstanceOf(NotifyError);
    expect(untrusted.message).toMatch(/certificate/i);
    const wrong = await sendNotification(target({ password: 'wrong' }), message, { deliveryId: 'mail-3' }).catch((e) => e);
    expect(wrong).toBeInstanceOf(NotifyError);
    expect(wrong.retryable).toBe(false);
    expect(wrong.message).not.toContain('wrong');
  });
});
