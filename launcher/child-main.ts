/**
 * Entry point of the launcher's children (`node --import tsx launcher/child-main.ts web|worker`):
 * what `tidemark web` and `tidemark worker` run, without loading every other command's modules,
 * which would slow every start and restart. The environment comes from the launcher.
 */
import { parseEnv } from '../infra/env.ts';
import { createLogger } from '../infra/log.ts';

const command = process.argv[2];
// As in server.ts: what this process writes is for this user only.
process.umask(0o077);
try {
  const env = parseEnv();
  const log = createLogger({ level: env.LOG_LEVEL, name: 'tidemark' });
  if (command === 'web') await (await import('./web-process.ts')).runWebProcess(env, log);
  else if (command === 'worker') await (await import('./worker-process.ts')).runWorkerProcess(env, log);
  else throw new Error(`unknown child command "${command}"; expected web or worker`);
} catch (error) {
  process.stderr.write(`tidemark ${command}: ${(error as Error).message}\n`);
  process.exit(1);
}
