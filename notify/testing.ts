/** Real local receivers for notification tests: an HTTP server and an SMTP server (STARTTLS, AUTH) on 127.0.0.1:0. */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { SMTPServer } from 'smtp-server';

export interface ReceivedRequest {
  path: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

export interface HttpReceiver {
  url: string;
  requests: ReceivedRequest[];
  /** Decides each answer: a status, or 'hang' to never answer. Default 200. */
  respond: (request: ReceivedRequest, index: number) => number | 'hang';
  close(): Promise<void>;
}

export async function startHttpReceiver(): Promise<HttpReceiver> {
  const hanging = new Set<http.ServerResponse>();
  const receiver: HttpReceiver = {
    url: '',
    requests: [],
    respond: () => 200,
    close: async () => {
      for (const response of hanging) response.destroy();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const request = { path: req.url ?? '/', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') };
      receiver.requests.push(request);
      const answer = receiver.respond(request, receiver.requests.length - 1);
      if (answer === 'hang') {
        hanging.add(res);
        return;
      }
      res.writeHead(answer, { 'content-type': 'text/plain' }).end(answer < 300 ? 'ok' : 'not now');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  receiver.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return receiver;
}

export interface ReceivedMail {
  from: string;
  to: string[];
  user: string | undefined;
  secure: boolean;
  raw: string;
}

export interface SmtpReceiver {
  port: number;
  /** The self-signed certificate the server presents, to trust as the channel's CA. */
  certificate: string;
  mails: ReceivedMail[];
  close(): Promise<void>;
}

/** An SMTP server that offers STARTTLS with a self-signed certificate for 127.0.0.1 and requires AUTH (one user). */
export async function startSmtpReceiver(login: { username: string; password: string }): Promise<SmtpReceiver> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tidemark-smtp-'));
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', path.join(dir, 'key.pem'), '-out', path.join(dir, 'cert.pem')], { stdio: 'ignore' });
  const certificate = fs.readFileSync(path.join(dir, 'cert.pem'), 'utf8');
  const key = fs.readFileSync(path.join(dir, 'key.pem'), 'utf8');
  fs.rmSync(dir, { recursive: true, force: true });
  const mails: ReceivedMail[] = [];
  const server = new SMTPServer({
    key,
    cert: certificate,
    authMethods: ['PLAIN', 'LOGIN'],
    // AUTH only after STARTTLS (the default): a client that skips TLS cannot log in.
    onAuth(auth, _session, callback) {
      if (auth.username === login.username && auth.password === login.password) return callback(null, { user: auth.username });
      callback(new Error('Invalid username or password'));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        mails.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          user: session.user as string | undefined,
          secure: session.secure,
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  server.on('error', () => {});
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return { port, certificate, mails, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
