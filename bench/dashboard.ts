/**
 * `tidemark bench dashboard`: how fast the dashboard's requests answer over HTTP with a large fleet
 * and its history: a run a day over every device, their backups and events, a run under way. The
 * fleet is inserted with SQL (bench/fleet-history.ts): it is a fixture here, not what is measured.
 */
import os from 'node:os';
import { DashboardDocument, MeDocument, RecentChangesDocument, type DashboardQuery } from '../app/_gql/graphql.ts';
import type { Logger } from '../infra/log.ts';
import { gigabytes, print, seconds } from './figures.ts';
import { insertFleetHistory } from './fleet-history.ts';
import { timePage } from './page-requests.ts';
import { startBenchStack } from './stack.ts';

export interface DashboardOptions {
  devices: number;
  backups: number;
  requests: number;
}

function describeDashboard(data: unknown): string {
  const d = (data as DashboardQuery).dashboard;
  return `${d.deviceCount} devices, ${d.failedCount} failed, ${d.staleCount} stale, ${d.activeRuns.length} running, ${d.mostChangedDevices.length} most changed`;
}

export async function benchDashboard(options: DashboardOptions, log: Logger, signal: AbortSignal): Promise<void> {
  print(`dashboard benchmark: ${options.devices} devices, ${options.backups} backups, ${options.requests} requests per query`);
  print(`machine: ${os.cpus().length} cores, ${gigabytes(os.totalmem())} memory, Node ${process.version}; load average ${os.loadavg().map((n) => n.toFixed(2)).join(' ')}`);
  const stack = await startBenchStack(log, signal);
  try {
    const inserted = Date.now();
    const history = await insertFleetHistory(stack.db, stack.dir, options, signal);
    print(
      `inserted ${options.devices} devices, ${history.runs} runs, ${history.runDevices} run devices, ${history.backups} backups and ${history.runEvents} run events in ${seconds(Date.now() - inserted)} (then VACUUM ANALYZE)`,
    );
    await timePage(
      stack.session,
      {
        name: 'dashboard',
        onOpen: [
          { label: 'Me', document: MeDocument },
          { label: 'Dashboard(staleHours: 24)', document: DashboardDocument, variables: { staleHours: 24 }, describe: describeDashboard },
          { label: 'RecentChanges(first: 10)', document: RecentChangesDocument, variables: { first: 10 } },
        ],
        // The page's other choice of "stale after".
        more: [{ label: 'Dashboard(staleHours: 168)', document: DashboardDocument, variables: { staleHours: 168 }, describe: describeDashboard }],
      },
      options.requests,
      signal,
    );
  } finally {
    await stack.close();
  }
}
