/**
 * `tidemark bench metrics`: how long a scrape of /api/metrics takes with a large fleet. Devices,
 * finished runs and waiting jobs are inserted with SQL: they are a fixture, not what is measured.
 */
import os from 'node:os';
import type { Logger } from '../infra/log.ts';
import { gigabytes, milliseconds, percentile, print, seconds } from './figures.ts';
import { startBenchStack } from './stack.ts';

export interface MetricsOptions {
  devices: number;
  requests: number;
}

export async function benchMetrics(options: MetricsOptions, log: Logger, signal: AbortSignal): Promise<void> {
  print(`metrics benchmark: ${options.devices} devices, ${options.requests} scrapes per case`);
  print(`machine: ${os.cpus().length} cores, ${gigabytes(os.totalmem())} memory, Node ${process.version}`);
  const stack = await startBenchStack(log, signal);
  try {
    const inserted = Date.now();
    await stack.db.sql`
      insert into devices (name, host, backup_method, last_status, last_success_at)
      select format('sw-%s', lpad(i::text, 6, '0')), '10.0.0.1', 'cisco-ios',
             case when i % 20 = 0 then 'failed' else 'succeeded' end, now() - make_interval(secs => i)
      from generate_series(1, ${options.devices}::int) as i`;
    // A year of runs every 5 minutes.
    await stack.db.sql`
      insert into runs (trigger, status, created_at, started_at, finished_at, result)
      select 'schedule', 'succeeded', t, t, t + make_interval(secs => 5 + i % 600),
             jsonb_build_object('gitCommitStatus', jsonb_build_object('pushError', case when i % 100 = 0 then 'push failed' end))
      from generate_series(1, 105120) as i, lateral (select now() - make_interval(mins => 5 * i) as t) as at`;
    await stack.db.sql`select graphile_worker.add_job('bench-probe', '{}'::json) from generate_series(1, 1000)`;
    await stack.db.sql`analyze`;
    print(`inserted ${options.devices} devices, 105,120 runs and 1,000 jobs in ${seconds(Date.now() - inserted)}`);
    const { createApiToken } = await stack.gql<{ createApiToken: { token: string } }>(`mutation { createApiToken(input: { name: "scrape" }) { token } }`);

    for (const query of ['', '?devices=false']) {
      signal.throwIfAborted();
      const times: number[] = [];
      let bytes = 0;
      for (let i = 0; i < options.requests + 3; i++) {
        const started = performance.now();
        const response = await fetch(`${stack.apiUrl}/api/metrics${query}`, { headers: { authorization: `Bearer ${createApiToken.token}` }, signal });
        const body = await response.text();
        if (response.status !== 200) throw new Error(`/api/metrics answered ${response.status}: ${body.slice(0, 200)}`);
        bytes = Buffer.byteLength(body);
        // The first scrapes warm the query plans and Node's JIT; they are not counted.
        if (i >= 3) times.push(performance.now() - started);
      }
      times.sort((a, b) => a - b);
      print(`/api/metrics${query}: ${(bytes / 1024).toFixed(0)} KB; median ${milliseconds(percentile(times, 0.5))}, p95 ${milliseconds(percentile(times, 0.95))} over ${options.requests} scrapes`);
    }
  } finally {
    await stack.close();
  }
}
