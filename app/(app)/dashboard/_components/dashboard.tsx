'use client';

import Link from 'next/link';
import { useRef, useState, type ReactNode } from 'react';
import { controlClass } from '../../../_components/field';
import { PageHeader } from '../../../_components/page-header';
import { ProgressBar } from '../../../_components/progress-bar';
import { EmptyState, ErrorState, LoadingState } from '../../../_components/states';
import { TableFrame, cell, headerCell } from '../../../_components/table';
import { Time } from '../../../_components/time';
import { graphql } from '../../../_gql';
import { formatDuration } from '../../../_lib/format';
import { useLive } from '../../../_lib/live';
import { useCoalesced } from '../../../_lib/use-coalesced';
import { useQuery } from '../../../_lib/use-query';
import { RunStatusBadge } from '../../_components/status-badges';
import { RunTable } from '../../runs/_components/run-table';
import { SuccessChart } from './success-chart';
import { RecentChanges } from './recent-changes';

const dashboardQuery = graphql(`
  query Dashboard($staleHours: Int!) {
    dashboard(staleHours: $staleHours) {
      staleHours
      deviceCount
      backedUpLast24h
      failedCount
      staleCount
      averageDurationMs
      dailySuccess {
        ...SuccessChartDay
      }
      activeRuns {
        id
        status
        total
        completed
        createdAt
        startedAt
      }
      failedRuns {
        id
        error
        finishedAt
      }
      mostChangedDevices(first: 10) {
        device {
          id
          name
        }
        changes
        lastChangedAt
      }
    }
    runs(first: 8) {
      nodes {
        ...RunTableRow
      }
    }
  }
`);

const updatesSubscription = graphql(`
  subscription RunUpdates($afterId: ID) {
    runUpdates(afterId: $afterId) {
      id
      runId
      type
      current
      total
    }
  }
`);

const staleChoices = [6, 12, 24, 48, 72, 168];

