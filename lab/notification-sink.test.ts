/** The demo inbox takes what Tidemark's Slack and email channels send and writes it to files. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendNotification } from '../notify/index.ts';
import { NOTIFICATION_VERSION, type Notification } from '../notify/types.ts';
import { startNotificationSink, type NotificationSink, type ReceivedFile } from './notification-sink.ts';

const message: Notification = {
  version: NOTIFICATION_VERSION,
  event: 'config-changed',
  title: '1 device changed in run 1a2b3c4d',
  summary: 'The configuration of core-1 changed (1 artifact).',
  occurredAt: '2026-01-02T03:04:05.000Z',
  rule: { id: '00000000-0000-4000-8000-000000000001', name: 'demo' },
  run: { id: '1a2b3c4d-0000-4000-8000-000000000000', status: 'succeeded', repository: 'demo', commit: 'abcdef1234567890', pushError: null },
  devices: [{ id: '00000000-0000-4000-8000-00000000000a', name: 'core-1', location: 'lab', artifacts: ['running-config'] }],
  moreDevices: 0,
  diff: { text: `diff core-1 running-config\n@@ -1,2 +1,2 @@\n hostname core-1\n-ntp server 10.0.0.1\n+ntp server 10.0.0.2 ${'x'.repeat(90)}`, lines: 5, truncated: false },
};

let folder: string;
let sink: NotificationSink;
const received: ReceivedFile[] = [];
const errors: Error[] = [];

beforeAll(async () => {
  folder = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'tidemark-inbox-')), 'demo-inbox');
  sink = await startNotificationSink({ folder, onReceived: (file) => received.push(file), onError: (error) => errors.push(error) });
});

afterAll(async () => {
  await sink?.close();
  fs.rmSync(path.dirname(folder), { recursive: true, force: true });
});

const files = () => fs.readdirSync(folder).sort();

describe('demo inbox', () => {
  it('writes a Slack message as its JSON body and as the text Slack shows', async () => {
    await sendNotification({ kind: 'slack', url: sink.slackUrl }, message, { deliveryId: 'd-1' });
    expect(files()).toEqual([expect.stringMatching(/^0001-.*-slack\.json$/), expect.stringMatching(/^0001-.*-slack\.txt$/)]);
    const [json, txt] = files().map((name) => fs.readFileSync(path.join(folder, name), 'utf8'));
    expect(JSON.parse(json).text).toBe(`${message.title}: ${message.summary}`);
    expect(txt).toContain('+ntp server 10.0.0.2');
    expect(txt).toContain('-ntp server 10.0.0.1');
    expect(received).toEqual([{ kind: 'slack', file: path.join(folder, files()[1]), title: `${message.title}: ${message.summary}` }]);
  });

  it('refuses what a Slack webhook refuses: another token, no text', async () => {
    const wrongToken = await sendNotification({ kind: 'slack', url: `${sink.slackUrl}x` }, message, { deliveryId: 'd-2' }).catch((e) => e);
    expect(wrongToken.message).toContain('HTTP 404: no_service');
    const empty = await fetch(sink.slackUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"text":""}' });
    expect([empty.status, await empty.text()]).toEqual([400, 'no_text']);
    const garbage = await fetch(sink.slackUrl, { method: 'POST', body: 'not json' });
    expect([garbage.status, await garbage.text()]).toEqual([400, 'invalid_payload']);
    expect(files()).toHaveLength(2);
  });

  it('takes email over STARTTLS with its login and writes the message and its decoded text', async () => {
    const target = { kind: 'email' as const, host: sink.smtp.host, port: sink.smtp.port, security: 'starttls' as const, username: sink.smtp.username, password: sink.smtp.password, from: 'tidemark@demo.example', to: ['noc@demo.example'], caCertificate: sink.smtp.certificate };
    await sendNotification(target, message, { deliveryId: 'd-3' });
    const mailFiles = files().filter((name) => name.startsWith('0002-'));
    expect(mailFiles).toEqual([expect.stringMatching(/-email\.eml$/), expect.stringMatching(/-email\.txt$/)]);
    const [eml, txt] = mailFiles.map((name) => fs.readFileSync(path.join(folder, name), 'utf8'));
    expect(eml).toContain('Message-ID: <d-3@tidemark>');
    expect(txt).toContain(`Subject: [Tidemark] ${message.title}`);
    expect(txt).toContain('To: noc@demo.example');
    // Decoded: the long line arrives whole, not cut by quoted-printable.
    expect(txt).toContain(`+ntp server 10.0.0.2 ${'x'.repeat(90)}`);

    const wrong = await sendNotification({ ...target, password: 'wrong' }, message, { deliveryId: 'd-4' }).catch((e) => e);
    expect(wrong.retryable).toBe(false);
    const untrusted = await sendNotification({ ...target, caCertificate: null }, message, { deliveryId: 'd-5' }).catch((e) => e);
    expect(untrusted.message).toMatch(/certificate/i);
    expect(files()).toHaveLength(4);
    expect(errors).toEqual([]);
  });

  it('numbers on from what the folder holds after a restart', async () => {
    const again = await startNotificationSink({ folder });
    try {
      await sendNotification({ kind: 'slack', url: again.slackUrl }, message, { deliveryId: 'd-6' });
      expect(files().filter((name) => name.startsWith('0003-'))).toHaveLength(2);
    } finally {
      await again.close();
    }
  });
});
