'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState, type ReactNode } from 'react';
import { Badge } from '../../../_components/badge';
import { Button, LinkButton, buttonClass } from '../../../_components/button';
import { ConfirmDialog } from '../../../_components/confirm-dialog';
import { FormError } from '../../../_components/form-parts';
import { PageHeader } from '../../../_components/page-header';
import { Pagination } from '../../../_components/pagination';
import { EmptyState, ErrorState, LoadingState } from '../../../_components/states';
import { TableFrame, cell, headerCell } from '../../../_components/table';
import { Time } from '../../../_components/time';
import { graphql } from '../../../_gql';
import { formatBytes, formatDuration } from '../../../_lib/format';
import { request } from '../../../_lib/graphql';
import { useQuery } from '../../../_lib/use-query';
import { ChangeBadge } from '../../_components/change-parts';
import { useSession } from '../../_components/session';
import { DeviceStatusBadge, RunDeviceStatusBadge, RunStatusBadge, SavedStateBadge } from '../../_components/status-badges';
import { useCursorPages } from '../../_components/use-cursor-pages';
import { StageList, StageWarningsBadge } from '../../runs/_components/run-detail';
import { SourceBadge } from '../../sources/_components/source-badge';
import { EffectiveRepositoryName } from './effective-repository';
import { RetireDeviceButton } from './retire-device';
import { TestConnectionButton } from './test-connection';
import { DeviceHistory } from './version-history';

const deviceQuery = graphql(`
  query DeviceDetail($id: ID!) {
    device(id: $id) {
      id
      name
      host
      port
      backupMethod
      backupMethodInfo {
        friendlyName
        transport
      }
      location
      tags
      enabled
      lastBackupAt
      lastSuccessAt
      lastStatus
      lastErrorCode
      lastErrorMessage
      retiredAt
      lastChangedAt
      savedState
      prompt
      hostKeyFingerprint
      pendingHostKeyFingerprint
      repository {
        id
        name
      }
      effectiveRepository {
        isDefault
        repository {
          id
          name
        }
      }
      model
      variables {
        name
        value
      }
      credentialSets {
        name
        scoped
      }
      source {
        id
        name
        kind
      }
    }
  }
`);

const backupDeviceMutation = graphql(`
  mutation BackupDevice($input: StartRunInput!) {
    startRun(input: $input) {
      id
    }
  }
`);

const acceptHostKeyMutation = graphql(`
  mutation AcceptHostKey($id: ID!) {
    acceptHostKey(deviceId: $id) {
      id
    }
  }
`);

