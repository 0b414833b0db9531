/**
 * The demo's inbox: a Slack-style incoming webhook and an SMTP server on 127.0.0.1, both writing
 * every message they accept to one folder, so notifications can be watched arriving without any
 * service outside this machine.
 *
 * - Slack: `POST /services/<token>` with a JSON body holding `text` or `blocks`, answered as Slack
 *   answers (`ok`; `invalid_payload` 400, `no_service` 404). Written as `NNNN-…-slack.json`, the
 *   body as received, and `NNNN-…-slack.txt`, the text of its blocks as Slack shows them.
 * - Email: STARTTLS with a self-signed certificate (trusted by the channel as its CA certificate),
 *   then AUTH with one login made at start. Written as `NNNN-…-email.eml`, the message as received,
 *   and `NNNN-…-email.txt`, its headers and decoded plain-text part.
 *
 * NNNN counts on across starts, so the folder lists messages in the order they arrived.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { generateCertificate } from './inventory-fake.ts';

const MAX_BODY_BYTES = 1024 * 1024;
const MAX_MAIL_BYTES = 10 * 1024 * 1024;

export type SinkMessageKind = 'slack' | 'email';

export interface ReceivedFile {
  kind: SinkMessageKind;
  /** The readable `.txt` file. */
  file: string;
  /** The Slack text or the email subject. */
  title: string;
}

export interface NotificationSink {
  folder: string;
  /** A Slack incoming webhook URL: its last segment is the token, as in Slack's. */
  slackUrl: string;
  smtp: { host: string; port: number; username: string; password: string; certificate: string };
  close(): Promise<void>;
}

export interface NotificationSinkOptions {
  folder: string;
  onReceived?: (received: ReceivedFile) => void;
  /** A message that was refused or could not be written. */
  onError?: (error: Error) => void;
}

/** The next free sequence number in the folder: one more than the highest written. */
function nextSequence(folder: string): number {
  let highest = 0;
  for (const name of fs.readdirSync(folder)) {
    const match = /^(\d+)-/.exec(name);
    if (match) highest = Math.max(highest, Number(match[1]));
  }
  return highest + 1;
}

/** What Slack shows of a message: the texts of its blocks in order, or its `text` without blocks. */
export function slackAsText(body: { text?: unknown; blocks?: unknown }): string {
  const blocks = Array.isArray(body.blocks) ? (body.blocks as { text?: { text?: unknown }; elements?: { text?: unknown }[] }[]) : [];
  const parts = blocks.flatMap((block) => [block.text?.text, ...(block.elements ?? []).map((element) => element.text)]).filter((text): text is string => typeof text === 'string');
  return `${(parts.length ? parts : [String(body.text ?? '')]).join('\n\n')}\n`;
}

export async function startNotificationSink(options: NotificationSinkOptions): Promise<NotificationSink> {
  fs.mkdirSync(options.folder, { recursive: true });
  let sequence = nextSequence(options.folder);
  const write = (kind: SinkMessageKind, title: string, original: { ext: string; content: string }, readable: string) => {
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    const base = path.join(options.folder, `${String(sequence++).padStart(4, '0')}-${stamp}-${kind}`);
    fs.writeFileSync(`${base}.${original.ext}`, original.content);
    fs.writeFileSync(`${base}.txt`, readable);
    options.onReceived?.({ kind, file: `${base}.txt`, title });
  };

  const token = crypto.randomBytes(12).toString('hex');
  const web = http.createServer((req, res) => {
    const answer = (status: number, text: string) => res.writeHead(status, { 'content-type': 'text/plain' }).end(text);
    if (req.method !== 'POST') return answer(405, 'invalid_method');
    if (req.url !== `/services/${token}`) return answer(404, 'no_service');
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        answer(413, 'request_too_large');
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      let body: { text?: unknown; blocks?: unknown };
      try {
        body = JSON.parse(raw);
      } catch {
        return answer(400, 'invalid_payload');
      }
      const hasText = typeof body?.text === 'string' && body.text.length > 0;
      if (!hasText && !(Array.isArray(body?.blocks) && body.blocks.length > 0)) return answer(400, 'no_text');
      try {
        write('slack', String(body.text ?? ''), { ext: 'json', content: `${JSON.stringify(body, null, 2)}\n` }, slackAsText(body));
      } catch (error) {
        options.onError?.(error as Error);
        return answer(500, 'could not store the message');
      }
      answer(200, 'ok');
    });
  });
  await new Promise<void>((resolve) => web.listen(0, '127.0.0.1', resolve));
  const webPort = (web.address() as AddressInfo).port;

  const { key, cert } = await generateCertificate();
  const login = { username: 'tidemark', password: crypto.randomBytes(12).toString('base64url') };
  const smtp = new SMTPServer({
    key,
    cert,
    size: MAX_MAIL_BYTES,
    authMethods: ['PLAIN', 'LOGIN'],
    // AUTH is offered only after STARTTLS (smtp-server's default), as on a real submission port.
    onAuth(auth, _session, callback) {
      if (auth.username === login.username && auth.password === login.password) return callback(null, { user: auth.username });
      callback(Object.assign(new Error('Invalid username or password'), { responseCode: 535 }));
    },
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', async () => {
        const raw = Buffer.concat(chunks);
        try {
          const mail = await simpleParser(raw);
          const to = [mail.to ?? []].flat().map((address) => address.text);
          const headers = [`From: ${mail.from?.text ?? ''}`, `To: ${to.join(', ')}`, `Date: ${mail.date?.toISOString() ?? ''}`, `Subject: ${mail.subject ?? ''}`];
          write('email', mail.subject ?? '', { ext: 'eml', content: raw.toString('utf8') }, `${headers.join('\n')}\n\n${mail.text ?? ''}`);
          callback();
        } catch (error) {
          options.onError?.(error as Error);
          callback(Object.assign(new Error('could not store the message'), { responseCode: 451 }));
        }
      });
    },
  });
  smtp.on('error', (error) => options.onError?.(error));
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  const smtpPort = (smtp.server.address() as AddressInfo).port;

  return {
    folder: options.folder,
    slackUrl: `http://127.0.0.1:${webPort}/services/${token}`,
    smtp: { host: '127.0.0.1', port: smtpPort, ...login, certificate: cert },
    close: async () => {
      web.closeAllConnections();
      await Promise.all([new Promise((resolve) => web.close(resolve)), new Promise<void>((resolve) => smtp.close(() => resolve()))]);
    },
  };
}
