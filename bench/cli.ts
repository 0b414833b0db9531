/**
 * `tidemark bench <benchmark> [options]` (`npm run bench -- …`). Each benchmark that needs a
 * Tidemark starts its own throwaway one on 127.0.0.1 and removes it at the end, even on Ctrl-C.
 */
import { parseArgs } from 'node:util';
import { z } from 'zod';
import type { Logger } from '../infra/log.ts';
import { benchBinary } from './binary.ts';
import { benchCompareDiff } from './compare-diff.ts';
import { benchDashboard } from './dashboard.ts';
import { benchDevicesPage } from './devices-page.ts';
import { benchFleet, MAX_FLEET_DEVICES } from './fleet.ts';
import { benchGitSsh } from './git-ssh.ts';
import { benchInventorySync } from './inventory-sync.ts';
import { benchLoad, loadDefaults } from './load.ts';
import { benchMetrics } from './metrics.ts';
import { benchRepositoryGrowth } from './repository-growth.ts';
import { benchSearch } from './search.ts';
import { benchTerminalRender } from './terminal-render.ts';

const usage = `Usage: tidemark bench <benchmark> [options]

Benchmarks:
  fleet            Back up lab devices through the whole pipeline (API, worker process, lab process, Git)
    --devices N       lab devices (default 100, at most ${MAX_FLEET_DEVICES.toLocaleString('en')})
    --concurrency C   devices backed up at once (default 50, at most 500)
    --workers W       tidemark worker processes sharing the runs (default 1, at most 8)
    --runs R          runs one after another (default 1; the second measures the unchanged path)
    --faults F        faulty lab devices (default 0)
    --cpu-prof DIR    write CPU profiles of the worker and the lab (.cpuprofile) into DIR
  devices-page     Time the device list page's requests over HTTP with a large fleet and its history
    --devices N       devices inserted (default 10000)
    --backups B       backups rows inserted, a run a day over every device (default 100000)
    --requests K      requests per query (default 20)
  dashboard        Time the dashboard's requests over HTTP with a large fleet and its history
    --devices N       devices inserted (default 10000)
    --backups B       backups rows inserted, a run a day over every device (default 100000)
    --requests K      requests per query (default 20)
  load             The review's load test: readers paging the device list and runUpdates subscribers while runs go on
    --seconds N       how long the readers read (default ${loadDefaults.seconds})
    --devices N       devices in the database, ${loadDefaults.labDevices} of them lab devices (default ${loadDefaults.devices})
    --readers R       GraphQL clients paging devices(first: 50) as a viewer (default ${loadDefaults.readers})
    --subscribers S   runUpdates subscribers over WebSocket (default ${loadDefaults.subscribers})
  metrics          Time a scrape of /api/metrics with a large fleet, with and without the per-device series
    --devices N       devices inserted (default 50000)
    --requests K      scrapes per case (default 20)
  search           Time config search over HTTP: substring, regex and NOT searches over the latest versions
    --devices N       devices, each with its platform's lab configuration (default 10000)
    --requests K      requests per query (default 20)
  inventory-sync   Sync a large inventory from a fake NetBox over HTTPS through a worker process
    --devices N       devices in the fake NetBox (default 50000)
  compare-diff     Time the compare page's diff of large configurations, server and browser parts (no stack)
    --lines N         lines of the large configurations (default 50000)
    --runs R          timed runs per case (default 5)
  binary           Back up large firmware images over SFTP from OpenSSH sshd into git (API, worker process, sshd)
    --megabytes M     size of each image in MB (default 250)
    --parallel P      images backed up at once, each from a device of its own (default 1)
    --runs R          runs one after another, new bytes each time (default 1)
  git-ssh          One exchange with an SSH remote: the system git against ssh2 in process, and a whole push (no stack)
    --runs R          timed exchanges per case (default 10)
  repository-growth  Store many runs of changed configurations through the git backend, as finish-run does (no stack)
    --runs R          runs (default 1000)
    --devices N       devices, running + startup configuration each (default 1000)
    --change-percent P  devices changed per run after the first (default 1)
    --every K         print the figures every K runs (default 100)
    --push-mb M       then push the history and a commit with an M MB random binary to a local smart-HTTP remote (default 64, 0 skips)
  terminal-render  Render PTY output with the hand-written renderer and with @xterm/headless (no stack)
    --runs R          timed renders per input (default 5)
    --cols C          xterm's width (default 511, as the PTY Tidemark asks for)
    --inputs LIST     which of a (recorded answers), b (1,000 configurations), c (5 MB), d (chunks); default a,b,c,d`;

const fleetOptions = z.object({
  devices: z.coerce.number().int().min(1).max(MAX_FLEET_DEVICES).default(100),
  concurrency: z.coerce.number().int().min(1).max(500).default(50),
  workers: z.coerce.number().int().min(1).max(8).default(1),
  runs: z.coerce.number().int().min(1).max(20).default(1),
  faults: z.coerce.number().int().min(0).default(0),
  cpuProf: z.string().optional(),
});

const terminalRenderOptions = z.object({
  runs: z.coerce.number().int().min(1).max(100).default(5),
  cols: z.coerce.number().int().min(20).max(65_535).default(511),
  inputs: z
    .string()
    .default('a,b,c,d')
    .transform((list) => list.split(','))
    .pipe(z.array(z.enum(['a', 'b', 'c', 'd'])).min(1)),
});

