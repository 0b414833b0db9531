'use client';

import { useRouter, useSearchParams } from 'next/navigation';
import { useEffect, useRef, useState } from 'react';
import { Button, LinkButton, buttonClass } from '../../../_components/button';
import { ConfirmDialog } from '../../../_components/confirm-dialog';
import { DeleteDialog } from '../../../_components/delete-dialog';
import { inlineControlClass } from '../../../_components/field';
import { FormError } from '../../../_components/form-parts';
import { PageHeader } from '../../../_components/page-header';
import { Pagination } from '../../../_components/pagination';
import { EmptyState, ErrorState, LoadingState } from '../../../_components/states';
import { graphql } from '../../../_gql';
import type { BulkDeviceChangeInput, DeviceSortField, DeviceTableRowFragment } from '../../../_gql/graphql';
import { request } from '../../../_lib/graphql';
import { useQuery } from '../../../_lib/use-query';
import { useSession } from '../../_components/session';
import {
  DEFAULT_DEVICE_PAGE_SIZE,
  deviceQueryOf,
  devicePageSizes,
  readDeviceListAddress,
  writeDeviceListAddress,
  type DeviceListAddress,
  type DeviceListSort,
} from '../../../../db/devices/device-list-address';
import { BulkEditDialog, type BulkEdit } from './bulk-edit-dialog';
import { ColumnChooser } from './column-chooser';
import { deviceColumns, hiddenByDefault, type DeviceColumn } from './device-columns';
import { DeviceFilters, type DeviceFilterValues } from './device-filters';
import { DeviceTable, type Sort } from './device-table';
import { useStoredPreference } from './use-stored-preference';

const devicesQuery = graphql(`
  query Devices($first: Int!, $offset: Int, $search: String, $filter: DeviceFilter, $sort: DeviceSort) {
    devices(first: $first, offset: $offset, search: $search, filter: $filter, sort: $sort) {
      totalCount
      pageInfo {
        hasNextPage
      }
      nodes {
        id
        repository {
          id
        }
        ...DeviceTableRow
      }
    }
  }
`);

const bulkChoicesQuery = graphql(`
  query DeviceBulkChoices {
    repositories {
      id
      name
    }
    credentialSets {
      id
      name
    }
  }
`);

const matchingIdsQuery = graphql(`
  query MatchingDeviceIds($search: String, $filter: DeviceFilter) {
    deviceIds(search: $search, filter: $filter)
  }
`);

const startRunMutation = graphql(`
  mutation StartRun($input: StartRunInput!) {
    startRun(input: $input) {
      id
    }
  }
`);

const deleteDeviceMutation = graphql(`
  mutation DeleteDevice($id: ID!) {
    deleteDevice(id: $id)
  }
`);

const bulkUpdateMutation = graphql(`
  mutation BulkUpdateDevices($selection: DeviceSelectionInput!, $change: BulkDeviceChangeInput!) {
    bulkUpdateDevices(selection: $selection, change: $change) {
      count
    }
  }
`);

const bulkDeleteMutation = graphql(`
  mutation BulkDeleteDevices($selection: DeviceSelectionInput!) {
    bulkDeleteDevices(selection: $selection) {
      count
    }
  }
`);

const sortFields: Record<DeviceListSort, DeviceSortField> = {
  name: 'NAME',
  host: 'HOST',
  method: 'BACKUP_METHOD',
  location: 'LOCATION',
  backup: 'LAST_BACKUP_AT',
  status: 'LAST_STATUS',
};

/** Ticked devices travel in the address of an export; past this, select all matching instead. */
const MAX_EXPORTED_IDS = 200;

const isPageSize = (value: unknown): value is number => (devicePageSizes as readonly unknown[]).includes(value);
const isColumnList = (value: unknown): value is DeviceColumn[] =>
  Array.isArray(value) && value.every((key) => deviceColumns.some((column) => column.key === key));

/** Ticked rows (with their repositories: a run stores into one), or every device the filters match. */
type Selection =
  | { kind: 'ids'; devices: Map<string, string | null> }
  | { kind: 'matching'; key: string; search: string | null; filter: ReturnType<typeof deviceQueryOf>['filter']; count: number };

