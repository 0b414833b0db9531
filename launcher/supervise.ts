/**
 * Keeps one process running: when it exits without being asked to, it is started again after a
 * delay that doubles with every quick failure (0.5 s, 1 s, 2 s … 30 s) and goes back to 0.5 s once
 * it has run for a minute. The launcher supervises the embedded PostgreSQL, the web server and
 * the worker this way.
 */
import type { Logger } from '../infra/log.ts';

export interface Supervised {
  /** Settles when the process has exited: `code N` or `signal NAME`. */
  exited: Promise<string>;
}

/** All restart timings in one place. */
export const RESTART_BACKOFF = {
  firstDelayMs: 500,
  maxDelayMs: 30_000,
  /** A process that ran this long was healthy: its next restart waits the first delay again. */
  healthyAfterMs: 60_000,
};

/** How long to wait before the next start, given the last wait (0: none yet) and how long the process ran. */
export function nextRestartDelay(previousDelayMs: number, ranForMs: number, backoff = RESTART_BACKOFF): number {
  if (previousDelayMs === 0 || ranForMs >= backoff.healthyAfterMs) return backoff.firstDelayMs;
  return Math.min(previousDelayMs * 2, backoff.maxDelayMs);
}

export interface SupervisorOptions<T extends Supervised> {
  /** Names the process in logs: "web server", "worker", "embedded PostgreSQL". */
  name: string;
  log: Logger;
  /** Resolves once the process is ready; the first call's failure is the caller's. */
  start(): Promise<T>;
  /** Stops a running instance; resolves once it has exited. */
  stop(instance: T): Promise<void>;
  /** After an exit nobody asked for, before the restart (e.g. hand back a dead worker's jobs). */
  afterExit?(instance: T, how: string): Promise<void>;
  backoff?: typeof RESTART_BACKOFF;
}

export interface Supervisor<T> {
  /** The running instance, or null between an exit and the restart. */
  current(): T | null;
  /** Stops supervising and stops the process; a pending restart is cancelled. */
  stop(): Promise<void>;
}

/** Starts the process (rejecting if that fails) and restarts it whenever it exits until stop(). */
export async function supervise<T extends Supervised>(options: SupervisorOptions<T>): Promise<Supervisor<T>> {
  const { name, log } = options;
  const backoff = options.backoff ?? RESTART_BACKOFF;
  let current: T | null = await options.start();
  let startedAt = Date.now();
  let delayMs = 0;
  let stopping = false;
  let restarting: Promise<void> | null = null;
  let cancelWait: (() => void) | null = null;

  const wait = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        cancelWait = null;
        resolve();
      }
      cancelWait = done;
    });

  const restart = async (dead: T, how: string) => {
    await options.afterExit?.(dead, how).catch((err: unknown) => log.warn({ err }, `cleaning up after the ${name} failed`));
    for (;;) {
      await wait(delayMs);
      if (stopping) return;
      try {
        const next = await options.start();
        if (stopping) {
          await options.stop(next);
          return;
        }
        current = next;
        startedAt = Date.now();
        log.info(`${name} restarted`);
        watch(next);
        return;
      } catch (err) {
        delayMs = nextRestartDelay(delayMs, 0, backoff);
        log.error({ err, restartInMs: delayMs }, `${name} could not be restarted; trying again`);
      }
    }
  };

  const watch = (instance: T) => {
    void instance.exited.then((how) => {
      if (stopping || current !== instance) return;
      current = null;
      delayMs = nextRestartDelay(delayMs, Date.now() - startedAt, backoff);
      log.error({ exit: how, restartInMs: delayMs }, `${name} exited (${how}); restarting it`);
      restarting = restart(instance, how).finally(() => (restarting = null));
    });
  };
  watch(current);

  return {
    current: () => current,
    async stop() {
      stopping = true;
      cancelWait?.();
      await restarting;
      const instance = current;
      current = null;
      if (instance) await options.stop(instance);
    },
  };
}
