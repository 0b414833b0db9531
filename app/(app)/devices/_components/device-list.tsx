'use client';

import { useEffect, useState } from 'react';
import { LinkButton } from '../../../_components/button';
import { DeleteDialog } from '../../../_components/delete-dialog';
import { PageHeader } from '../../../_components/page-header';
import { Pagination } from '../../../_components/pagination';
import { EmptyState, ErrorState, LoadingState } from '../../../_components/states';
import { graphql } from '../../../_lib/graphql';
import type { DeviceRow, PageInfo } from '../../../_lib/types';
import { useQuery } from '../../../_lib/use-query';
import { useSession } from '../../_components/session';
import { DeviceFilters, type DeviceFilterValues } from './device-filters';
import { DeviceTable } from './device-table';

const pageSize = 25;

const devicesQuery = /* GraphQL */ `
  query Devices($first: Int!, $after: String, $search: String, $filter: DeviceFilter) {
    devices(first: $first, after: $after, search: $search, filter: $filter, sort: { field: NAME }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        name
        host
        port
        backupMethod
        backupMethodInfo {
          friendlyName
          isBinary
        }
        location
        tags
        enabled
      }
    }
  }
`;

interface DevicesResult {
  devices: { totalCount: number; pageInfo: PageInfo; nodes: DeviceRow[] };
}

const noFilters: DeviceFilterValues = { search: '', backupMethod: '', enabled: '' };

function useDebounced<T>(value: T, ms: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

export function DeviceList() {
  const { can } = useSession();
  const [filters, setFilters] = useState(noFilters);
  const search = useDebounced(filters.search.trim(), 300);
  const [deleting, setDeleting] = useState<DeviceRow | null>(null);
  const filter = {
    ...(filters.backupMethod ? { backupMethod: filters.backupMethod } : {}),
    ...(filters.enabled ? { enabled: filters.enabled === 'enabled' } : {}),
  };

  // The connection only pages forward, so Previous walks back through the cursors already seen.
  // They belong to one search and filter; another search starts again on the first page.
  const pagingKey = JSON.stringify({ search, filter });
  const [paging, setPaging] = useState<{ key: string; cursors: (string | null)[] }>({ key: pagingKey, cursors: [null] });
  const cursors = paging.key === pagingKey ? paging.cursors : [null];
  const setCursors = (next: (string | null)[]) => setPaging({ key: pagingKey, cursors: next });
  const { data, error, loading, reload } = useQuery<DevicesResult>(devicesQuery, {
    first: pageSize,
    after: cursors[cursors.length - 1],
    search: search || null,
    filter,
  });

  const devices = data?.devices;
  const filtered = Boolean(search || filters.backupMethod || filters.enabled);

  return (
    <>
      <PageHeader
        title="Devices"
        description="The network elements Tidemark backs up."
        actions={
          can.editDevices && (
            <LinkButton href="/devices/new" variant="primary">
              Add device
            </LinkButton>
          )
        }
      />
      <DeviceFilters values={filters} onChange={setFilters} />
      {error && <ErrorState message={error.message} onRetry={reload} />}
      {!error && !devices && <LoadingState label="Loading devices…" />}
      {!error && devices && devices.totalCount === 0 && (
        <EmptyState title={filtered ? 'No device matches' : 'No devices yet'}>
          {filtered ? 'Try another search or clear the filters.' : can.editDevices ? 'Add the first device to start backing it up.' : 'An operator or admin can add devices.'}
        </EmptyState>
      )}
      {!error && devices && devices.totalCount > 0 && (
        <div aria-busy={loading}>
          <DeviceTable devices={devices.nodes} canEdit={can.editDevices} onDelete={setDeleting} />
          <Pagination
            page={cursors.length}
            pageSize={pageSize}
            shown={devices.nodes.length}
            totalCount={devices.totalCount}
            hasNextPage={devices.pageInfo.hasNextPage}
            onPrevious={() => setCursors(cursors.slice(0, -1))}
            onNext={() => setCursors([...cursors, devices.pageInfo.endCursor])}
          />
        </div>
      )}
      <DeleteDialog
        open={deleting !== null}
        title="Delete device"
        message={`Delete ${deleting?.name ?? ''}? Its backups already stored in the repository are kept.`}
        onDelete={async () => {
          if (!deleting) return;
          await graphql('mutation DeleteDevice($id: ID!) { deleteDevice(id: $id) }', { id: deleting.id });
          reload();
        }}
        onClose={() => setDeleting(null)}
      />
    </>
  );
}
