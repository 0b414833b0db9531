import type { Logger } from '../infra/log.ts';

/**
 * Runs `stop` once on SIGINT/SIGTERM, or when the returned function is called (a child process
 * whose launcher is gone). Ctrl-C under npm delivers SIGINT twice (terminal and npm), so a repeat
 * within a second is expected; a later one is answered, not obeyed.
 */
export function onShutdown(log: Logger, stop: (reason: string) => Promise<void>): (reason: string) => void {
  let stoppingSince = 0;
  const handler = (reason: string) => {
    if (stoppingSince) {
      if (Date.now() - stoppingSince > 1000) log.warn('still stopping: the database stops last so no job is left locked');
      return;
    }
    stoppingSince = Date.now();
    // While pools and sockets close, a late rejection must not kill the process before the database stops.
    process.on('unhandledRejection', (err) => log.error({ err }, 'unhandled rejection while stopping'));
    stop(reason).then(
      () => process.exit(0),
      (err) => {
        log.error({ err }, 'error while stopping');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
  return handler;
}
