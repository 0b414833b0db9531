import { readdir, readFile, readlink, realpath } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * What we need to know about a process to decide whether it is a PostgreSQL server of one data
 * directory. Read from /proc, so only available on Linux; elsewhere every lookup returns undefined
 * and callers treat the process as unknown.
 */
export interface ProcessInfo {
  pid: number;
  parentPid: number;
  /** Kernel command name: `postgres` for the postmaster and all its children. */
  command: string;
  /** Working directory; PostgreSQL changes into its data directory, and children inherit it. */
  cwd: string | undefined;
}

const POLL_INTERVAL_MS = 100;

/** True while `pid` runs. A zombie has finished; only its parent can still reap it. */
export async function isProcessAlive(pid: number): Promise<boolean> {
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: it exists, it just belongs to someone else.
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => undefined);
  return stat === undefined || parseStat(stat)?.state !== 'Z';
}

export async function readProcessInfo(pid: number): Promise<ProcessInfo | undefined> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => undefined);
  const parsed = stat === undefined ? undefined : parseStat(stat);
  if (!parsed || parsed.state === 'Z') return undefined;
  const cwd = await readlink(`/proc/${pid}/cwd`).catch(() => undefined);
  return { pid, parentPid: parsed.parentPid, command: parsed.command, cwd };
}

/** `/proc/PID/stat` is `pid (comm) state ppid ...`; comm may itself contain spaces and parentheses. */
function parseStat(stat: string): { command: string; state: string; parentPid: number } | undefined {
  const open = stat.indexOf('(');
  const close = stat.lastIndexOf(')');
  if (open < 0 || close < open) return undefined;
  const [state, parentPid] = stat.slice(close + 2).split(' ');
  return { command: stat.slice(open + 1, close), state, parentPid: Number(parentPid) };
}

export function isPostgresOf(info: ProcessInfo, realDataDir: string): boolean {
  return info.command === 'postgres' && info.cwd === realDataDir;
}

/** Every live postgres process (postmaster and backends) working in this data directory. */
export async function listClusterProcesses(dataDir: string): Promise<number[]> {
  const realDataDir = await realpath(dataDir).catch(() => undefined);
  const entries = await readdir('/proc').catch(() => undefined);
  if (!realDataDir || !entries) return [];
  const pids = entries.filter((entry) => /^\d+$/.test(entry)).map(Number);
  const infos = await Promise.all(pids.map((pid) => readProcessInfo(pid)));
  return infos
    .filter((info): info is ProcessInfo => info !== undefined && isPostgresOf(info, realDataDir))
    .map((info) => info.pid);
}

/** Sends a signal; false when the process is already gone. */
export function signalProcess(pid: number, signal: NodeJS.Signals): boolean {
  try {
    process.kill(pid, signal);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ESRCH') return false;
    throw error;
  }
}

/** Polls `condition` until it holds (true) or `timeoutMs` passes (false). */
export async function waitFor(condition: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await condition()) return true;
    if (Date.now() >= deadline) return false;
    await sleep(POLL_INTERVAL_MS);
  }
}
