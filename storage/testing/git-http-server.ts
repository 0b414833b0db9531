/**
 * A smart HTTP git remote for tests: git's own `git http-backend` CGI behind a Node HTTP server on
 * 127.0.0.1, with basic auth checked against one token (any username, the token as password).
 * Every request spawns the CGI; `close()` stops the server and any CGI still running.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { execFile } from 'node:child_process';
import { promises as fsp } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface GitHttpServer {
  /** Folder holding the bare repositories, each served at `<baseUrl>/<name>.git`. */
  root: string;
  baseUrl: string;
  /** Creates an empty bare repository that accepts pushes; returns its URL and folder. */
  createRepository(name: string, options?: { branch?: string }): Promise<{ url: string; gitdir: string }>;
  /** Paths of the requests served so far, e.g. "/backups.git/info/refs". */
  requests: string[];
  close(): Promise<void>;
}

export interface GitHttpServerOptions {
  /** The password every request must send; null serves without auth. */
  token: string | null;
  /** Where the repositories live; a fresh temporary folder (removed on close) by default. */
  root?: string;
}

function checkAuth(request: IncomingMessage, token: string | null): boolean {
  if (token === null) return true;
  const header = request.headers.authorization ?? '';
  if (!header.startsWith('Basic ')) return false;
  const decoded = Buffer.from(header.slice('Basic '.length), 'base64').toString('utf8');
  return decoded.slice(decoded.indexOf(':') + 1) === token;
}

/** Splits the CGI's output into its header block (up to the blank line) and the body after it. */
function splitCgiHeaders(buffer: Buffer): { headers: string; body: Buffer } | null {
  for (const separator of ['\r\n\r\n', '\n\n']) {
    const at = buffer.indexOf(separator);
    if (at >= 0) return { headers: buffer.subarray(0, at).toString('latin1'), body: buffer.subarray(at + separator.length) };
  }
  return null;
}

function serveCgi(root: string, request: IncomingMessage, response: ServerResponse, children: Set<ChildProcess>): void {
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  // The CGI gets only what it needs: a GIT_DIR inherited from a hook would point it elsewhere.
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    GIT_PROJECT_ROOT: root,
    GIT_HTTP_EXPORT_ALL: '1',
    REQUEST_METHOD: request.method ?? 'GET',
    PATH_INFO: decodeURIComponent(url.pathname),
    QUERY_STRING: url.search.slice(1),
    CONTENT_TYPE: request.headers['content-type'] ?? '',
    ...(request.headers['content-length'] ? { CONTENT_LENGTH: request.headers['content-length'] } : {}),
    ...(request.headers['content-encoding'] ? { HTTP_CONTENT_ENCODING: request.headers['content-encoding'] } : {}),
    ...(request.headers['git-protocol'] ? { GIT_PROTOCOL: String(request.headers['git-protocol']) } : {}),
    REMOTE_USER: 'tidemark-test',
    REMOTE_ADDR: '127.0.0.1',
  };
  const child = spawn('git', ['http-backend'], { env: env as NodeJS.ProcessEnv, stdio: ['pipe', 'pipe', 'pipe'] });
  children.add(child);
  child.on('close', () => children.delete(child));
  request.pipe(child.stdin);
  child.stdin.on('error', () => {});

  let head = Buffer.alloc(0);
  let headersSent = false;
  const stderr: Buffer[] = [];
  child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
  child.stdout.on('data', (chunk: Buffer) => {
    if (headersSent) {
      response.write(chunk);
      return;
    }
    head = Buffer.concat([head, chunk]);
    const split = splitCgiHeaders(head);
    if (!split) return;
    let status = 200;
    for (const line of split.headers.split(/\r?\n/)) {
      const colon = line.indexOf(':');
      const name = line.slice(0, colon).trim();
      const value = line.slice(colon + 1).trim();
      if (name.toLowerCase() === 'status') status = Number.parseInt(value, 10);
      else if (name) response.setHeader(name, value);
    }
    response.writeHead(status);
    headersSent = true;
    if (split.body.length) response.write(split.body);
  });
  child.on('close', (code) => {
    if (!headersSent) {
      response.writeHead(500, { 'content-type': 'text/plain' });
      response.end(`git http-backend exited with ${code}: ${Buffer.concat(stderr).toString()}`);
      return;
    }
    response.end();
  });
}

export async function startGitHttpServer(options: GitHttpServerOptions): Promise<GitHttpServer> {
  const ownRoot = options.root === undefined;
  const root = options.root ?? (await fsp.mkdtemp(join(tmpdir(), 'tidemark-git-remote-')));
  const children = new Set<ChildProcess>();
  const requests: string[] = [];

  const server = createServer((request, response) => {
    requests.push(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    if (!checkAuth(request, options.token)) {
      request.resume();
      response.writeHead(401, { 'www-authenticate': 'Basic realm="tidemark-test"', 'content-type': 'text/plain' });
      response.end('authentication required');
      return;
    }
    serveCgi(root, request, response, children);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    root,
    baseUrl,
    requests,
    async createRepository(name, { branch = 'main' } = {}) {
      const gitdir = join(root, `${name}.git`);
      await run('git', ['init', '--quiet', '--bare', `--initial-branch=${branch}`, gitdir]);
      await run('git', ['--git-dir', gitdir, 'config', 'http.receivepack', 'true']);
      return { url: `${baseUrl}/${name}.git`, gitdir };
    },
    async close() {
      for (const child of children) child.kill('SIGKILL');
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      if (ownRoot) await fsp.rm(root, { recursive: true, force: true });
    },
  };
}
