/**
 * `tidemark bench devices-page`: how fast the device list answers over HTTP with a large fleet.
 * The devices are inserted with one SQL statement: they are a fixture here, not what is measured.
 */
import os from 'node:os';
import type { Logger } from '../infra/log.ts';
import { gigabytes, milliseconds, percentile, print, seconds } from './figures.ts';
import { startBenchStack, type Gql } from './stack.ts';

export interface DevicesPageOptions {
  devices: number;
  requests: number;
}

/** The fields the device list page asks for. */
const devicesQuery = `query($first: Int!, $search: String) {
  devices(first: $first, search: $search, sort: { field: NAME }) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { id name host port backupMethod backupMethodInfo { friendlyName isBinary } location tags enabled lastStatus lastBackupAt }
  }
}`;

export async function benchDevicesPage(options: DevicesPageOptions, log: Logger, signal: AbortSignal): Promise<void> {
  print(`devices-page benchmark: ${options.devices} devices, ${options.requests} requests per query`);
  print(`machine: ${os.cpus().length} cores, ${gigabytes(os.totalmem())} memory, Node ${process.version}`);
  const stack = await startBenchStack(log, signal);
  try {
    const inserted = Date.now();
    await stack.db.sql`
      insert into devices (name, host, port, backup_method, location, tags)
      select format('sw-%s', lpad(i::text, 6, '0')),
             format('10.%s.%s.%s', i / 65536, (i / 256) % 256, i % 256),
             22,
             (array['cisco-ios', 'arista-eos', 'juniper-junos', 'mikrotik-routeros'])[1 + i % 4],
             format('region-%s/site-%s', i % 7, i % 97),
             array['bench', format('rack-%s', i % 40)]
      from generate_series(1, ${options.devices}::int) as i`;
    await stack.db.sql`analyze devices`;
    print(`inserted ${options.devices} devices in ${seconds(Date.now() - inserted)}`);

    const cases: { label: string; variables: Record<string, unknown> }[] = [
      { label: 'devices(first: 50)', variables: { first: 50 } },
      // Matches about one device in a hundred, by name, host or location.
      { label: 'devices(first: 50, search: "site-42")', variables: { first: 50, search: 'site-42' } },
      { label: 'devices(first: 50, search: "sw-0042")', variables: { first: 50, search: 'sw-0042' } },
      // Matches tags by substring: rack-3 and rack-30 to rack-39, about one device in four.
      { label: 'devices(first: 50, search: "rack-3")', variables: { first: 50, search: 'rack-3' } },
    ];
    for (const { label, variables } of cases) {
      signal.throwIfAborted();
      const timings = await timeQuery(stack.gql, variables, options.requests);
      print(`${label}: ${timings.totalCount} matching; median ${milliseconds(timings.median)}, p95 ${milliseconds(timings.p95)} over ${options.requests} requests`);
    }
  } finally {
    await stack.close();
  }
}

async function timeQuery(gql: Gql, variables: Record<string, unknown>, requests: number) {
  // The first requests warm the query plan and Node's JIT; they are not counted.
  for (let i = 0; i < 3; i++) await gql(devicesQuery, variables);
  const timings: number[] = [];
  let totalCount = 0;
  for (let i = 0; i < requests; i++) {
    const started = performance.now();
    const data = await gql<{ devices: { totalCount: number } }>(devicesQuery, variables);
    timings.push(performance.now() - started);
    totalCount = data.devices.totalCount;
  }
  timings.sort((a, b) => a - b);
  return { totalCount, median: percentile(timings, 0.5), p95: percentile(timings, 0.95) };
}