export function DeviceDetail({ id }: { id: string }) {
  const router = useRouter();
  const { can } = useSession();
  const { data, error, reload } = useQuery(deviceQuery, { id });
  const [actionError, setActionError] = useState<string | null>(null);
  const [starting, setStarting] = useState(false);
  const [accepting, setAccepting] = useState(false);

  if (error) return <ErrorState message={error.message} onRetry={reload} />;
  if (!data) return <LoadingState label="Loading device…" />;
  const device = data.device;
  if (!device) return <EmptyState title="No such device">It may have been deleted.</EmptyState>;
  // A changed key may be a server that took the device's address: for a scoped set, only an admin may trust it.
  const scopedSet = device.credentialSets.find((s) => s.scoped);
  const mayAcceptHostKey = can.administer || (can.editDevices && !scopedSet);
  // An HTTPS API device is pinned by its TLS certificate where an SSH device is by its host key.
  const hostKeyWord = device.backupMethodInfo?.transport === 'https' ? 'certificate' : 'host key';

  const backUpNow = async () => {
    setStarting(true);
    setActionError(null);
    try {
      // A run stores into one repository; the device's own, so several repositories need no choice.
      const { startRun } = await request(backupDeviceMutation, {
        input: { deviceIds: [id], mode: 'SEQUENTIAL', ...(device.repository ? { repositoryId: device.repository.id } : {}) },
      });
      router.push(`/runs/${startRun.id}`);
    } catch (err) {
      setActionError(err instanceof Error ? err.message : String(err));
      setStarting(false);
    }
  };

  return (
    <>
      <PageHeader
        title={device.name}
        description={
          <>
            <span className="font-mono">
              {device.host}:{device.port}
            </span>{' '}
            · {device.backupMethodInfo?.friendlyName ?? device.backupMethod}
            {device.location && <> · {device.location}</>}
          </>
        }
        actions={
          can.editDevices && (
            <>
              <Button variant="primary" onClick={backUpNow} disabled={starting}>
                {starting ? 'Starting…' : 'Back up now'}
              </Button>
              <TestConnectionButton deviceId={device.id} onTested={reload} />
              <LinkButton href={`/devices/${device.id}/edit`}>Edit</LinkButton>
              {can.administer && <RetireDeviceButton device={device} onChanged={reload} />}
            </>
          )
        }
      />
      <div className="mb-4">
        <FormError message={actionError} />
      </div>
      <section aria-label="Status" className="mb-6 grid gap-4 rounded-lg border border-slate-200 bg-white p-4 md:grid-cols-2">
        <dl className="grid grid-cols-2 gap-x-6 gap-y-3 text-sm">
          <Fact label="Last status">
            <DeviceStatusBadge status={device.lastStatus} />
            {!device.enabled && (
              <span className="ml-1.5">
                <Badge tone="muted">Disabled</Badge>
              </span>
            )}
            {device.retiredAt && (
              <span className="ml-1.5">
                <Badge tone="warn">Retired</Badge>
              </span>
            )}
            {device.source && (
              <span className="ml-1.5">
                <SourceBadge source={device.source} />
              </span>
            )}
          </Fact>
          <Fact label="Last backup">
            <Time value={device.lastBackupAt} wrap empty="Never" />
          </Fact>
          <Fact label="Last success">
            <Time value={device.lastSuccessAt} wrap empty="Never" />
          </Fact>
          <Fact label="Last change">
            <Time value={device.lastChangedAt} wrap empty="Never" />
          </Fact>
          <Fact label="Repository">
            <EffectiveRepositoryName effective={device.effectiveRepository} />
          </Fact>
          <Fact label="Model">{device.model ?? '—'}</Fact>
          <Fact label="Tags">{device.tags.length > 0 ? <span data-testid="device-detail-tags">{device.tags.join(', ')}</span> : '—'}</Fact>
          {device.variables.length > 0 && (
            <Fact label="Variables">
              <ul className="font-mono text-xs" aria-label="Variables">
                {device.variables.map((variable) => (
                  <li key={variable.name} className="break-all">
                    {variable.name}={variable.value}
                  </li>
                ))}
              </ul>
            </Fact>
          )}
          <Fact label="Credential sets">{device.credentialSets.map((s) => s.name).join(', ') || '—'}</Fact>
          {device.savedState && (
            <Fact label="Running configuration">
              <SavedStateBadge state={device.savedState} />
            </Fact>
          )}
          {device.prompt && (
            <Fact label="Prompt">
              <code className="font-mono text-xs break-all">{device.prompt}</code>
            </Fact>
          )}
        </dl>
        <div className="space-y-3 text-sm">
          {device.lastErrorCode && (
            <div role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-red-800">
              <p className="font-mono text-xs font-semibold">{device.lastErrorCode}</p>
              <p className="wrap-anywhere">{device.lastErrorMessage}</p>
            </div>
          )}
          <div>
            <p className="text-xs text-slate-500">{hostKeyWord === 'certificate' ? 'Certificate fingerprint' : 'Host key fingerprint'}</p>
            <p className="font-mono text-xs break-all">{device.hostKeyFingerprint ?? 'Not known yet: trusted on first connection.'}</p>
          </div>
          {device.pendingHostKeyFingerprint && (
            <div className="space-y-2 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-amber-900">
              <p>The device presented a different {hostKeyWord}. Accept it only if you know why it changed.</p>
              <p className="font-mono text-xs break-all">{device.pendingHostKeyFingerprint}</p>
              {mayAcceptHostKey && (
                <Button variant="danger" onClick={() => setAccepting(true)}>
                  Accept new {hostKeyWord}
                </Button>
              )}
              {!mayAcceptHostKey && can.editDevices && scopedSet && (
                <p>The device uses the scoped credential set {scopedSet.name}: an admin must confirm the new {hostKeyWord}.</p>
              )}
            </div>
          )}
        </div>
      </section>
      <DeviceHistory deviceId={device.id} allCollections={<BackupHistory deviceId={device.id} />} />
      <DeviceRuns deviceId={device.id} />
      <ConfirmDialog
        open={accepting}
        title={`Accept new ${hostKeyWord}`}
        message={`Trust ${device.pendingHostKeyFingerprint ?? ''} for ${device.name} from now on?`}
        confirmLabel="Accept"
        onConfirm={async () => {
          await request(acceptHostKeyMutation, { id: device.id });
          reload();
        }}
        onClose={() => setAccepting(false)}
      />
    </>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt className="text-xs text-slate-500">{label}</dt>
      <dd className="mt-0.5 text-slate-900">{children}</dd>
    </div>
  );
}

