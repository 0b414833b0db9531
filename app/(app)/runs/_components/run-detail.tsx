'use client';

import Link from 'next/link';
import { useState } from 'react';
import { Badge } from '../../../_components/badge';
import { Button } from '../../../_components/button';
import { ConfirmDialog } from '../../../_components/confirm-dialog';
import { PageHeader } from '../../../_components/page-header';
import { ProgressBar } from '../../../_components/progress-bar';
import { EmptyState, ErrorState, LoadingState } from '../../../_components/states';
import { TableFrame, cell, headerCell } from '../../../_components/table';
import { Time } from '../../../_components/time';
import { getFragmentData, graphql, type FragmentType } from '../../../_gql';
import type { RunStageFieldsFragment } from '../../../_gql/graphql';
import { formatDuration } from '../../../_lib/format';
import { request } from '../../../_lib/graphql';
import { runModeLabels, runStatusLabels, runTriggerLabels } from '../../../_lib/types';
import { useCoalesced } from '../../../_lib/use-coalesced';
import { useQuery } from '../../../_lib/use-query';
import { useSession } from '../../_components/session';
import { RunDeviceStatusBadge, RunStatusBadge } from '../../_components/status-badges';
import { useRunProgress } from '../../_components/use-run-progress';

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
  query Run($id: ID!) {
    run(id: $id) {
      id
      status
      trigger
      total
      completed
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
      repository {
        name
      }
      mode
      concurrency
      maxAttempts
      error
      devices {
        id
        deviceName
        device {
          id
        }
        status
        attempts
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

const retryStoreMutation = graphql(`
  mutation RetryStore($runId: ID!) {
    retryStore(runId: $runId) {
      id
    }
  }
`);

/** Events after which the stored run differs enough to read it again. */
const refetchOn = new Set(['device-finished', 'run-finishing', 'run-store-failed', 'run-finished', 'run-cancelled']);

export function RunDetail({ id }: { id: string }) {
  const { can } = useSession();
  const { data, error, reload } = useQuery(runQuery, { id });
  const [cancelling, setCancelling] = useState(false);
  const [retrying, setRetrying] = useState(false);
  const run = data?.run;
  const active = run ? runStatusLabels[run.status].active : false;

  const scheduleReload = useCoalesced(reload, 250);

  const progress = useRunProgress(id, active, (event) => {
    if (refetchOn.has(event.type)) scheduleReload();
  });

  if (error) return <ErrorState message={error.message} onRetry={reload} />;
  if (!data) return <LoadingState label="Loading run…" />;
  if (!run) return <EmptyState title="No such run">It may have been deleted with its devices.</EmptyState>;

  const total = run.total || progress.total;
  const done = active ? Math.max(run.completed, progress.current) : run.completed;
  // Kept after a store that failed for good, until a retry stores it.
  const notStored = active ? 0 : run.notStoredCount;

  return (
    <>
      <PageHeader
        title="Run"
        description={
          <>
            {runTriggerLabels[run.trigger]} run started <Time value={run.startedAt ?? run.createdAt} />
            {run.requestedBy && <> by {run.requestedBy.username}</>}
          </>
        }
        actions={
          can.editDevices &&
          (active ? (
            <Button variant="danger" onClick={() => setCancelling(true)}>
              Cancel run
            </Button>
          ) : (
            notStored > 0 && (
              <Button variant="primary" onClick={() => setRetrying(true)}>
                Retry store
              </Button>
            )
          ))
        }
      />
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
        <ProgressBar value={done} total={total} label="Run progress" />
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
        {notStored > 0 && (
          <p className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
            {notStored === 1 ? '1 device was' : `${notStored} devices were`} collected but not stored, so not backed up. What was collected is kept:
            once the repository can be written again, retry the store.
          </p>
        )}
      </section>

      {run.result && <ResultSummary result={run.result} />}

      <h2 className="mb-2 text-base font-semibold text-slate-900">Devices</h2>
      {run.devices.length === 0 ? (
        <EmptyState title="No devices in this run" />
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
            <tr key={row.id}>
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
                <StageList stages={row.stages} />
              </td>
              <td className={`${cell} tabular-nums`}>{row.attempts}</td>
              <td className={`${cell} whitespace-nowrap tabular-nums`}>{formatDuration(row.durationMs)}</td>
              <td className={`${cell} min-w-48 text-xs`}>
                {row.errorCode && <span className="font-mono font-semibold text-red-800">{row.errorCode}</span>} {row.errorMessage}
              </td>
            </tr>
          ))}
        </TableFrame>
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

function ResultSummary({ result: resultRef }: { result: FragmentType<typeof runResultSummaryFragment> }) {
  const result = getFragmentData(runResultSummaryFragment, resultRef);
  const commit = result.gitCommitStatus;
  return (
    <section aria-labelledby="run-result-title" className="mb-6 space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="run-result-title" className="text-base font-semibold text-slate-900">
        Result
      </h2>
      <dl className="grid grid-cols-2 gap-x-6 gap-y-2 text-sm sm:grid-cols-5">
        <Fact label="Backed up">{result.backedUpCount}</Fact>
        <Fact label="Changed">{result.changedCount}</Fact>
        <Fact label="Unchanged">{result.unchangedCount}</Fact>
        <Fact label="Failed">{result.failedCount}</Fact>
        <Fact label="Storage">{result.gitStatus}</Fact>
      </dl>
      {commit && (
        <dl className="grid grid-cols-2 gap-x-6 gap-y-2 text-sm sm:grid-cols-4">
          <Fact label="Commit">
            <span className="font-mono text-xs break-all">{commit.sha ? commit.sha.slice(0, 12) : 'none'}</span>
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