const noSelection: Selection = { kind: 'ids', devices: new Map() };

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function useDebounced<T>(value: T, ms: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

type Typed = Pick<DeviceListAddress, 'search' | 'tag' | 'location' | 'model'>;

/**
 * The device list. Its search, filters, sort, page and page size live in the address, so Back
 * and a shared link restore them; the columns shown and the page size are remembered here.
 */
export function DeviceList() {
  const router = useRouter();
  const { can } = useSession();
  const params = useSearchParams();
  const [storedSize, setStoredSize] = useStoredPreference('tidemark.devices.pageSize', DEFAULT_DEVICE_PAGE_SIZE, isPageSize);
  const [hidden, setHidden] = useStoredPreference<DeviceColumn[]>('tidemark.devices.hiddenColumns', hiddenByDefault, isColumnList);
  const address = readDeviceListAddress(params, storedSize);

  const go = (next: DeviceListAddress, how: 'push' | 'replace') => {
    const query = writeDeviceListAddress(next, storedSize);
    const href = query ? `/devices?${query}` : '/devices';
    if (how === 'push') router.push(href);
    else router.replace(href, { scroll: false });
  };

  // What is typed reaches the address after a pause; the address wins when it changes otherwise (Back).
  const [typed, setTyped] = useState<Typed>({ search: address.search, tag: address.tag, location: address.location, model: address.model });
  const written = useRef<Typed>(typed);
  const debounced = useDebounced(typed, 300);
  useEffect(() => {
    const fromAddress = { search: address.search, tag: address.tag, location: address.location, model: address.model };
    if (JSON.stringify(fromAddress) !== JSON.stringify(written.current)) {
      written.current = fromAddress;
      setTyped(fromAddress);
    }
  }, [address.search, address.tag, address.location, address.model]);
  useEffect(() => {
    if (JSON.stringify(debounced) === JSON.stringify(written.current)) return;
    written.current = debounced;
    go({ ...address, ...debounced, page: 1 }, 'replace');
    // Only a settled change of what was typed writes the address.
  }, [debounced]);

  const { search, filter } = deviceQueryOf(address);
  const queryKey = JSON.stringify({ search, filter });
  const { data, error, loading, reload } = useQuery(devicesQuery, {
    first: address.size,
    offset: (address.page - 1) * address.size,
    search,
    filter,
    sort: { field: sortFields[address.sort], descending: address.descending },
  });
  const choices = useQuery(bulkChoicesQuery);
  const devices = data?.devices;
  const filtered = Boolean(search || Object.keys(filter).length);

  // A page past the end (devices deleted meanwhile) moves to the last one.
  useEffect(() => {
    if (devices && devices.nodes.length === 0 && devices.totalCount > 0 && address.page > 1) {
      go({ ...address, page: Math.ceil(devices.totalCount / address.size) }, 'replace');
    }
  }, [devices]);

  const [selection, setSelection] = useState<Selection>(noSelection);
  // "All matching" belongs to the filters it was chosen under.
  const current: Selection = selection.kind === 'matching' && selection.key !== queryKey ? noSelection : selection;
  const selectedCount = current.kind === 'ids' ? current.devices.size : current.count;
  const isSelected = (id: string) => (current.kind === 'ids' ? current.devices.has(id) : true);
  const repositoryOf = (id: string) => devices?.nodes.find((d) => d.id === id)?.repository?.id ?? null;
  const select = (rows: DeviceTableRowFragment[], on: boolean) => {
    const next = new Map(current.kind === 'ids' ? current.devices : (devices?.nodes ?? []).map((d) => [d.id, d.repository?.id ?? null] as const));
    for (const row of rows) {
      if (on) next.set(row.id, repositoryOf(row.id));
      else next.delete(row.id);
    }
    setSelection({ kind: 'ids', devices: next });
  };
  const pageAllSelected = Boolean(devices && devices.nodes.length > 0 && devices.nodes.every((d) => isSelected(d.id)));
  const selectionInput = current.kind === 'ids' ? { ids: [...current.devices.keys()] } : { search: current.search, filter: current.filter };
  const scope = current.kind === 'matching' ? `all ${plural(current.count, 'matching device')}` : plural(selectedCount, 'device');

  const [runRepositoryId, setRunRepositoryId] = useState('');
  const ownRepositories = current.kind === 'ids' ? new Set(current.devices.values()) : new Set<string | null>();
  const suggestedRepositoryId = ownRepositories.size === 1 ? ([...ownRepositories][0] ?? '') : '';
  const repositoryId = runRepositoryId || suggestedRepositoryId;
  const [busy, setBusy] = useState(false);
  const [actionError, setActionError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [editing, setEditing] = useState<BulkEdit | null>(null);
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const [deleting, setDeleting] = useState<DeviceTableRowFragment | null>(null);

  const finish = (message: string) => {
    setSelection(noSelection);
    setNotice(message);
    reload();
  };

  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    setActionError(null);
    setNotice(null);
    try {
      await action();
    } catch (err) {
      setActionError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };

  const backUp = () =>
    run(async () => {
      const deviceIds = current.kind === 'ids' ? [...current.devices.keys()] : (await request(matchingIdsQuery, { search: current.search, filter: current.filter })).deviceIds;
      const { startRun } = await request(startRunMutation, { input: { deviceIds, ...(repositoryId ? { repositoryId } : {}) } });
      router.push(`/runs/${startRun.id}`);
    });

  const update = async (change: BulkDeviceChangeInput, done: (count: number) => string) => {
    const { bulkUpdateDevices } = await request(bulkUpdateMutation, { selection: selectionInput, change });
    finish(done(bulkUpdateDevices.count));
  };

  const exportQuery = writeDeviceListAddress({ ...address, page: 1, size: DEFAULT_DEVICE_PAGE_SIZE, sort: 'name', descending: false });
  const selectionExport =
    current.kind === 'matching' ? `/api/devices.csv${exportQuery ? `?${exportQuery}` : ''}` : current.devices.size <= MAX_EXPORTED_IDS ? `/api/devices.csv?ids=${[...current.devices.keys()].join(',')}` : null;

  const changePage = (page: number) => {
    go({ ...address, page }, 'push');
    window.scrollTo({ top: 0 });
  };

  return (
    <>
      <PageHeader
        title="Devices"
        description="The network elements Tidemark backs up."
        actions={
          <>
            <a href={`/api/devices.csv${exportQuery ? `?${exportQuery}` : ''}`} download className={buttonClass('secondary')}>
              Export CSV
            </a>
            {can.editDevices && (
              <>
                <LinkButton href="/devices/import">Import CSV</LinkButton>
                <LinkButton href="/devices/new" variant="primary">
                  Add device
                </LinkButton>
              </>
            )}
          </>
        }
      />
      <DeviceFilters
        values={{ ...address, ...typed }}
        onChange={(values: DeviceFilterValues) => {
          const { search: s, tag, location, model, ...chosen } = values;
          setTyped({ search: s, tag, location, model });
          const changed = (Object.keys(chosen) as (keyof typeof chosen)[]).some((key) => chosen[key] !== address[key]);
          if (changed) go({ ...address, ...chosen, page: 1 }, 'replace');
        }}
      />
      <div className="mb-2 space-y-2">
        <FormError message={actionError} />
        {notice && (
          <p role="status" className="rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
            {notice}
          </p>
        )}
        {can.editDevices && selectedCount > 0 && (
          <div role="region" aria-label="Selected devices" className="flex flex-wrap items-center gap-2 rounded-md border border-sky-200 bg-sky-50 px-3 py-2 text-sm text-slate-800">
            <span className="font-medium" data-testid="selection-count">
              {current.kind === 'matching' ? `All ${current.count} matching` : `${selectedCount} selected`}
            </span>
            <Button variant="primary" className="px-2.5 py-1" onClick={backUp} disabled={busy}>
              Back up now ({selectedCount})
            </Button>
            <select aria-label="Store into" className={`${inlineControlClass} py-1`} value={repositoryId} onChange={(e) => setRunRepositoryId(e.target.value)}>
              <option value="">into their repository</option>
              {choices.data?.repositories.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.name}
                </option>
              ))}
            </select>
            <span aria-hidden="true" className="mx-1 h-5 w-px bg-sky-200" />
            <Button className="px-2.5 py-1" disabled={busy} onClick={() => run(() => update({ enabled: true }, (n) => `Enabled ${plural(n, 'device')}.`))}>
              Enable
            </Button>
            <Button className="px-2.5 py-1" disabled={busy} onClick={() => run(() => update({ enabled: false }, (n) => `Disabled ${plural(n, 'device')}.`))}>
              Disable
            </Button>
            <select
              aria-label="Change"
              className={`${inlineControlClass} py-1`}
              value=""
              disabled={busy}
              onChange={(e) => {
                if (e.target.value) setEditing(e.target.value as BulkEdit);
              }}
            >
              <option value="">Set…</option>
              <option value="tags">Tags</option>
              <option value="location">Location</option>
              <option value="credentialSets">Credential sets</option>
              <option value="repository">Repository</option>
            </select>
            {selectionExport ? (
              <a href={selectionExport} download className={buttonClass('secondary', 'px-2.5 py-1')}>
                Export
              </a>
            ) : (
              <Button className="px-2.5 py-1" disabled title={`Export up to ${MAX_EXPORTED_IDS} ticked devices, or select all matching`}>
                Export
              </Button>
            )}
            <Button variant="danger" className="px-2.5 py-1" disabled={busy} onClick={() => setConfirmingDelete(true)}>
              Delete…
            </Button>
            <Button variant="ghost" className="ml-auto px-2.5 py-1" onClick={() => setSelection(noSelection)}>
              Clear
            </Button>
          </div>
        )}
      </div>
      {error && <ErrorState message={error.message} onRetry={reload} />}
      {!error && !devices && <LoadingState label="Loading devices…" />}
      {!error && devices && devices.totalCount === 0 && (
        <EmptyState title={filtered ? 'No device matches' : 'No devices yet'}>
          {filtered ? 'Try another search or clear the filters.' : can.editDevices ? 'Add the first device to start backing it up.' : 'An operator or admin can add devices.'}
        </EmptyState>
      )}
      {!error && devices && devices.totalCount > 0 && (
        <div aria-busy={loading}>
          <div className="mb-2 flex flex-wrap items-center gap-3 text-sm text-slate-700">
            {can.editDevices && pageAllSelected && current.kind === 'ids' && devices.totalCount > devices.nodes.length && (
              <span>
                All {devices.nodes.length} on this page are selected.{' '}
                <button
                  type="button"
                  className="font-medium text-sky-800 underline"
                  onClick={() => setSelection({ kind: 'matching', key: queryKey, search, filter, count: devices.totalCount })}
                >
                  Select all {devices.totalCount} matching
                </button>
              </span>
            )}
            {can.editDevices && selectedCount === 0 && <span className="text-slate-500">Tick devices to back them up or change them together.</span>}
            <div className="ml-auto flex items-center gap-2">
              <label htmlFor="device-page-size">Per page</label>
              <select
                id="device-page-size"
                className={`${inlineControlClass} py-1`}
                value={address.size}
                onChange={(e) => {
                  const size = Number(e.target.value);
                  setStoredSize(size);
                  go({ ...address, size, page: 1 }, 'replace');
                }}
              >
                {devicePageSizes.map((size) => (
                  <option key={size} value={size}>
                    {size}
                  </option>
                ))}
              </select>
              <ColumnChooser hidden={hidden} onChange={setHidden} />
            </div>
          </div>
          <DeviceTable
            devices={devices.nodes}
            columns={new Set(deviceColumns.map((c) => c.key).filter((key) => !hidden.includes(key)))}
            canEdit={can.editDevices}
            sort={{ field: address.sort, descending: address.descending }}
            onSort={(sort: Sort) => go({ ...address, sort: sort.field, descending: sort.descending, page: 1 }, 'replace')}
            selected={isSelected}
            onSelect={select}
            onDelete={setDeleting}
            now={Date.now()}
          />
          <Pagination
            page={address.page}
            pageSize={address.size}
            shown={devices.nodes.length}
            totalCount={devices.totalCount}
            hasNextPage={devices.pageInfo.hasNextPage}
            onPrevious={() => changePage(address.page - 1)}
            onNext={() => changePage(address.page + 1)}
          />
        </div>
      )}
      <BulkEditDialog
        edit={editing}
        scope={scope}
        credentialSets={choices.data?.credentialSets ?? []}
        repositories={choices.data?.repositories ?? []}
        onApply={(change) => update(change, (n) => `Changed ${plural(n, 'device')}.`)}
        onClose={() => setEditing(null)}
      />
      <ConfirmDialog
        open={confirmingDelete}
        title={`Delete ${plural(selectedCount, 'device')}`}
        message={`Delete ${scope}? Their backups already stored in repositories are kept.`}
        confirmLabel={`Delete ${plural(selectedCount, 'device')}`}
        pendingLabel="Deleting…"
        onConfirm={async () => {
          const { bulkDeleteDevices } = await request(bulkDeleteMutation, { selection: selectionInput });
          finish(`Deleted ${plural(bulkDeleteDevices.count, 'device')}.`);
        }}
        onClose={() => setConfirmingDelete(false)}
      />
      <DeleteDialog
        open={deleting !== null}
        title="Delete device"
        message={`Delete ${deleting?.name ?? ''}? Its backups already stored in the repository are kept.`}
        onDelete={async () => {
          if (!deleting) return;
          await request(deleteDeviceMutation, { id: deleting.id });
          if (current.kind === 'ids' && current.devices.has(deleting.id)) select([deleting], false);
          reload();
        }}
        onClose={() => setDeleting(null)}
      />
    </>
  );
}
