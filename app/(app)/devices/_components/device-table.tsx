import Link from 'next/link';
import { Badge } from '../../../_components/badge';
import { Button, buttonClass } from '../../../_components/button';
import { TableFrame, cell, headerCell } from '../../../_components/table';
import { Time } from '../../../_components/time';
import { getFragmentData, graphql, type FragmentType } from '../../../_gql';
import type { DeviceSortField, DeviceTableRowFragment } from '../../../_gql/graphql';
import { DeviceStatusBadge, SavedStateBadge } from '../../_components/status-badges';

const deviceTableRowFragment = graphql(`
  fragment DeviceTableRow on Device {
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
    lastBackupAt
    lastStatus
    lastErrorCode
    lastErrorMessage
    lastChangedAt
    savedState
  }
`);

export interface Sort {
  field: DeviceSortField;
  descending: boolean;
}

const RECENT_MS = 7 * 24 * 60 * 60 * 1000;

interface DeviceTableProps {
  devices: FragmentType<typeof deviceTableRowFragment>[];
  canEdit: boolean;
  sort: Sort;
  onSort: (sort: Sort) => void;
  selected: Set<string>;
  onSelect: (ids: string[], selected: boolean) => void;
  onDelete: (device: DeviceTableRowFragment) => void;
}

function SortHeader({ field, label, sort, onSort }: { field: DeviceSortField; label: string; sort: Sort; onSort: (sort: Sort) => void }) {
  const active = sort.field === field;
  return (
    <th scope="col" className={headerCell} aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
      <button
        type="button"
        className="inline-flex items-center gap-1 uppercase hover:text-slate-900"
        onClick={() => onSort({ field, descending: active ? !sort.descending : false })}
      >
        {label}
        <span aria-hidden="true" className={active ? 'text-slate-900' : 'text-slate-300'}>
          {active && sort.descending ? '▼' : '▲'}
        </span>
      </button>
    </th>
  );
}

export function DeviceTable({ devices: deviceRefs, canEdit, sort, onSort, selected, onSelect, onDelete }: DeviceTableProps) {
  const devices = getFragmentData(deviceTableRowFragment, deviceRefs);
  const allSelected = devices.length > 0 && devices.every((d) => selected.has(d.id));
  const now = Date.now();
  return (
    <TableFrame
      head={
        <>
          {canEdit && (
            <th scope="col" className={`${headerCell} w-8`}>
              <input
                type="checkbox"
                aria-label="Select all devices on this page"
                className="size-4 accent-sky-700"
                checked={allSelected}
                onChange={(e) => onSelect(devices.map((d) => d.id), e.target.checked)}
              />
            </th>
          )}
          <SortHeader field="NAME" label="Name" sort={sort} onSort={onSort} />
          <SortHeader field="HOST" label="Address" sort={sort} onSort={onSort} />
          <SortHeader field="BACKUP_METHOD" label="Backup method" sort={sort} onSort={onSort} />
          <SortHeader field="LOCATION" label="Location" sort={sort} onSort={onSort} />
          <SortHeader field="LAST_BACKUP_AT" label="Last backup" sort={sort} onSort={onSort} />
          <SortHeader field="LAST_STATUS" label="Status" sort={sort} onSort={onSort} />
          <th scope="col" className={headerCell}>Changed</th>
          {canEdit && (
            <th scope="col" className={headerCell}>
              <span className="sr-only">Actions</span>
            </th>
          )}
        </>
      }
    >
      {devices.map((device) => {
        const changedRecently = device.lastChangedAt !== null && now - new Date(device.lastChangedAt).getTime() < RECENT_MS;
        return (
          <tr key={device.id} className="hover:bg-slate-50">
            {canEdit && (
              <td className={cell}>
                <input
                  type="checkbox"
                  aria-label={`Select ${device.name}`}
                  className="size-4 accent-sky-700"
                  checked={selected.has(device.id)}
                  onChange={(e) => onSelect([device.id], e.target.checked)}
                />
              </td>
            )}
            <th scope="row" className={`${cell} text-left font-medium text-slate-900`}>
              <Link href={`/devices/${device.id}`} className="whitespace-nowrap text-sky-800 hover:underline">
                {device.name}
              </Link>
              {!device.enabled && (
                <span className="ml-1.5">
                  <Badge tone="muted">Disabled</Badge>
                </span>
              )}
              {device.tags.length > 0 && (
                <div className="mt-0.5 flex flex-wrap gap-1 font-normal">
                  {device.tags.map((tag) => (
                    <Badge key={tag}>{tag}</Badge>
                  ))}
                </div>
              )}
            </th>
            <td className={`${cell} font-mono text-xs whitespace-nowrap`}>
              {device.host}
              {device.port !== 22 && <span className="text-slate-500">:{device.port}</span>}
            </td>
            <td className={`${cell} whitespace-nowrap`}>
              {device.backupMethodInfo?.friendlyName ?? <span className="font-mono text-xs">{device.backupMethod}</span>}
              {device.backupMethodInfo?.isBinary && (
                <span className="ml-1.5">
                  <Badge tone="info">binary</Badge>
                </span>
              )}
              {!device.backupMethodInfo && (
                <span className="ml-1.5">
                  <Badge tone="warn">unknown</Badge>
                </span>
              )}
            </td>
            <td className={`${cell} whitespace-nowrap text-slate-700`}>{device.location || <span className="text-slate-400">—</span>}</td>
            <td className={`${cell} text-xs`}>
              <Time value={device.lastBackupAt} empty="Never" />
            </td>
            <td className={cell}>
              <div className="flex flex-wrap gap-1">
                <span title={device.lastErrorCode ? `${device.lastErrorCode}: ${device.lastErrorMessage ?? ''}` : undefined}>
                  <DeviceStatusBadge status={device.lastStatus} />
                </span>
                {/* A saved configuration needs no attention, so the list shows only the states that do. */}
                {device.savedState !== 'SAVED' && <SavedStateBadge state={device.savedState} />}
              </div>
            </td>
            <td className={`${cell} text-xs`}>
              {device.lastChangedAt ? (
                <span className={changedRecently ? 'font-medium text-amber-800' : 'text-slate-600'}>
                  <Time value={device.lastChangedAt} />
                </span>
              ) : (
                <span className="text-slate-400">—</span>
              )}
            </td>
            {canEdit && (
              <td className={`${cell} text-right whitespace-nowrap`}>
                <Link href={`/devices/${device.id}/edit`} className={buttonClass('ghost')} aria-label={`Edit ${device.name}`}>
                  Edit
                </Link>
                <Button variant="ghostDanger" onClick={() => onDelete(device)} aria-label={`Delete ${device.name}`}>
                  Delete
                </Button>
              </td>
            )}
          </tr>
        );
      })}
    </TableFrame>
  );
}
