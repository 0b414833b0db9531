'use client';

import { Badge, type Tone } from '../../../_components/badge';
import { TableFrame, cell, headerCell } from '../../../_components/table';
import { Time } from '../../../_components/time';
import { getFragmentData, graphql, type FragmentType } from '../../../_gql';
import type { InventorySyncStatus } from '../../../_gql/graphql';

export const syncResultFragment = graphql(`
  fragment SyncResultFields on InventorySync {
    id
    dryRun
    status
    readCount
    errorCode
    error
    createdAt
    finishedAt
    durationMs
    counts {
      create
      update
      unchanged
      disable
      delete
      keep
      conflicts
    }
    created {
      name
      host
      backupMethod
      location
    }
    updated {
      name
      changes {
        field
        from
        to
      }
    }
    orphans {
      name
      action
    }
    conflicts {
      sourceDeviceId
      name
      code
      message
    }
  }
`);

export const syncStatusLabels: Record<InventorySyncStatus, { label: string; tone: Tone; active: boolean }> = {
  QUEUED: { label: 'Queued', tone: 'neutral', active: true },
  RUNNING: { label: 'Reading', tone: 'info', active: true },
  SUCCEEDED: { label: 'Done', tone: 'good', active: false },
  FAILED: { label: 'Failed', tone: 'bad', active: false },
};

const countLabels = [
  ['create', 'To create', 'Created'],
  ['update', 'To update', 'Updated'],
  ['unchanged', 'Unchanged', 'Unchanged'],
  ['disable', 'To disable', 'Disabled'],
  ['delete', 'To delete', 'Deleted'],
  ['keep', 'Orphans kept', 'Orphans kept'],
  ['conflicts', 'Conflicts', 'Conflicts'],
] as const;

/** What a preview would do or a sync did: exact counts, then the first 500 of each list. */
export function SyncResult({ sync: ref }: { sync: FragmentType<typeof syncResultFragment> }) {
  const sync = getFragmentData(syncResultFragment, ref);
  const status = syncStatusLabels[sync.status];
  return (
    <section aria-label={sync.dryRun ? 'Preview' : 'Sync result'} className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <h2 className="font-semibold text-slate-900">{sync.dryRun ? 'Preview (nothing changed)' : 'Sync'}</h2>
        <Badge tone={status.tone}>{status.label}</Badge>
        <span className="text-slate-600">
          {sync.readCount} device{sync.readCount === 1 ? '' : 's'} read · <Time value={sync.finishedAt ?? sync.createdAt} />
          {sync.durationMs !== null && ` · ${(sync.durationMs / 1000).toFixed(1)} s`}
        </span>
      </div>
      {sync.status === 'FAILED' && (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          <span className="font-mono">{sync.errorCode}</span>: {sync.error} Nothing was applied.
        </p>
      )}
      {sync.counts && (
        <dl className="grid grid-cols-2 gap-2 sm:grid-cols-4 lg:grid-cols-7" data-testid="sync-counts">
          {countLabels.map(([key, previewLabel, doneLabel]) => (
            <div key={key} className="rounded-md border border-slate-200 px-3 py-2">
              <dt className="text-xs text-slate-500">{sync.dryRun ? previewLabel : doneLabel}</dt>
              <dd className="text-lg font-semibold text-slate-900" data-testid={`count-${key}`}>
                {sync.counts![key]}
              </dd>
            </div>
          ))}
        </dl>
      )}
      {sync.created.length > 0 && (
        <SyncList title={sync.dryRun ? 'To create' : 'Created'} columns={['Name', 'Host', 'Backup method', 'Location']}>
          {sync.created.map((device) => (
            <tr key={device.name}>
              <td className={cell}>{device.name}</td>
              <td className={`${cell} font-mono text-xs`}>{device.host}</td>
              <td className={cell}>{device.backupMethod}</td>
              <td className={cell}>{device.location}</td>
            </tr>
          ))}
        </SyncList>
      )}
      {sync.updated.length > 0 && (
        <SyncList title={sync.dryRun ? 'To update' : 'Updated'} columns={['Name', 'Changes']}>
          {sync.updated.map((device) => (
            <tr key={device.name}>
              <td className={cell}>{device.name}</td>
              <td className={cell}>
                <ul className="space-y-0.5 text-xs">
                  {device.changes.map((change) => (
                    <li key={change.field}>
                      <span className="font-medium">{change.field}</span>: <del className="text-red-800">{change.from || '—'}</del> → <ins className="text-emerald-800 no-underline">{change.to || '—'}</ins>
                    </li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </SyncList>
      )}
      {sync.orphans.length > 0 && (
        <SyncList title="No longer in the source" columns={['Name', 'What happens']}>
          {sync.orphans.map((device) => (
            <tr key={device.name}>
              <td className={cell}>{device.name}</td>
              <td className={cell}>{device.action === 'keep' ? 'Kept' : device.action === 'disable' ? 'Disabled' : 'Deleted'}</td>
            </tr>
          ))}
        </SyncList>
      )}
      {sync.conflicts.length > 0 && (
        <SyncList title="Conflicts (not applied)" columns={['Name', 'Code', 'Why']}>
          {sync.conflicts.map((conflict) => (
            <tr key={conflict.sourceDeviceId}>
              <td className={cell}>{conflict.name}</td>
              <td className={`${cell} font-mono text-xs`}>{conflict.code}</td>
              <td className={cell}>{conflict.message}</td>
            </tr>
          ))}
        </SyncList>
      )}
    </section>
  );
}

function SyncList({ title, columns, children }: { title: string; columns: string[]; children: React.ReactNode }) {
  return (
    <div className="space-y-2">
      <h3 className="text-sm font-medium text-slate-800">{title}</h3>
      <TableFrame
        head={columns.map((column) => (
          <th key={column} scope="col" className={headerCell}>
            {column}
          </th>
        ))}
      >
        {children}
      </TableFrame>
    </div>
  );
}
