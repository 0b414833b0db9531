/**
 * `tidemark bench dashboard`: how fast the dashboard's requests answer over HTTP with a large fleet
 * and its history: a run a day over every device, their backups and events, a run under way. The
 * fleet is inserted with SQL (bench/fleet-history.ts): it is a fixture here, not what is measured.
 */
import { DashboardDocument, MeDocument, RecentChangesDocument, type DashboardQuery } from '../app/_gql/graphql.ts';
import type { Logger } from '../infra/log.ts';
import { startPageBench, timePage, type PageBenchOptions } from './page-requests.ts';

export type DashboardOptions = PageBenchOptions;

function describeDashboard(data: unknown): string {
  const d = (data as DashboardQuery).dashboard;
  return `${d.deviceCount} devices, ${d.failedCount} failed, ${d.staleCount} stale, ${d.activeRuns.length} running, ${d.mostChangedDevices.length} most changed`;
}

export async function benchDashboard(options: DashboardOptions, log: Logger, signal: AbortSignal): Promise<void> {
  const stack = await startPageBench('dashboard', options, log, signal);
  try {
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
