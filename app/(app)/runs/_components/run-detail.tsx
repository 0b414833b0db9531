'use client';

import Link from 'next/link';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useEffect, useState } from 'react';
import { Badge } from '../../../_components/badge';
import { Button } from '../../../_components/button';
import { ConfirmDialog } from '../../../_components/confirm-dialog';
import { PageHeader } from '../../../_components/page-header';
import { controlClass } from '../../../_components/field';
import { EmptyState, ErrorState, LoadingState } from '../../../_components/states';
import { TableFrame, cell, headerCell } from '../../../_components/table';
import { Time } from '../../../_components/time';
import { getFragmentData, graphql, type FragmentType } from '../../../_gql';
import type { RunStageFieldsFragment } from '../../../_gql/graphql';
import { formatDuration } from '../../../_lib/format';
import { request } from '../../../_lib/graphql';
import { runDeviceStatusLabels, runModeLabels, runStatusLabels, runTriggerLabels, type RunDeviceStatus } from '../../../_lib/types';
import { useCoalesced } from '../../../_lib/use-coalesced';
import { useQuery } from '../../../_lib/use-query';
import { useSession } from '../../_components/session';
import { RunDeviceStatusBadge, RunStatusBadge } from '../../_components/status-badges';
import { useRunProgress } from '../../_components/use-run-progress';
import { RunChanges } from './run-changes';
import { CopyButton } from './copy-button';
import { runScope } from './run-scope';
import { RunSplitBar } from './run-split-bar';
import { awaitsWriteBack, TimestampUpdateSummary } from '../../sources/_components/timestamp-update';

const runStageFieldsFragment = graphql(`
  fragment RunStageFields on RunStage {
    stage
    status
    attempt
    code
    message
    artifact
    at
  }
`);

const runResultSummaryFragment = graphql(`
  fragment RunResultSummary on RunResult {
    backedUpCount
    changedCount
    unchangedCount
    failedCount
    gitStatus
    commitDate
    gitCommitStatus {
      sha
      filesChanged
      pushed
      pushError
    }
  }
`);

const runQuery = graphql(`
  query Run($id: ID!, $status: [RunDeviceStatus!]) {
    run(id: $id) {
      id
      status
      trigger
      total
      completed
      changedArtifacts
      initialArtifacts
      succeededCount
      failedCount
      notStoredCount
      storeAttempts
      createdAt
      startedAt
      finishedAt
      durationMs
      requestedBy {
        username
      }
      schedule {
        id
        name
      }
      selection
      repository {
        name
      }
      mode
      concurrency
      maxAttempts
      error
      devices(status: $status, failedFirst: true) {
        id
        deviceName
        device {
          id
        }
        status
        attempts
        startedAt
        durationMs
        errorCode
        errorMessage
        stages {
          ...RunStageFields
        }
      }
      result {
        ...RunResultSummary
      }
      ...RunTimestampUpdate
    }
  }
`);

const cancelRunMutation = graphql(`
  mutation CancelRun($id: ID!) {
    cancelRun(id: $id) {
      id
    }
  }
`);

const retryFailedMutation = graphql(`
  mutation RetryFailedDevices($runId: ID!) {
    retryFailedDevices(runId: $runId) {
      id
    }
  }
`);

const retryStoreMutation = graphql(`
  mutation RetryStore($runId: ID!) {
    retryStore(runId: $runId) {
      id
    }
  }
`);

/** Events after which the stored run differs enough to read it again. */
const refetchOn = new Set(['device-finished', 'run-finishing', 'run-store-failed', 'run-finished', 'run-cancelled', 'run-written-back']);

/** The device table's filter, kept in the address as `?devices=failed`. */
const deviceFilters = {
  all: { label: 'All, failed first', statuses: null },
  failed: { label: 'Failed', statuses: ['FAILED'] },
  succeeded: { label: 'Succeeded', statuses: ['SUCCEEDED'] },
  'not-stored': { label: 'Collected, not stored', statuses: ['COLLECTED'] },
  running: { label: 'Running', statuses: ['RUNNING'] },
  queued: { label: 'Queued', statuses: ['QUEUED'] },
  cancelled: { label: 'Cancelled', statuses: ['CANCELLED'] },
} as const satisfies Record<string, { label: string; statuses: RunDeviceStatus[] | null }>;
type DeviceFilter = keyof typeof deviceFilters;

const isDeviceFilter = (value: string | null): value is DeviceFilter => value !== null && Object.hasOwn(deviceFilters, value);

