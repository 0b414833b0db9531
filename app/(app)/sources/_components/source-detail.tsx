'use client';

import { useEffect, useState } from 'react';
import { Badge } from '../../../_components/badge';
import { Button, LinkButton } from '../../../_components/button';
import { DeleteDialog } from '../../../_components/delete-dialog';
import { FormError } from '../../../_components/form-parts';
import { PageHeader } from '../../../_components/page-header';
import { EmptyState, ErrorState, LoadingState } from '../../../_components/states';
import { graphql } from '../../../_gql';
import type { TestInventorySourceMutation } from '../../../_gql/graphql';
import { request } from '../../../_lib/graphql';
import { useQuery } from '../../../_lib/use-query';
import { useRouter } from 'next/navigation';
import { useSession } from '../../_components/session';
import { orphanPolicyLabels, sourceKindLabels } from './source-kind';
import { SyncResult, syncStatusLabels } from './sync-result';

const sourceQuery = graphql(`
  query InventorySource($id: ID!) {
    inventorySource(id: $id) {
      id
      name
      kind
      url
      verifyTls
      filter
      orphanPolicy
      writeBackField
      variableFields
      syncCron
      syncTimeZone
      deviceCount
      credentialSet {
        name
      }
      lastSync {
        id
        ...SyncResultFields
      }
    }
  }
`);

const syncQuery = graphql(`
  query InventorySyncProgress($id: ID!) {
    inventorySync(id: $id) {
      id
      status
      ...SyncResultFields
    }
  }
`);

const testMutation = graphql(`
  mutation TestInventorySource($id: ID!) {
    testInventorySource(id: $id) {
      ok
      version
      code
      message
    }
  }
`);

const previewMutation = graphql(`
  mutation PreviewInventorySync($id: ID!) {
    previewInventorySync(sourceId: $id) {
      id
    }
  }
`);

const syncMutation = graphql(`
  mutation SyncInventorySource($id: ID!) {
    syncInventorySource(sourceId: $id) {
      id
    }
  }
`);

const deleteMutation = graphql(`
  mutation DeleteInventorySource($id: ID!) {
    deleteInventorySource(id: $id)
  }
`);

export function SourceDetail({ id }: { id: string }) {
  const { can } = useSession();
  const router = useRouter();
  const { data, error, reload } = useQuery(sourceQuery, { id });
  const [test, setTest] = useState<TestInventorySourceMutation['testInventorySource'] | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const [syncId, setSyncId] = useState<string | null>(null);
  const [deleting, setDeleting] = useState(false);
  const source = data?.inventorySource;

  const act = async (what: string, action: () => Promise<void>) => {
    setBusy(what);
    setActionError(null);
    try {
      await action();
    } catch (err) {
      setActionError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(null);
    }
  };

  if (error) return <ErrorState message={error.message} onRetry={reload} />;
  if (!data) return <LoadingState />;
  if (!source) return <EmptyState title="No such source">It may have been deleted.</EmptyState>;
  return (
    <div className="space-y-5">
      <PageHeader
        title={source.name}
        description={
          <>
            {sourceKindLabels[source.kind]} at <span className="font-mono">{source.url}</span>
            {source.verifyTls ? '' : ' (certificate not checked)'}
          </>
        }
        actions={
          can.administer && (
            <>
              <Button onClick={() => act('test', async () => setTest((await request(testMutation, { id })).testInventorySource))} disabled={busy !== null}>
                {busy === 'test' ? 'Testing…' : 'Test connection'}
              </Button>
              <Button onClick={() => act('preview', async () => setSyncId((await request(previewMutation, { id })).previewInventorySync.id))} disabled={busy !== null}>
                Preview
              </Button>
              <Button variant="primary" onClick={() => act('sync', async () => setSyncId((await request(syncMutation, { id })).syncInventorySource.id))} disabled={busy !== null}>
                Sync now
              </Button>
              <LinkButton href={`/sources/${id}/edit`} variant="ghost">
                Edit
              </LinkButton>
              <Button variant="ghostDanger" onClick={() => setDeleting(true)}>
                Delete
              </Button>
            </>
          )
        }
      />
      <FormError message={actionError} />
      {test && (
        <p role="status" className={`rounded-md border px-3 py-2 text-sm ${test.ok ? 'border-emerald-200 bg-emerald-50 text-emerald-900' : 'border-red-200 bg-red-50 text-red-800'}`}>
          {test.ok ? test.message : `${test.code}: ${test.message}`}
        </p>
      )}
      <dl className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 text-sm sm:grid-cols-3">
        <Detail label="Devices owned">{source.deviceCount}</Detail>
        <Detail label="Credential set for new devices">{source.credentialSet?.name ?? 'None'}</Detail>
        <Detail label="Devices that leave the source">{orphanPolicyLabels[source.orphanPolicy]}</Detail>
        <Detail label="Filter">
          <span className="font-mono text-xs">{Object.keys(source.filter as object).length ? JSON.stringify(source.filter) : 'Every device'}</span>
        </Detail>
        <Detail label="Variables from">
          {source.variableFields.length ? <span className="font-mono">{source.variableFields.join(', ')}</span> : 'None: set in Tidemark'}
        </Detail>
        <Detail label="Write-back">{source.writeBackField ? <span className="font-mono">{source.writeBackField}</span> : 'Off'}</Detail>
        <Detail label="Schedule">{source.syncCron ? `${source.syncCron} · ${source.syncTimeZone}` : 'On demand'}</Detail>
      </dl>
      {syncId && <LiveSync id={syncId} onDone={reload} />}
      {source.lastSync && source.lastSync.id !== syncId && (
        <div className="space-y-2">
          <h2 className="text-sm font-semibold text-slate-900">Last sync</h2>
          <SyncResult sync={source.lastSync} />
        </div>
      )}
      <DeleteDialog
        open={deleting}
        title="Delete source"
        message={`Delete ${source.name}? Its ${source.deviceCount} devices stay, managed here from then on.`}
        onDelete={async () => {
          await request(deleteMutation, { id });
          router.push('/sources');
        }}
        onClose={() => setDeleting(false)}
      />
    </div>
  );
}

function Detail({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <dt className="text-xs text-slate-500">{label}</dt>
      <dd className="mt-0.5 text-slate-900">{children}</dd>
    </div>
  );
}

/** A queued preview or sync, read again every second until it ends. */
function LiveSync({ id, onDone }: { id: string; onDone: () => void }) {
  const { data, error, reload } = useQuery(syncQuery, { id });
  const sync = data?.inventorySync;
  const active = !sync || syncStatusLabels[sync.status].active;
  useEffect(() => {
    if (!active) {
      onDone();
      return;
    }
    const timer = setTimeout(reload, 1000);
    return () => clearTimeout(timer);
  }, [active, data, reload, onDone]);
  if (error) return <ErrorState message={error.message} onRetry={reload} />;
  if (!sync) return <LoadingState />;
  if (active) {
    return (
      <p role="status" className="flex items-center gap-2 text-sm text-slate-700">
        <Badge tone={syncStatusLabels[sync.status].tone}>{syncStatusLabels[sync.status].label}</Badge>
        Reading the source…
      </p>
    );
  }
  return <SyncResult sync={sync} />;
}