const backupsQuery = graphql(`
  query DeviceBackups($id: ID!, $first: Int!, $after: String) {
    device(id: $id) {
      id
      backups(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          id
          artifact
          type
          size
          changed
          initial
          createdAt
          sha256
          downloadUrl
          run {
            id
          }
        }
      }
    }
  }
`);

const backupPageSize = 20;

function BackupHistory({ deviceId }: { deviceId: string }) {
  const router = useRouter();
  const pages = useCursorPages(deviceId);
  const { data, error, loading, reload } = useQuery(backupsQuery, {
    id: deviceId,
    first: backupPageSize,
    after: pages.after,
  });
  const [chosen, setChosen] = useState<string[]>([]);
  const backups = data?.device?.backups;

  const choose = (id: string, on: boolean) => setChosen((current) => (on ? [...current.filter((c) => c !== id), id].slice(-2) : current.filter((c) => c !== id)));
  const compareUrl = (from: string, to: string) => `/devices/${deviceId}/compare?from=${from}&to=${to}`;
  const previousOf = (index: number) => backups?.nodes.slice(index + 1).find((b) => b.artifact === backups.nodes[index].artifact);

  return (
    <section aria-labelledby="history-title" className="mb-6">
      <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
        <h2 id="history-title" className="text-base font-semibold text-slate-900">
          Backup history
        </h2>
        <Button onClick={() => router.push(compareUrl(chosen[0], chosen[1]))} disabled={chosen.length !== 2}>
          Compare selected{chosen.length ? ` (${chosen.length}/2)` : ''}
        </Button>
      </div>
      {error && <ErrorState message={error.message} onRetry={reload} />}
      {!error && !backups && <LoadingState label="Loading backups…" />}
      {!error && backups?.totalCount === 0 && <EmptyState title="No backups yet">Back up the device to see its versions here.</EmptyState>}
      {!error && backups && backups.totalCount > 0 && (
        <div aria-busy={loading}>
          <TableFrame
            head={
              <>
                <th scope="col" className={headerCell}>
                  <span className="sr-only">Choose to compare</span>
                </th>
                <th scope="col" className={headerCell}>Date</th>
                <th scope="col" className={headerCell}>Artifact</th>
                <th scope="col" className={headerCell}>Type</th>
                <th scope="col" className={`${headerCell} text-right`}>Size</th>
                <th scope="col" className={headerCell}>Changed</th>
                <th scope="col" className={headerCell}>Run</th>
                <th scope="col" className={headerCell}>
                  <span className="sr-only">Actions</span>
                </th>
              </>
            }
          >
            {backups.nodes.map((backup, index) => {
              const text = backup.type === 'TEXT';
              const previous = text ? previousOf(index) : undefined;
              return (
                <tr key={backup.id} className="hover:bg-slate-50">
                  <td className={cell}>
                    <input
                      type="checkbox"
                      className="size-4 accent-sky-700"
                      aria-label={`Choose ${backup.artifact} of ${backup.createdAt} to compare`}
                      title={text ? 'Choose two text versions to compare' : 'Binary artifacts cannot be compared'}
                      disabled={!text}
                      checked={chosen.includes(backup.id)}
                      onChange={(e) => choose(backup.id, e.target.checked)}
                    />
                  </td>
                  <th scope="row" className={`${cell} text-left text-xs font-normal`}>
                    <Time value={backup.createdAt} />
                  </th>
                  <td className={`${cell} font-mono text-xs`}>{backup.artifact}</td>
                  <td className={cell}>{text ? <Badge>Text</Badge> : <Badge tone="info">Binary</Badge>}</td>
                  <td className={`${cell} text-right whitespace-nowrap tabular-nums`} title={`${backup.size} bytes · sha256 ${backup.sha256}`}>
                    {formatBytes(backup.size)}
                  </td>
                  <td className={cell}>{backup.changed ? <ChangeBadge change={backup.initial ? 'INITIAL' : 'CHANGED'} /> : <span className="text-slate-500">No</span>}</td>
                  <td className={cell}>
                    {backup.run ? (
                      <Link href={`/runs/${backup.run.id}`} className="text-sky-800 hover:underline">
                        Run
                      </Link>
                    ) : (
                      '—'
                    )}
                  </td>
                  <td className={`${cell} text-right whitespace-nowrap`}>
                    {text && (
                      <Link href={`/devices/${deviceId}/backups/${backup.id}`} className={buttonClass('ghost')} aria-label={`View ${backup.artifact} of ${backup.createdAt}`}>
                        View
                      </Link>
                    )}
                    <a href={backup.downloadUrl} download className={buttonClass('ghost')} aria-label={`Download ${backup.artifact} of ${backup.createdAt}`}>
                      Download
                    </a>
                    {text &&
                      (previous ? (
                        <Link href={compareUrl(previous.id, backup.id)} className={buttonClass('ghost')} aria-label={`Compare ${backup.artifact} of ${backup.createdAt} with the version before`}>
                          Compare
                        </Link>
                      ) : (
                        <span className={buttonClass('ghost', 'cursor-default text-slate-400 hover:bg-transparent')} title="No earlier version on this page">
                          Compare
                        </span>
                      ))}
                  </td>
                </tr>
              );
            })}
          </TableFrame>
          <Pagination
            page={pages.page}
            pageSize={backupPageSize}
            shown={backups.nodes.length}
            totalCount={backups.totalCount}
            hasNextPage={backups.pageInfo.hasNextPage}
            onPrevious={pages.previous}
            onNext={() => pages.next(backups.pageInfo.endCursor)}
          />
        </div>
      )}
    </section>
  );
}

