import { execFile } from 'node:child_process';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Logger } from '../log.ts';

const run = promisify(execFile);

/** The operating-system account PostgreSQL runs as when Tidemark itself runs as root. */
export interface ServerUser {
  name: string;
  uid: number;
  gid: number;
}

const SERVER_USER_NAME = 'postgres';

/** PostgreSQL refuses to run as root: started by root, it runs as the `postgres` account instead. */
export function serverRunsAsOtherUser(): boolean {
  return process.getuid?.() === 0;
}

/**
 * As root, returns the `postgres` account (created when missing); otherwise undefined: the server
 * runs as the current user.
 */
export async function resolveServerUser(log: Pick<Logger, 'info'>): Promise<ServerUser | undefined> {
  if (!serverRunsAsOtherUser()) return undefined;
  if (!(await lookupUser(SERVER_USER_NAME))) {
    log.info({ user: SERVER_USER_NAME }, 'creating the system user that runs the embedded PostgreSQL');
    try {
      await run('useradd', ['--system', '--no-create-home', '--shell', '/usr/sbin/nologin', SERVER_USER_NAME]);
    } catch (cause) {
      throw new Error(`cannot create the ${SERVER_USER_NAME} user needed to run PostgreSQL as root`, { cause });
    }
  }
  const user = await lookupUser(SERVER_USER_NAME);
  if (!user) throw new Error(`the ${SERVER_USER_NAME} user does not exist after creating it`);
  return user;
}

async function lookupUser(name: string): Promise<ServerUser | undefined> {
  try {
    const [uid, gid] = await Promise.all([run('id', ['-u', name]), run('id', ['-g', name])]);
    return { name, uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
  } catch {
    return undefined;
  }
}

const SEARCH = 0o1;
const READ_AND_SEARCH = 0o5;

/**
 * Fails early, with the directory to fix, when the server user could not reach a path; PostgreSQL
 * itself would only report a bare permission error. Supplementary groups are not counted because
 * the child process is started without them.
 */
export async function assertServerUserCanReach(user: ServerUser, target: string, readable = false): Promise<void> {
  const directories: string[] = [];
  for (let dir = path.resolve(target); ; dir = path.dirname(dir)) {
    directories.unshift(dir);
    if (dir === path.dirname(dir)) break;
  }
  for (const dir of directories) {
    const needed = readable && dir === path.resolve(target) ? READ_AND_SEARCH : SEARCH;
    const info = await stat(dir);
    if (!permits(info, user, needed)) {
      throw new Error(
        `the ${user.name} user that runs PostgreSQL cannot ${needed === SEARCH ? 'enter' : 'read'} ${dir}; ` +
          `grant it access (for example chmod o+${needed === SEARCH ? 'x' : 'rx'} ${dir}) or set DATABASE_URL`,
      );
    }
  }
}

function permits(info: { uid: number; gid: number; mode: number }, user: ServerUser, bits: number): boolean {
  if (info.uid === user.uid) return ((info.mode >> 6) & bits) === bits;
  if (info.gid === user.gid) return ((info.mode >> 3) & bits) === bits;
  return (info.mode & bits) === bits;
}
