'use client';

import { useRouter, useSearchParams } from 'next/navigation';
import { useEffect, useState } from 'react';
import { Button, LinkButton } from '../../../_components/button';
import { DeleteDialog } from '../../../_components/delete-dialog';
import { controlClass } from '../../../_components/field';
import { FormError } from '../../../_components/form-parts';
import { PageHeader } from '../../../_components/page-header';
import { Pagination } from '../../../_components/pagination';
import { EmptyState, ErrorState, LoadingState } from '../../../_components/states';
import { graphql } from '../../../_gql';
import type { DeviceTableRowFragment } from '../../../_gql/graphql';
import { request } from '../../../_lib/graphql';
import { useQuery } from '../../../_lib/use-query';
import { useSession } from '../../_components/session';
import { useCursorPages } from '../../_components/use-cursor-pages';
import { DeviceFilters, noDeviceFilters, type DeviceFilterValues } from './device-filters';
import { DeviceTable, type Sort } from './device-table';

const pageSize = 25;

const devicesQuery = graphql(`
  query Devices($first: Int!, $after: String, $search: String, $filter: DeviceFilter, $sort: DeviceSort) {
    devices(first: $first, after: $after, search: $search, filter: $filter, sort: $sort) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
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

const runRepositoriesQuery = graphql(`
  query RunRepositories {
    repositories {
      id
      name
    }
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

function useDebounced<T>(value: T, ms: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

/** Filters can arrive in the address, e.g. the dashboard links to ?status=failed. */
function filtersFromAddress(params: URLSearchParams): DeviceFilterValues {
  const status = params.get('status');
  return { ...noDeviceFilters, lastStatus: status === 'failed' || status === 'succeeded' || status === 'cancelled' ? status : '' };
}

export function DeviceList() {
  const router = useRouter();
  const { can } = useSession();
  const params = useSearchParams();
  const [filters, setFilters] = useState(() => filtersFromAddress(params));
  const [sort, setSort] = useState<Sort>({ field: 'NAME', descending: false });
  const search = useDebounced(filters.search.trim(), 300);
  const tag = useDebounced(filters.tag.trim(), 300);
  const location = useDebounced(filters.location.trim(), 300);
  const [deleting, setDeleting] = useState<DeviceTableRowFragment | null>(null);
  // Selected devices and their repositories: a run stores into one repository.
  const [selected, setSelected] = useState<Map<string, { id: string } | null>>(new Map());
  const [runRepositoryId, setRunRepositoryId] = useState<string | null>(null);
  const repositories = useQuery(runRepositoriesQuery);
  const [starting, setStarting] = useState(false);
  const [startError, setStartError] = useState<string | null>(null);
  const filter = {
    ...(filters.backupMethod ? { backupMethod: filters.backupMethod } : {}),
    ...(filters.lastStatus ? { lastStatus: filters.lastStatus } : {}),
    ...(tag ? { tag } : {}),
    ...(location ? { location } : {}),
    ...(filters.enabled ? { enabled: filters.enabled === 'enabled' } : {}),
  };

  const pages = useCursorPages(JSON.stringify({ search, filter, sort }));
  const { data, error, loading, reload } = useQuery(devicesQuery, {
    first: pageSize,
    after: pages.after,
    search: search || null,
    filter,
    sort,
  });

  const devices = data?.devices;
  const filtered = Boolean(search || Object.keys(filter).length);

  const select = (ids: string[], on: boolean) =>
    setSelected((current) => {
      const next = new Map(current);
      for (const id of ids) {
        if (on) next.set(id, devices?.nodes.find((d) => d.id === id)?.repository ?? null);
        else next.delete(id);
      }
      return next;
    });
  const commonRepositories = new Set([...selected.values()].map((r) => r?.id ?? ''));
  const suggestedRepositoryId = commonRepositories.size === 1 ? [...commonRepositories][0] : '';
  const repositoryId = runRepositoryId ?? suggestedRepositoryId;

  const backUpSelected = async () => {
    setStarting(true);
    setStartError(null);
    try {
      const { startRun } = await request(startRunMutation, {
        input: { deviceIds: [...selected.keys()], ...(repositoryId ? { repositoryId } : {}) },
      });
      router.push(`/runs/${startRun.id}`);
    } catch (err) {
      setStartError(err instanceof Error ? err.message : String(err));
      setStarting(false);
    }
  };

  return (
    <>
      <PageHeader
        title="Devices"
        description="The network elements Tidemark backs up."
        actions={
          can.editDevices && (
            <>
              <Button variant="primary" onClick={backUpSelected} disabled={selected.size === 0 || starting}>
                {starting ? 'Starting…' : `Back up now${selected.size ? ` (${selected.size})` : ''}`}
              </Button>
              <LinkButton href="/devices/import">Import CSV</LinkButton>
              <LinkButton href="/devices/new">Add device</LinkButton>
            </>
          )
        }
      />
      <DeviceFilters values={filters} onChange={setFilters} />
      <div className="mb-3 space-y-2">
        <FormError message={startError} />
        {can.editDevices && selected.size > 0 && (
          <div className="flex flex-wrap items-center gap-3 rounded-md border border-sky-200 bg-sky-50 px-3 py-2 text-sm text-slate-800">
            <span>{selected.size} selected</span>
            <label htmlFor="run-repository" className="ml-auto">
              Store into
            </label>
            <select id="run-repository" className={`${controlClass} w-auto`} value={repositoryId} onChange={(e) => setRunRepositoryId(e.target.value)}>
              <option value="">The only repository</option>
              {repositories.data?.repositories.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.name}
                </option>
              ))}
            </select>
            <Button
              variant="ghost"
              onClick={() => {
                setSelected(new Map());
                setRunRepositoryId(null);
              }}
            >
              Clear selection
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
          <DeviceTable devices={devices.nodes} canEdit={can.editDevices} sort={sort} onSort={setSort} selected={new Set(selected.keys())} onSelect={select} onDelete={setDeleting} />
          <Pagination
            page={pages.page}
            pageSize={pageSize}
            shown={devices.nodes.length}
            totalCount={devices.totalCount}
            hasNextPage={devices.pageInfo.hasNextPage}
            onPrevious={pages.previous}
            onNext={() => pages.next(devices.pageInfo.endCursor)}
          />
        </div>
      )}
      <DeleteDialog
        open={deleting !== null}
        title="Delete device"
        message={`Delete ${deleting?.name ?? ''}? Its backups already stored in the repository are kept.`}
        onDelete={async () => {
          if (!deleting) return;
          await request(deleteDeviceMutation, { id: deleting.id });
          select([deleting.id], false);
          reload();
        }}
        onClose={() => setDeleting(null)}
      />
    </>
  );
}