const loadOptions = z.object({
  seconds: z.coerce.number().int().min(1).max(3_600).default(loadDefaults.seconds),
  devices: z.coerce.number().int().min(loadDefaults.labDevices).max(1_000_000).default(loadDefaults.devices),
  readers: z.coerce.number().int().min(0).max(500).default(loadDefaults.readers),
  subscribers: z.coerce.number().int().min(0).max(500).default(loadDefaults.subscribers),
});

const inventorySyncOptions = z.object({
  devices: z.coerce.number().int().min(1).max(1_000_000).default(50_000),
});

const compareDiffOptions = z.object({
  lines: z.coerce.number().int().min(1).max(5_000_000).default(50_000),
  runs: z.coerce.number().int().min(1).max(100).default(5),
});

const metricsOptions = z.object({
  devices: z.coerce.number().int().min(1).max(1_000_000).default(50_000),
  requests: z.coerce.number().int().min(1).max(1_000).default(20),
});

const repositoryGrowthOptions = z.object({
  runs: z.coerce.number().int().min(1).max(100_000).default(1_000),
  devices: z.coerce.number().int().min(1).max(100_000).default(1_000),
  changePercent: z.coerce.number().min(0.01).max(100).default(1),
  every: z.coerce.number().int().min(1).default(100),
  pushMb: z.coerce.number().int().min(0).max(4_096).default(64),
});

const binaryOptions = z.object({
  megabytes: z.coerce.number().int().min(1).max(8_000).default(250),
  parallel: z.coerce.number().int().min(1).max(8).default(1),
  runs: z.coerce.number().int().min(1).max(20).default(1),
});

const devicesPageOptions = z.object({
  devices: z.coerce.number().int().min(1).max(1_000_000).default(10_000),
  requests: z.coerce.number().int().min(1).max(1_000).default(20),
});

const pageHistoryOptions = devicesPageOptions.extend({
  backups: z.coerce.number().int().min(1).max(10_000_000).default(100_000),
});

export async function runBench(argv: string[], log: Logger): Promise<void> {
  const [benchmark, ...rest] = argv;
  const { values } = parseArgs({
    args: rest,
    options: {
      devices: { type: 'string' },
      concurrency: { type: 'string' },
      workers: { type: 'string' },
      runs: { type: 'string' },
      faults: { type: 'string' },
      'cpu-prof': { type: 'string' },
      requests: { type: 'string' },
      cols: { type: 'string' },
      seconds: { type: 'string' },
      readers: { type: 'string' },
      subscribers: { type: 'string' },
      inputs: { type: 'string' },
      lines: { type: 'string' },
      backups: { type: 'string' },
      'change-percent': { type: 'string' },
      every: { type: 'string' },
      'push-mb': { type: 'string' },
      megabytes: { type: 'string' },
      parallel: { type: 'string' },
      help: { type: 'boolean' },
    },
    strict: true,
  });
  // Quiet by default: the benchmark prints its figures, the log would only interleave with them.
  const benchLog = log.level === 'info' ? log.child({}, { level: 'warn' }) : log;
  const stop = new AbortController();
  // Handlers stay for the whole benchmark: a repeated Ctrl-C (npm delivers it twice, and Apollo
  // Server raises it again once it has stopped) must not kill the process before it has stopped
  // what it started.
  const onSignal = (signal: NodeJS.Signals) => {
    if (!stop.signal.aborted) stop.abort(new Error(`interrupted by ${signal}`));
    else process.stderr.write('still stopping what the benchmark started…\n');
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    switch (values.help ? 'help' : benchmark) {
      case 'fleet':
        return await benchFleet(fleetOptions.parse({ ...values, cpuProf: values['cpu-prof'] }), benchLog, stop.signal);
      case 'devices-page':
        return await benchDevicesPage(pageHistoryOptions.parse(values), benchLog, stop.signal);
      case 'dashboard':
        return await benchDashboard(pageHistoryOptions.parse(values), benchLog, stop.signal);
      case 'load':
        return await benchLoad({ ...loadDefaults, ...loadOptions.parse(values) }, benchLog, stop.signal);
      case 'metrics':
        return await benchMetrics(metricsOptions.parse(values), benchLog, stop.signal);
      case 'search':
        return await benchSearch(devicesPageOptions.parse(values), benchLog, stop.signal);
      case 'inventory-sync':
        return await benchInventorySync(inventorySyncOptions.parse(values), benchLog, stop.signal);
      case 'compare-diff':
        return await benchCompareDiff(compareDiffOptions.parse(values), stop.signal);
      case 'binary':
        return await benchBinary(binaryOptions.parse(values), benchLog, stop.signal);
      case 'git-ssh':
        return await benchGitSsh({ runs: z.coerce.number().int().min(1).max(1_000).default(10).parse(values.runs) }, stop.signal);
      case 'repository-growth':
        return await benchRepositoryGrowth(
          repositoryGrowthOptions.parse({ runs: values.runs, devices: values.devices, changePercent: values['change-percent'], every: values.every, pushMb: values['push-mb'] }),
          stop.signal,
        );
      case 'terminal-render':
        return await benchTerminalRender(terminalRenderOptions.parse(values), stop.signal);
      default:
        process.stdout.write(`${usage}\n`);
        if (benchmark && benchmark !== '--help' && !values.help) process.exitCode = 2;
    }
  } finally {
    // Once interrupted, a late repeat of the signal still finds the handler.
    if (!stop.signal.aborted) {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    }
  }
}
