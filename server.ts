#!/usr/bin/env -S node --import tsx
/**
 * The `tidemark` command: reads the environment and dispatches to the launcher (`start`), a
 * worker-only process, migrations, the UI build, the lab, the demo and the benchmarks. What each
 * runs lives in launcher/ (and lab/, bench/); keep dynamic imports out of this file (tsx's lexer
 * rejects them after the shebang).
 */
import fs from 'node:fs';
import { pathToFileURL } from 'node:url';
import { runBench } from './bench/cli.ts';
import { connectDatabase } from './db/client.ts';
import { migrateDatabase } from './db/migrate.ts';
import { parseEnv, type Env } from './infra/env.ts';
import { createKeyring, loadMasterKey } from './infra/keyring.ts';
import { createLogger, type Logger } from './infra/log.ts';
import { runLabCli } from './lab/cli.ts';
import { runDemo } from './lab/demo.ts';
import { printBanner } from './launcher/banner.ts';
import { openDatabase } from './launcher/database.ts';
import { launchTidemark, sshTimeouts } from './launcher/launch.ts';
import { onShutdown } from './launcher/shutdown.ts';
import { ensureUiBuilt } from './launcher/ui-build.ts';
import { startWorker } from './worker/run-worker.ts';

const usage = `Usage: tidemark <command> [options]

Commands:
  start      Run everything: database (embedded unless DATABASE_URL is set), web server and a worker
  worker     Run a worker only, against DATABASE_URL (add machines this way)
  migrate    Apply database migrations and exit
  build      Build the web UI (start does this when the UI sources changed)
  lab        Run simulated devices that speak SSH (tidemark lab --help)
  demo       Like start, plus 60 lab devices registered, backed up now and every 5 minutes
  bench      Benchmarks: bench fleet --devices N, bench devices-page, bench terminal-render (tidemark bench --help)
  --help     Show this help

Configuration is read from the environment; see README.md.`;

async function commandStart(env: Env, log: Logger): Promise<void> {
  const running = await launchTidemark(env, log);
  if (running) printBanner(running.stack.web.url, running.stack.admin, Boolean(env.TIDEMARK_ADMIN_PASSWORD));
}

async function commandWorker(env: Env, log: Logger): Promise<void> {
  if (!env.DATABASE_URL) throw new Error('tidemark worker needs DATABASE_URL: the Postgres that `tidemark start` uses');
  const keyring = createKeyring(loadMasterKey({ secretKey: env.TIDEMARK_SECRET_KEY, dataDir: env.dataDir }));
  await migrateDatabase(env.DATABASE_URL, log);
  const handle = connectDatabase(env.DATABASE_URL, { max: env.TIDEMARK_WORKER_CONCURRENCY + 5 });
  const worker = await startWorker({
    db: handle.db,
    keyring,
    log: log.child({ component: 'worker' }),
    dataDir: env.dataDir,
    databaseUrl: env.DATABASE_URL,
    concurrency: env.TIDEMARK_WORKER_CONCURRENCY,
    goneAfterSeconds: env.TIDEMARK_WORKER_GONE_AFTER,
    timeouts: sshTimeouts(env),
  });
  onShutdown(log, async () => {
    await worker.stop();
    await handle.close();
  });
  log.info('worker running');
}

async function commandMigrate(env: Env, log: Logger): Promise<void> {
  const database = await openDatabase(env, log);
  try {
    await migrateDatabase(database.url, log);
  } finally {
    await database.embedded?.stop();
  }
}

export async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(usage + '\n');
    return;
  }
  const env = parseEnv();
  const log = createLogger({ level: env.LOG_LEVEL, name: 'tidemark' });
  switch (command) {
    case 'start':
      return commandStart(env, log);
    case 'worker':
      return commandWorker(env, log);
    case 'migrate':
      return commandMigrate(env, log);
    case 'build':
      return ensureUiBuilt(log, true);
    case 'lab':
      return runLabCli(rest);
    case 'demo':
      return runDemo(env, log);
    case 'bench':
      return runBench(rest, log);
    default:
      process.stderr.write(`Unknown command "${command}".\n\n${usage}\n`);
      process.exitCode = 2;
  }
}

const invokedDirectly = process.argv[1] && pathToFileURL(fs.realpathSync(process.argv[1])).href === import.meta.url;
if (invokedDirectly) {
  main(process.argv.slice(2)).catch((err: Error) => {
    process.stderr.write(`tidemark: ${err.message}\n`);
    process.exit(1);
  });
}
