/**
 * The launcher's children: `tidemark web` and `tidemark worker` (through child-main.ts), each a
 * Node process of its own, so a crash or an exhausted heap in one leaves the other and the
 * database running.
 *
 * - A child gets the database URL (password included) in its environment, never in argv, which
 *   any local user can read in /proc.
 * - It runs in its own process group, like the embedded PostgreSQL: a terminal Ctrl-C reaches the
 *   launcher only, which stops the children in order.
 * - It talks to the launcher over Node's IPC channel: one `ready` message once it serves or works;
 *   and when the channel closes (the launcher died, even by SIGKILL) it stops by itself.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import type { Logger } from '../infra/log.ts';
import { projectRoot } from '../infra/project-root.ts';

export type ChildCommand = 'web' | 'worker';

export interface ReadyMessage {
  kind: 'ready';
  /** The web server's URL, as shown to people. */
  url?: string;
}

export interface ChildProcessHandle {
  command: ChildCommand;
  pid: number;
  ready: ReadyMessage;
  /** Settles when the process has exited, however it ended: `code N` or `signal NAME`. */
  exited: Promise<string>;
  /** SIGTERM, then SIGKILL if it is still running after `graceMs`; resolves once it has exited. */
  stop(graceMs: number): Promise<void>;
}

/**
 * Node's options for a worker process whose heap may hold `heapMb` megabytes (0: Node's default).
 * V8 grows the heap of a process that makes much short-lived garbage (collected texts, SSH
 * packets) to far more than it holds before collecting it; a limit makes it collect sooner.
 */
export function workerNodeOptions(heapMb: number): string[] {
  return heapMb > 0 ? [`--max-old-space-size=${heapMb}`] : [];
}

/** Starts `tidemark <command>` and resolves when it says it is ready; rejects if it exits first. */
export async function startChildProcess(options: { command: ChildCommand; env: NodeJS.ProcessEnv; log: Logger; nodeOptions?: string[] }): Promise<ChildProcessHandle> {
  const { command, env, log } = options;
  const child = spawn(process.execPath, [...(options.nodeOptions ?? []), '--import', 'tsx', path.join(projectRoot, 'launcher', 'child-main.ts'), command], {
    // `--import tsx` is resolved from the working directory.
    cwd: projectRoot,
    env,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    detached: true,
  });
  const spawnError = new Promise<Error>((resolve) => child.once('error', resolve));
  if (child.pid === undefined) throw new Error(`cannot start tidemark ${command}`, { cause: await spawnError });
  const pid = child.pid;
  const exited = new Promise<string>((resolve) => {
    child.once('exit', (code, signal) => resolve(signal ? `signal ${signal}` : `code ${code}`));
  });
  const ready = await new Promise<ReadyMessage>((resolve, reject) => {
    child.on('message', (message: ReadyMessage) => {
      if (message?.kind === 'ready') resolve(message);
    });
    void exited.then((how) => reject(new Error(`tidemark ${command} exited with ${how} before it was ready`)));
  });
  log.debug({ command, pid }, 'child process ready');

  let stopping: Promise<void> | null = null;
  const stop = (graceMs: number) =>
    (stopping ??= (async () => {
      child.kill('SIGTERM');
      const timer = setTimeout(() => {
        log.warn({ command, pid, graceMs }, `tidemark ${command} did not stop in time; killing it`);
        child.kill('SIGKILL');
      }, graceMs);
      await exited;
      clearTimeout(timer);
    })());
  return { command, pid, ready, exited, stop };
}

/** In a child: tells the launcher it is ready. Does nothing in a process not started by one. */
export function announceReady(message: Omit<ReadyMessage, 'kind'> = {}): void {
  if (process.send && process.connected) process.send({ kind: 'ready', ...message } satisfies ReadyMessage);
}

/** In a child: stops when the launcher is gone (its IPC channel closed), however it died. */
export function stopWithLauncher(stop: (reason: string) => void): void {
  if (process.send) process.once('disconnect', () => stop('the launcher is gone'));
}
