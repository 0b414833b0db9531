/**
 * SSH-signed commits, as `git commit -S` makes them with `gpg.format=ssh`: `ssh-keygen -Y sign`
 * with the namespace "git" signs the commit object without its signature, and the armored
 * signature goes into the commit's `gpgsig` header. The key is written to a private folder (0600,
 * still encrypted when it has a passphrase, which an askpass program hands to ssh-keygen) that is
 * removed right after.
 */
import { spawn } from 'node:child_process';
import { promises as fsp } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SigningKey } from './types.ts';

interface KeygenResult {
  code: number | null;
  stdout: Buffer;
  stderr: string;
}

/** A signing key opened for a series of commits (a store, or a rebase of several). */
export interface CommitSigner {
  sign(commit: Buffer): Promise<string>;
  /** "type base64" of the key, as an allowed-signers file names it. */
  publicKey(): Promise<string>;
  close(): Promise<void>;
}

export async function openCommitSigner(key: SigningKey): Promise<CommitSigner> {
  const dir = await fsp.mkdtemp(join(tmpdir(), 'tidemark-sign-'));
  await fsp.chmod(dir, 0o700);
  const keyFile = join(dir, 'key');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: dir,
    LANG: 'C',
    SSH_ASKPASS: join(dir, 'askpass'),
    SSH_ASKPASS_REQUIRE: 'force',
    TIDEMARK_SSH_PASSPHRASE: key.passphrase ?? '',
  };
  const keygen = (args: string[], input?: Buffer) =>
    new Promise<KeygenResult>((resolve, reject) => {
      const child = spawn('ssh-keygen', args, { env: env as NodeJS.ProcessEnv, stdio: ['pipe', 'pipe', 'pipe'], detached: true, timeout: 60_000 });
      const out: Buffer[] = [];
      let stderr = '';
      child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
      child.once('error', reject);
      child.once('close', (code) => resolve({ code, stdout: Buffer.concat(out), stderr }));
      child.stdin.on('error', () => {});
      child.stdin.end(input ?? Buffer.alloc(0));
    });
  let publicKey: string;
  try {
    await fsp.writeFile(keyFile, key.privateKey.endsWith('\n') ? key.privateKey : `${key.privateKey}\n`, { mode: 0o600 });
    await fsp.writeFile(env.SSH_ASKPASS!, '#!/bin/sh\nprintf \'%s\\n\' "$TIDEMARK_SSH_PASSPHRASE"\n', { mode: 0o700 });
    // Reading the public half checks the passphrase once, before any commit is written.
    const derived = await keygen(['-y', '-f', keyFile]);
    if (derived.code !== 0) throw new Error(`the signing key cannot be used: ${lastLine(derived.stderr)}`);
    publicKey = derived.stdout.toString('utf8').trim().split(/\s+/).slice(0, 2).join(' ');
    await fsp.writeFile(`${keyFile}.pub`, `${publicKey}\n`, { mode: 0o600 });
  } catch (error) {
    await fsp.rm(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    async sign(commit) {
      const signed = await keygen(['-Y', 'sign', '-n', 'git', '-f', keyFile], commit);
      if (signed.code !== 0) throw new Error(`signing the commit failed: ${lastLine(signed.stderr)}`);
      return signed.stdout.toString('utf8');
    },
    publicKey: async () => publicKey,
    close: () => fsp.rm(dir, { recursive: true, force: true }),
  };
}

/** The commit with its signature in a `gpgsig` header after the committer, continuation lines indented by one space. */
export function withSignature(commit: Buffer, signature: string): Buffer {
  const text = commit.toString('utf8');
  const end = text.indexOf('\n\n');
  const header = `gpgsig ${signature.replace(/\n$/, '').split('\n').join('\n ')}`;
  return Buffer.from(`${text.slice(0, end)}\n${header}${text.slice(end)}`, 'utf8');
}

/** The commit, signed with the key when there is one (a signer opened and closed for it alone). */
export async function signedWhenKeyed(commit: Buffer, key: SigningKey | null | undefined): Promise<Buffer> {
  if (!key) return commit;
  const signer = await openCommitSigner(key);
  try {
    return withSignature(commit, await signer.sign(commit));
  } finally {
    await signer.close();
  }
}

/** The commit without its `gpgsig` header: what was signed, and what a rebase rewrites. */
export function withoutSignature(commit: Buffer): Buffer {
  const text = commit.toString('utf8');
  const end = text.indexOf('\n\n');
  const headers = (end < 0 ? text : text.slice(0, end)).split('\n');
  const kept: string[] = [];
  let inSignature = false;
  for (const line of headers) {
    if (line.startsWith('gpgsig ') || line.startsWith('gpgsig-sha256 ')) inSignature = true;
    else if (!(inSignature && line.startsWith(' '))) {
      inSignature = false;
      kept.push(line);
    }
  }
  return Buffer.from(`${kept.join('\n')}${end < 0 ? '' : text.slice(end)}`, 'utf8');
}

const lastLine = (stderr: string) => stderr.trim().split('\n').filter(Boolean).pop() ?? 'no reason given';