const deviceRunsQuery = graphql(`
  query DeviceRuns($deviceId: ID!) {
    runs(first: 10, filter: { deviceId: $deviceId }) {
      totalCount
      nodes {
        id
        status
        createdAt
        startedAt
        devices(deviceIds: [$deviceId]) {
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
      }
    }
  }
`);

function DeviceRuns({ deviceId }: { deviceId: string }) {
  const { data, error, reload } = useQuery(deviceRunsQuery, { deviceId });
  const runs = data?.runs.nodes;
  return (
    <section aria-labelledby="device-runs-title">
      <h2 id="device-runs-title" className="mb-2 text-base font-semibold text-slate-900">
        Runs
      </h2>
      {error && <ErrorState message={error.message} onRetry={reload} />}
      {!error && !runs && <LoadingState label="Loading runs…" />}
      {runs?.length === 0 && <EmptyState title="No runs yet" />}
      {runs && runs.length > 0 && (
        <TableFrame
          head={
            <>
              <th scope="col" className={headerCell}>Started</th>
              <th scope="col" className={headerCell}>Run</th>
              <th scope="col" className={headerCell}>This device</th>
              <th scope="col" className={headerCell}>Stages</th>
              <th scope="col" className={headerCell}>Attempts</th>
              <th scope="col" className={headerCell}>Duration</th>
              <th scope="col" className={headerCell}>Error</th>
            </>
          }
        >
          {runs.map((run) => {
            const mine = run.devices.find((d) => d.device?.id === deviceId);
            return (
              <tr key={run.id}>
                <th scope="row" className={`${cell} text-left text-xs font-normal`}>
                  <Link href={`/runs/${run.id}`} className="text-sky-800 hover:underline">
                    <Time value={run.startedAt ?? run.createdAt} />
                  </Link>
                </th>
                <td className={cell}>
                  <RunStatusBadge status={run.status} />
                </td>
                <td className={cell}>
                  {mine ? (
                    <div className="flex flex-wrap gap-1">
                      <RunDeviceStatusBadge status={mine.status} />
                      <StageWarningsBadge stages={mine.stages} />
                    </div>
                  ) : (
                    '—'
                  )}
                </td>
                <td className={cell}>{mine ? <StageList stages={mine.stages} /> : '—'}</td>
                <td className={`${cell} tabular-nums`}>{mine?.attempts ?? '—'}</td>
                <td className={`${cell} whitespace-nowrap tabular-nums`}>{formatDuration(mine?.durationMs)}</td>
                <td className={`${cell} min-w-40 text-xs`}>
                  {mine?.errorCode && <span className="font-mono font-semibold text-red-800">{mine.errorCode}</span>} {mine?.errorMessage}
                </td>
              </tr>
            );
          })}
        </TableFrame>
      )}
    </section>
  );
}
