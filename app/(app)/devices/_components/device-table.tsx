import Link from 'next/link';
import { Badge } from '../../../_components/badge';
import { Button, buttonClass } from '../../../_components/button';
import { TableFrame } from '../../../_components/table';
import { getFragmentData, graphql, type FragmentType } from '../../../_gql';
import type { DeviceTableRowFragment } from '../../../_gql/graphql';
import { deviceStatusTones } from '../../../_lib/types';
import { SavedStateBadge } from '../../_components/status-badges';
import { SourceBadge } from '../../sources/_components/source-badge';
import { EffectiveRepositoryName } from './effective-repository';
import type { DeviceListSort } from '../../../../db/devices/device-list-address';
import type { DeviceColumn } from './device-columns';
import { RelativeTime } from './relative-time';

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
      platform
    }
    location
    tags
    model
    effectiveRepository {
      isDefault
      repository {
        id
        name
      }
    }
    enabled
    lastBackupAt
    lastStatus
    lastErrorCode
    lastErrorMessage
    lastChangedAt
    savedState
    source {
      id
      name
      kind
    }
  }
`);

export interface Sort {
  field: DeviceListSort;
  descending: boolean;
}

const RECENT_MS = 24 * 60 * 60 * 1000;

// Tighter than other tables: one line per device, and every column and the actions within 1440 px.
const headerCell = 'px-2 py-2 text-left text-xs font-semibold tracking-wide text-slate-600 uppercase';
const cell = 'px-2 py-1 align-middle';

interface DeviceTableProps {
  devices: FragmentType<typeof deviceTableRowFragment>[];
  columns: ReadonlySet<DeviceColumn>;
  canEdit: boolean;
  sort: Sort;
  onSort: (sort: Sort) => void;
  selected: (id: string) => boolean;
  onSelect: (devices: DeviceTableRowFragment[], selected: boolean) => void;
  onDelete: (device: DeviceTableRowFragment) => void;
  /** The time relative times count from, so that a page reads one moment. */
  now: number;
}

function SortHeader({ field, label, sort, onSort }: { field: DeviceListSort; label: string; sort: Sort; onSort: (sort: Sort) => void }) {
  const active = sort.field === field;
  return (
    <th scope="col" className={headerCell} aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
      <button
        type="button"
        className="inline-flex items-center gap-1 whitespace-nowrap uppercase hover:text-slate-900"
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

/** "Failed · AUTH_FAILED": the outcome and, for a failure, its code; the message on hover. */
function StatusCell({ device }: { device: DeviceTableRowFragment }) {
  const status = device.lastStatus;
  const label = status ? status.charAt(0).toUpperCase() + status.slice(1) : 'Never';
  const code = status === 'failed' && device.lastErrorCode ? ` · ${device.lastErrorCode}` : '';
  return (
    <div className="flex items-center gap-1 whitespace-nowrap">
      <span title={device.lastErrorCode ? `${device.lastErrorCode}: ${device.lastErrorMessage ?? ''}` : undefined}>
        <Badge tone={status ? (deviceStatusTones[status] ?? 'neutral') : 'muted'}>
          {/* The longest codes (NO_CREDENTIAL_SET) are cut short; the title gives them whole. */}
          <span className="max-w-[9.5rem] truncate">
            {label}
            {code}
          </span>
        </Badge>
      </span>
      {/* A saved configuration needs no attention, so the list shows only the states that do. */}
      {device.savedState !== 'SAVED' && <SavedStateBadge state={device.savedState} />}
    </div>
  );
}

const compactButton = 'px-2 py-0.5 text-xs';

export function DeviceTable({ devices: deviceRefs, columns, canEdit, sort, onSort, selected, onSelect, onDelete, now }: DeviceTableProps) {
  const devices = getFragmentData(deviceTableRowFragment, deviceRefs);
  const allSelected = devices.length > 0 && devices.every((d) => selected(d.id));
  const shown = (column: DeviceColumn) => columns.has(column);
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
                onChange={(e) => onSelect(devices, e.target.checked)}
              />
            </th>
          )}
          <SortHeader field="name" label="Name" sort={sort} onSort={onSort} />
          {shown('address') && <SortHeader field="host" label="Address" sort={sort} onSort={onSort} />}
          {shown('platform') && (
            <th scope="col" className={headerCell}>
              Platform
            </th>
          )}
          {shown('model') && (
            <th scope="col" className={headerCell}>
              Model
            </th>
          )}
          {shown('backupMethod') && <SortHeader field="method" label="Backup method" sort={sort} onSort={onSort} />}
          {shown('location') && <SortHeader field="location" label="Location" sort={sort} onSort={onSort} />}
          {shown('tags') && (
            <th scope="col" className={headerCell}>
              Tags
            </th>
          )}
          {shown('repository') && (
            <th scope="col" className={headerCell}>
              Repository
            </th>
          )}
          {shown('lastBackup') && <SortHeader field="backup" label="Last backup" sort={sort} onSort={onSort} />}
          {shown('status') && <SortHeader field="status" label="Status" sort={sort} onSort={onSort} />}
          {shown('changed') && (
            <th scope="col" className={headerCell}>
              Changed
            </th>
          )}
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
          <tr key={device.id} className="hover:bg-slate-50" data-testid="device-row">
            {canEdit && (
              <td className={`${cell}`}>
                <input
                  type="checkbox"
                  aria-label={`Select ${device.name}`}
                  className="size-4 accent-sky-700"
                  checked={selected(device.id)}
                  onChange={(e) => onSelect([device], e.target.checked)}
                />
              </td>
            )}
            <th scope="row" className={`${cell} text-left font-medium whitespace-nowrap text-slate-900`}>
              <Link href={`/devices/${device.id}`} className="inline-block max-w-[12rem] truncate align-middle text-sky-800 hover:underline" title={device.name}>
                {device.name}
              </Link>
              {device.source && (
                <span className="ml-1.5">
                  <SourceBadge source={device.source} />
                </span>
              )}
              {!device.enabled && (
                <span className="ml-1.5">
                  <Badge tone="muted">Disabled</Badge>
                </span>
              )}
            </th>
            {shown('address') && (
              <td className={`${cell} font-mono text-xs whitespace-nowrap`}>
                {device.host}
                {device.port !== 22 && <span className="text-slate-500">:{device.port}</span>}
              </td>
            )}
            {shown('platform') && (
              <td className={`${cell} font-mono text-xs whitespace-nowrap`}>
                {device.backupMethodInfo?.platform ?? <Badge tone="warn">unknown</Badge>}
                {device.backupMethodInfo?.isBinary && (
                  <span className="ml-1.5 font-sans">
                    <Badge tone="info">binary</Badge>
                  </span>
                )}
              </td>
            )}
            {shown('model') && (
              <td className={`${cell} text-xs whitespace-nowrap text-slate-700`} data-testid="device-model">
                {device.model ? (
                  <span className="inline-block max-w-[6rem] truncate align-middle" title={device.model}>
                    {device.model}
                  </span>
                ) : (
                  <span className="text-slate-400">—</span>
                )}
              </td>
            )}
            {shown('backupMethod') && (
              <td className={`${cell} whitespace-nowrap`}>
                {device.backupMethodInfo?.friendlyName ?? <span className="font-mono text-xs">{device.backupMethod}</span>}
              </td>
            )}
            {shown('location') && (
              <td className={`${cell} whitespace-nowrap text-slate-700`}>
                {device.location ? (
                  <span className="inline-block max-w-[7rem] truncate align-middle" title={device.location}>
                    {device.location}
                  </span>
                ) : (
                  <span className="text-slate-400">—</span>
                )}
              </td>
            )}
            {shown('tags') && (
              <td className={`${cell}`}>
                {device.tags.length > 0 ? (
                  <div className="flex max-w-[8rem] gap-1 overflow-hidden whitespace-nowrap" title={device.tags.join(', ')} data-testid="device-tags">
                    {device.tags.map((tag) => (
                      <Badge key={tag}>{tag}</Badge>
                    ))}
                  </div>
                ) : (
                  <span className="text-slate-400">—</span>
                )}
              </td>
            )}
            {shown('repository') && (
              <td className={`${cell} text-xs whitespace-nowrap`} data-testid="device-repository">
                <EffectiveRepositoryName effective={device.effectiveRepository} />
              </td>
            )}
            {shown('lastBackup') && (
              <td className={`${cell} text-xs`}>
                <RelativeTime value={device.lastBackupAt} empty="Never" now={now} />
              </td>
            )}
            {shown('status') && (
              <td className={`${cell}`}>
                <StatusCell device={device} />
              </td>
            )}
            {shown('changed') && (
              <td className={`${cell} text-xs`}>
                {device.lastChangedAt ? (
                  <span className={changedRecently ? 'font-medium text-amber-800' : 'text-slate-600'}>
                    <RelativeTime value={device.lastChangedAt} now={now} />
                  </span>
                ) : (
                  <span className="text-slate-400">—</span>
                )}
              </td>
            )}
            {canEdit && (
              <td className={`${cell} text-right whitespace-nowrap`}>
                <Link href={`/devices/${device.id}/edit`} className={buttonClass('ghost', compactButton)} aria-label={`Edit ${device.name}`}>
                  Edit
                </Link>
                <Button variant="ghostDanger" className={compactButton} onClick={() => onDelete(device)} aria-label={`Delete ${device.name}`}>
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
