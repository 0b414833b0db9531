#!/usr/bin/env -S node --import tsx
/**
 * The `tidemark` command: reads the environment and dispatches to the launcher (`start`), a
 * worker-only process, migrations, the UI build, the lab, the demo and the benchmarks. What each
 * runs lives in launcher/ (and lab/, bench/); keep dynamic imports out of this file (tsx's lexer
 * rejects them after the shebang). `tidemark web` is not listed: the launcher runs it (through
 * launcher/child-main.ts, which loads only what a web server or a worker needs).
 */
import fs from 'node:fs';
import { pathToFileURL } from 'node:url';
import { runBench } from './bench/cli.ts';
import { migrateDatabase } from './db/migrate.ts';
import { parseEnv, type Env } from './infra/env.ts';
import { createLogger, type Logger } from './infra/log.ts';
import { runLabCli } from './lab/cli.ts';
import { runDemo } from './lab/demo.ts';
import { printBanner } from './launcher/banner.ts';
import { openDatabase, prepareDataFolder } from './launcher/database.ts';
import { launchTidemark } from './launcher/launch.ts';
import { ensureUiBuilt } from './launcher/ui-build.ts';
import { runWebProcess } from './launcher/web-process.ts';
import { runWorkerProcess } from './launcher/worker-process.ts';

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
  if (running) printBanner(running.url, running.admin, Boolean(env.TIDEMARK_ADMIN_PASSWORD));
}

async function commandMigrate(env: Env, log: Logger): Promise<void> {
  await prepareDataFolder(env, log);
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
  // Everything Tidemark writes (data folder, repositories, staging, logs) is for this user only,
  // in this process and its children (web, worker, PostgreSQL's log, the UI build).
  process.umask(0o077);
  const env = parseEnv();
  const log = createLogger({ level: env.LOG_LEVEL, name: 'tidemark' });
  switch (command) {
    case 'start':
      return commandStart(env, log);
    case 'web':
      return runWebProcess(env, log);
    case 'worker':
      return runWorkerProcess(env, log);
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