export function Dashboard() {
  const [staleHours, setStaleHours] = useState(24);
  const { data, error, reload } = useQuery(dashboardQuery, { staleHours });
  const [live, setLive] = useState<Record<string, { current: number; total: number }>>({});
  const lastId = useRef<string | null>(null);

  const scheduleReload = useCoalesced(reload, 500);

  useLive({
    subscription: updatesSubscription,
    variables: () => ({ afterId: lastId.current }),
    onData: ({ runUpdates: event }) => {
      lastId.current = event.id;
      setLive((current) => ({
        ...current,
        [event.runId]: { current: Math.max(current[event.runId]?.current ?? 0, event.current), total: event.total },
      }));
      if (event.type === 'run-started' || event.type === 'run-finished' || event.type === 'run-cancelled') scheduleReload();
    },
  });

  if (error) return <ErrorState message={error.message} onRetry={reload} />;
  if (!data) return <LoadingState label="Loading the dashboard…" />;
  const d = data.dashboard;

  return (
    <>
      <PageHeader
        title="Dashboard"
        description="How the backups of the fleet are going."
        actions={
          <div className="flex items-center gap-2">
            <label htmlFor="stale-hours" className="text-sm whitespace-nowrap text-slate-700">
              Stale after
            </label>
            <select id="stale-hours" className={`${controlClass} w-auto`} value={staleHours} onChange={(e) => setStaleHours(Number(e.target.value))}>
              {staleChoices.map((hours) => (
                <option key={hours} value={hours}>
                  {hours < 48 ? `${hours} hours` : `${hours / 24} days`}
                </option>
              ))}
            </select>
          </div>
        }
      />
      {d.failedRuns.length > 0 && (
        <section role="alert" aria-label="Runs that could not finish" className="mb-6 rounded-md border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-800">
          <p className="font-medium">
            {d.failedRuns.length === 1 ? 'A run could not finish' : `${d.failedRuns.length} runs could not finish`} in the last 24 hours
          </p>
          <ul className="mt-1 space-y-1">
            {d.failedRuns.map((run) => (
              <li key={run.id}>
                <Link href={`/runs/${run.id}`} className="underline">
                  <Time value={run.finishedAt} />
                </Link>
                : <span className="break-words">{run.error}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <dl className="mb-6 grid grid-cols-2 gap-3 md:grid-cols-5">
        <Stat label="Devices" value={d.deviceCount} href="/devices" />
        <Stat label="Backed up in 24 h" value={d.backedUpLast24h} tone="good" />
        <Stat label="Failed" value={d.failedCount} tone={d.failedCount ? 'bad' : undefined} href="/devices?status=failed" />
        <Stat
          label={`Stale (over ${d.staleHours} h)`}
          value={d.staleCount}
          tone={d.staleCount ? 'warn' : undefined}
          href={d.staleHours === 24 ? '/devices?status=stale' : `/devices?status=stale&hours=${d.staleHours}`}
        />
        <Stat label="Average backup" value={formatDuration(d.averageDurationMs)} />
      </dl>

      <section className="mb-6">
        <SuccessChart days={d.dailySuccess} />
      </section>

      <Section title="Running now">
        {d.activeRuns.length === 0 ? (
          <EmptyState title="No run is under way" />
        ) : (
          <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
            {d.activeRuns.map((run) => {
              const progress = live[run.id];
              return (
                <li key={run.id} className="grid gap-2 px-4 py-3 sm:grid-cols-[auto_minmax(0,1fr)] sm:items-center sm:gap-4">
                  <div className="flex items-center gap-2 text-sm whitespace-nowrap" data-testid="running-run">
                    <RunStatusBadge status={run.status} />
                    <Link href={`/runs/${run.id}`} className="text-sky-800 hover:underline">
                      <Time value={run.startedAt ?? run.createdAt} />
                    </Link>
                  </div>
                  <ProgressBar value={Math.max(run.completed, progress?.current ?? 0)} total={progress?.total || run.total} label="Run progress" />
                </li>
              );
            })}
          </ul>
        )}
      </Section>

      <Section title="Recent changes" action={<Link href="/runs?changes=1" className="text-sm text-sky-800 hover:underline">Runs with changes</Link>}>
        <RecentChanges />
      </Section>

      <div className="grid gap-6">
        <Section title="Recent runs" action={<Link href="/runs" className="text-sm text-sky-800 hover:underline">All runs</Link>}>
          {data.runs.nodes.length === 0 ? <EmptyState title="No runs yet">Runs appear here when devices are backed up.</EmptyState> : <RunTable runs={data.runs.nodes} />}
        </Section>
        <Section title="Changed most in 30 days">
          {d.mostChangedDevices.length === 0 ? (
            <EmptyState title="No changes yet" />
          ) : (
            <TableFrame
              head={
                <>
                  <th scope="col" className={headerCell}>Device</th>
                  <th scope="col" className={`${headerCell} text-right`}>Changes</th>
                  <th scope="col" className={headerCell}>Last change</th>
                </>
              }
            >
              {d.mostChangedDevices.map((row) => (
                <tr key={row.device.id}>
                  <th scope="row" className={`${cell} text-left font-medium`}>
                    <Link href={`/devices/${row.device.id}`} className="text-sky-800 hover:underline">
                      {row.device.name}
                    </Link>
                  </th>
                  <td className={`${cell} text-right tabular-nums`}>{row.changes}</td>
                  <td className={cell}>
                    <Time value={row.lastChangedAt} />
                  </td>
                </tr>
              ))}
            </TableFrame>
          )}
        </Section>
      </div>
    </>
  );
}

const statTones = { good: 'text-emerald-700', bad: 'text-red-700', warn: 'text-amber-700' };

function Stat({ label, value, tone, href }: { label: string; value: ReactNode; tone?: keyof typeof statTones; href?: string }) {
  const shown = <span className={`text-2xl font-semibold tabular-nums ${tone ? statTones[tone] : 'text-slate-900'}`}>{value}</span>;
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-4">
      <dt className="text-xs font-medium text-slate-600">{label}</dt>
      <dd className="mt-1">
        {href ? (
          <Link href={href} className="hover:underline" aria-label={`${label}: ${value}`}>
            {shown}
          </Link>
        ) : (
          shown
        )}
      </dd>
    </div>
  );
}

function Section({ title, action, children }: { title: string; action?: ReactNode; children: ReactNode }) {
  return (
    <section className="mb-6 min-w-0">
      <div className="mb-2 flex items-baseline justify-between">
        <h2 className="text-base font-semibold text-slate-900">{title}</h2>
        {action}
      </div>
      {children}
    </section>
  );
}