/** What a running device is doing, from the run's live events. */
interface LiveDevice {
  startedAt: string;
  stage?: string;
  code?: string;
  attempt?: number;
  maxAttempts?: number;
  retryAt?: string;
}

/** Re-renders every second while `on`, for elapsed times and countdowns. */
function useNow(on: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!on) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [on]);
  return now;
}

export function RunDetail({ id }: { id: string }) {
  const { can } = useSession();
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const deviceFilterParam = params.get('devices');
  const deviceFilter: DeviceFilter = isDeviceFilter(deviceFilterParam) ? deviceFilterParam : 'all';
  const { data, error, reload } = useQuery(runQuery, { id, status: deviceFilters[deviceFilter].statuses });
  const [cancelling, setCancelling] = useState(false);
  const [retrying, setRetrying] = useState(false);
  const [retryingFailed, setRetryingFailed] = useState(false);
  const [retryFailedError, setRetryFailedError] = useState<string | null>(null);
  const [liveDevices, setLiveDevices] = useState<Map<string, LiveDevice>>(new Map());
  const [tab, setTab] = useState<'devices' | 'changes'>('devices');
  const run = data?.run;
  const active = run ? runStatusLabels[run.status].active : false;
  const now = useNow(active);

  const scheduleReload = useCoalesced(reload, 250);
  const writingBack = run ? awaitsWriteBack(run) : false;

  const progress = useRunProgress(id, active || writingBack, (event) => {
    const payload = (event.payload ?? {}) as { runDeviceId?: unknown; stage?: string; code?: string; attempt?: number; maxAttempts?: number; retryAt?: string };
    const runDeviceId = typeof payload.runDeviceId === 'string' ? payload.runDeviceId : null;
    if (runDeviceId && (event.type === 'device-started' || event.type === 'device-stage' || event.type === 'device-finished')) {
      setLiveDevices((current) => {
        const next = new Map(current);
        if (event.type === 'device-finished') next.delete(runDeviceId);
        else if (event.type === 'device-started') next.set(runDeviceId, { startedAt: event.at });
        else {
          const { stage, code, attempt, maxAttempts, retryAt } = payload;
          next.set(runDeviceId, { startedAt: current.get(runDeviceId)?.startedAt ?? event.at, stage, code, attempt, maxAttempts, retryAt });
        }
        return next;
      });
    }
    if (refetchOn.has(event.type) || event.type === 'device-started') scheduleReload();
  });

  const setDeviceFilter = (value: DeviceFilter) => {
    const next = new URLSearchParams(params);
    if (value === 'all') next.delete('devices');
    else next.set('devices', value);
    const query = next.toString();
    // Next.js follows history.replaceState: the page re-renders at once, without asking the server.
    window.history.replaceState(null, '', query ? `${pathname}?${query}` : pathname);
  };

  const retryFailed = async () => {
    setRetryingFailed(true);
    setRetryFailedError(null);
    try {
      const { retryFailedDevices } = await request(retryFailedMutation, { runId: id });
      router.push(`/runs/${retryFailedDevices.id}`);
    } catch (e) {
      setRetryFailedError((e as Error).message);
      setRetryingFailed(false);
    }
  };

  if (error) return <ErrorState message={error.message} onRetry={reload} />;
  if (!data) return <LoadingState label="Loading run…" />;
  if (!run) return <EmptyState title="No such run">It may have been deleted with its devices.</EmptyState>;

  const total = run.total || progress.total;
  const done = active ? Math.max(run.completed, progress.current) : run.completed;
  // Kept after a store that failed for good, until a retry stores it.
  const notStored = active ? 0 : run.notStoredCount;
  const cancelled = Math.max(0, run.completed - run.succeededCount - run.failedCount - run.notStoredCount);
  const canRetryFailed = can.editDevices && !active && run.failedCount > 0;

  return (
    <>
      <PageHeader
        title={runScope({ total, selection: run.selection, schedule: run.schedule })}
        description={
          <>
            {runTriggerLabels[run.trigger]} run started <Time value={run.startedAt ?? run.createdAt} />
            {run.requestedBy && <> by {run.requestedBy.username}</>}
            {run.schedule && (
              <>
                {' '}
                by schedule{' '}
                <Link href="/schedules" className="text-sky-800 hover:underline">
                  {run.schedule.name}
                </Link>
              </>
            )}
          </>
        }
        actions={
          can.editDevices &&
          (active ? (
            // On a phone the button waits below the progress instead, away from the thumb.
            <Button variant="danger" className="max-sm:hidden" onClick={() => setCancelling(true)}>
              Cancel run
            </Button>
          ) : (
            <>
              {canRetryFailed && (
                <Button variant="primary" onClick={retryFailed} disabled={retryingFailed}>
                  {retryingFailed ? 'Starting…' : `Retry failed (${run.failedCount})`}
                </Button>
              )}
              {notStored > 0 && (
                <Button variant={canRetryFailed ? 'secondary' : 'primary'} onClick={() => setRetrying(true)}>
                  Retry store
                </Button>
              )}
            </>
          ))
        }
      />
      {retryFailedError && (
        <p role="alert" className="mb-4 rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {retryFailedError}
        </p>
      )}
      <section aria-label="Progress" className="mb-6 space-y-3 rounded-lg border border-slate-200 bg-white p-4">
        <div className="flex flex-wrap items-center gap-3">
          <span className="text-sm font-medium text-slate-700">Status</span>
          <span data-testid="run-status">
            <RunStatusBadge status={run.status} />
          </span>
          {active && (
            <span className="text-xs text-slate-500" aria-live="polite">
              {progress.connected ? 'Live' : 'Connecting…'}
            </span>
          )}
        </div>
        <RunSplitBar split={{ total, done, succeeded: run.succeededCount, failed: run.failedCount, notStored: run.notStoredCount, cancelled }} />
        {active && progress.message && <p className="text-sm text-slate-600">{progress.message}</p>}
        <dl className="grid grid-cols-2 gap-x-6 gap-y-2 text-sm sm:grid-cols-4">
          <Fact label="Succeeded">{run.succeededCount}</Fact>
          <Fact label="Failed">{run.failedCount}</Fact>
          {run.notStoredCount > 0 && <Fact label={active ? 'Collected, storing' : 'Collected, not stored'}>{run.notStoredCount}</Fact>}
          {run.storeAttempts > 0 && <Fact label="Failed store attempts">{run.storeAttempts}</Fact>}
          <Fact label="Duration">{formatDuration(run.durationMs)}</Fact>
          <Fact label="Mode">
            {runModeLabels[run.mode]}
            {run.mode === 'PARALLEL' && ` (up to ${run.concurrency})`}
          </Fact>
          <Fact label="Repository">{run.repository?.name ?? '—'}</Fact>
          <Fact label="Attempts per device">{run.maxAttempts}</Fact>
          <Fact label="Finished">
            <Time value={run.finishedAt} wrap />
          </Fact>
        </dl>
        {run.error && (
          <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
            {run.error}
          </p>
        )}
        {can.editDevices && active && (
          <div className="sm:hidden">
            <Button variant="ghostDanger" className="border border-red-300" onClick={() => setCancelling(true)}>
              Cancel run
            </Button>
          </div>
        )}
        {notStored > 0 && (
          <p className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
            {notStored === 1 ? '1 device was' : `${notStored} devices were`} collected but not stored, so not backed up. What was collected is kept:
            once the repository can be written again, retry the store.
          </p>
        )}
      </section>

      {run.result && <ResultSummary result={run.result} changed={run.changedArtifacts} initial={run.initialArtifacts} />}
      <TimestampUpdateSummary run={run} />

      <div role="tablist" aria-label="Run details" className="mb-3 flex gap-1 border-b border-slate-200">
        {(['devices', 'changes'] as const).map((name) => (
          <button
            key={name}
            type="button"
            role="tab"
            aria-selected={tab === name}
            className={`-mb-px border-b-2 px-3 py-2 text-sm font-medium ${tab === name ? 'border-sky-700 text-sky-800' : 'border-transparent text-slate-600 hover:text-slate-900'}`}
            onClick={() => setTab(name)}
          >
            {name === 'devices' ? `Devices (${run.total})` : `Changes (${run.changedArtifacts})`}
          </button>
        ))}
      </div>
      {tab === 'changes' ? (
        <div role="tabpanel" aria-label="Changes">
          <RunChanges runId={run.id} />
        </div>
      ) : (
        <div role="tabpanel" aria-label="Devices">
          <div className="mb-3 flex flex-wrap items-end gap-3">
            <div>
              <label htmlFor="run-device-filter" className="mb-1 block text-sm font-medium text-slate-800">
                Show
              </label>
              <select id="run-device-filter" className={`${controlClass} w-auto`} value={deviceFilter} onChange={(e) => setDeviceFilter(e.target.value as DeviceFilter)}>
                {Object.entries(deviceFilters).map(([value, { label }]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </select>
            </div>
            {run.total > 500 && <p className="text-xs text-slate-500">The first 500 devices of this view are listed.</p>}
          </div>
          {run.devices.length === 0 ? (
            <EmptyState title={deviceFilter === 'all' ? 'No devices in this run' : `No ${deviceFilters[deviceFilter].label.toLowerCase()} device`} />
          ) : (
            <TableFrame
              head={
                <>
                  <th scope="col" className={headerCell}>Device</th>
                  <th scope="col" className={headerCell}>Status</th>
                  <th scope="col" className={headerCell}>Stages</th>
                  <th scope="col" className={headerCell}>Attempts</th>
                  <th scope="col" className={headerCell}>Duration</th>
                  <th scope="col" className={headerCell}>Error</th>
                </>
              }
            >
              {run.devices.map((row) => (
                <tr key={row.id} data-testid="run-device-row">
                  <th scope="row" className={`${cell} text-left font-medium whitespace-nowrap`}>
                    {row.device ? (
                      <Link href={`/devices/${row.device.id}`} className="text-sky-800 hover:underline">
                        {row.deviceName}
                      </Link>
                    ) : (
                      row.deviceName
                    )}
                  </th>
                  <td className={cell}>
                    <div className="flex flex-wrap gap-1">
                      <RunDeviceStatusBadge status={row.status} />
                      <StageWarningsBadge stages={row.stages} />
                    </div>
                  </td>
                  <td className={cell}>
                    {row.status === 'RUNNING' ? <LiveStage live={liveDevices.get(row.id)} maxAttempts={run.maxAttempts} now={now} /> : <StageList stages={row.stages} />}
                  </td>
                  <td className={`${cell} tabular-nums`}>{row.attempts}</td>
                  <td className={`${cell} whitespace-nowrap tabular-nums`}>
                    {row.status === 'RUNNING' && row.startedAt ? (
                      <span data-testid="elapsed">{formatDuration(Math.max(0, now - Date.parse(liveDevices.get(row.id)?.startedAt ?? row.startedAt)))}</span>
                    ) : (
                      formatDuration(row.durationMs)
                    )}
                  </td>
                  <td className={`${cell} min-w-48 text-xs`}>
                    {row.errorCode && <span className="font-mono font-semibold text-red-800">{row.errorCode}</span>} {row.errorMessage}
                  </td>
                </tr>
              ))}
            </TableFrame>
          )}
        </div>
      )}
      <ConfirmDialog
        open={cancelling}
        title="Cancel run"
        message="Waiting devices are dropped and running ones aborted. What was already collected is still stored."
        confirmLabel="Cancel run"
        pendingLabel="Cancelling…"
        onConfirm={async () => {
          await request(cancelRunMutation, { id: run.id });
          reload();
        }}
        onClose={() => setCancelling(false)}
      />
      <ConfirmDialog
        open={retrying}
        title="Retry store"
        message="Stores what this run collected into its repository again. When it succeeds, the devices count as backed up."
        confirmLabel="Retry store"
        pendingLabel="Retrying…"
        danger={false}
        onConfirm={async () => {
          await request(retryStoreMutation, { runId: run.id });
          reload();
        }}
        onClose={() => setRetrying(false)}
      />
    </>
  );
}

/** A running device's stage as the live events tell it: backing up, or which stage failed and when the next attempt starts. */
function LiveStage({ live, maxAttempts, now }: { live: LiveDevice | undefined; maxAttempts: number; now: number }) {
  if (live?.retryAt) {
    const wait = Math.ceil((Date.parse(live.retryAt) - now) / 1000);
    return (
      <span className="text-xs text-amber-900" data-testid="live-stage">
        {live.stage} failed{live.code ? ` (${live.code})` : ''} · attempt {live.attempt}/{live.maxAttempts ?? maxAttempts} {wait > 0 ? `in ${wait} s` : 'under way'}
      </span>
    );
  }
  return (
    <span className="text-xs text-sky-800" data-testid="live-stage">
      Connecting and collecting…
    </span>
  );
}

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <dt className="text-xs text-slate-500">{label}</dt>
      <dd className="font-medium text-slate-900 tabular-nums">{children}</dd>
    </div>
  );
}

const stageTones: Record<string, string> = {
  succeeded: 'bg-emerald-50 text-emerald-800 ring-emerald-300',
  ok: 'bg-emerald-50 text-emerald-800 ring-emerald-300',
  warning: 'bg-amber-50 text-amber-900 ring-amber-300',
  failed: 'bg-red-50 text-red-800 ring-red-300',
  running: 'bg-sky-50 text-sky-800 ring-sky-300',
  started: 'bg-sky-50 text-sky-800 ring-sky-300',
};

type StageRefs = FragmentType<typeof runStageFieldsFragment>[];

/** Each stage's latest state, in order, keyed by stage and artifact: a retried stage shows once. */
function latestStages(stageRefs: StageRefs): Map<string, RunStageFieldsFragment> {
  const stages = getFragmentData(runStageFieldsFragment, stageRefs);
  const latest = new Map<string, RunStageFieldsFragment>();
  for (const stage of stages) latest.set(stage.artifact ? `${stage.stage}:${stage.artifact}` : stage.stage, stage);
  return latest;
}

function warningsOf(stages: StageRefs): RunStageFieldsFragment[] {
  return [...latestStages(stages).values()].filter((stage) => stage.status === 'warning');
}

/** "1 warning" when a device's backup succeeded (or partly failed) with something to look at. */
export function StageWarningsBadge({ stages }: { stages: StageRefs }) {
  const count = warningsOf(stages).length;
  if (count === 0) return null;
  return (
    <span className="whitespace-nowrap">
      <Badge tone="warn">{count === 1 ? '1 warning' : `${count} warnings`}</Badge>
    </span>
  );
}

/**
 * The stages in order; a stage reported several times (retries) shows its latest state. A warning
 * (an absent startup-config, unsaved changes) also shows its message: it must be readable without
 * hovering, and the device's status alone does not tell.
 */
export function StageList({ stages }: { stages: StageRefs }) {
  if (stages.length === 0) return <span className="text-slate-400">—</span>;
  const latest = latestStages(stages);
  const warnings = [...latest.entries()].filter(([, stage]) => stage.status === 'warning');
  return (
    <div className="space-y-1">
      <ol className="flex flex-wrap gap-1">
        {[...latest.entries()].map(([key, stage]) => (
          <li
            key={key}
            title={[stage.status, stage.code, stage.message, stage.attempt ? `attempt ${stage.attempt}` : null].filter(Boolean).join(' · ')}
            className={`rounded px-1.5 py-0.5 text-xs ring-1 ring-inset ${stageTones[stage.status] ?? 'bg-slate-100 text-slate-700 ring-slate-300'}`}
          >
            {stage.artifact ? `${stage.stage} ${stage.artifact}` : stage.stage}
            <span className="sr-only">: {stage.status}</span>
          </li>
        ))}
      </ol>
      {warnings.length > 0 && (
        <ul aria-label="Warnings" className="space-y-0.5 text-xs text-amber-900">
          {warnings.map(([key, stage]) => (
            <li key={key} className="min-w-48">
              {stage.message ?? stage.code}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function ResultSummary({ result: resultRef, changed, initial }: { result: FragmentType<typeof runResultSummaryFragment>; changed: number; initial: number }) {
  const result = getFragmentData(runResultSummaryFragment, resultRef);
  const commit = result.gitCommitStatus;
  return (
    <section aria-labelledby="run-result-title" className="mb-6 space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="run-result-title" className="text-base font-semibold text-slate-900">
        Result
      </h2>
      <dl className="grid grid-cols-2 gap-x-6 gap-y-2 text-sm sm:grid-cols-4" aria-label="Devices">
        <Fact label="Devices backed up">{result.backedUpCount}</Fact>
        <Fact label="Devices failed">{result.failedCount}</Fact>
        <div className="col-span-2">
          <Fact label="Storage">{result.gitStatus}</Fact>
        </div>
      </dl>
      <dl className="grid grid-cols-2 gap-x-6 gap-y-2 text-sm sm:grid-cols-4" aria-label="Artifacts">
        <Fact label="Artifacts changed">{changed}</Fact>
        <Fact label="Artifacts stored for the first time">{initial}</Fact>
        <Fact label="Artifacts unchanged">{result.unchangedCount}</Fact>
      </dl>
      {commit && (
        <dl className="grid grid-cols-2 gap-x-6 gap-y-2 text-sm sm:grid-cols-4">
          <Fact label="Commit">
            {commit.sha ? (
              <span className="inline-flex items-center gap-1">
                <span className="font-mono text-xs" title={commit.sha} data-testid="commit-sha">
                  {commit.sha.slice(0, 12)}
                </span>
                <CopyButton text={commit.sha} label="Copy commit id" />
              </span>
            ) : (
              <span className="font-mono text-xs">none</span>
            )}
          </Fact>
          <Fact label="Files changed">{commit.filesChanged}</Fact>
          <Fact label="Pushed">{commit.pushed === null ? 'No remote' : commit.pushed ? 'Yes' : 'No'}</Fact>
          <Fact label="Committed">
            <Time value={result.commitDate} wrap />
          </Fact>
        </dl>
      )}
      {commit?.pushError && (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          Push failed: {commit.pushError}
        </p>
      )}
    </section>
  );
}
