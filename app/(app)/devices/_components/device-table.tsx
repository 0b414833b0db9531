import Link from 'next/link';
import { Badge } from '../../../_components/badge';
import { Button, buttonClass } from '../../../_components/button';
import { TableFrame, cell, headerCell } from '../../../_components/table';
import type { DeviceRow } from '../../../_lib/types';

interface DeviceTableProps {
  devices: DeviceRow[];
  canEdit: boolean;
  onDelete: (device: DeviceRow) => void;
}

export function DeviceTable({ devices, canEdit, onDelete }: DeviceTableProps) {
  return (
    <TableFrame
      head={
        <>
          <th scope="col" className={headerCell}>Name</th>
          <th scope="col" className={headerCell}>Host</th>
          <th scope="col" className={headerCell}>Port</th>
          <th scope="col" className={headerCell}>Backup method</th>
          <th scope="col" className={headerCell}>Location</th>
          <th scope="col" className={headerCell}>Tags</th>
          <th scope="col" className={headerCell}>Enabled</th>
          {canEdit && (
            <th scope="col" className={headerCell}>
              <span className="sr-only">Actions</span>
            </th>
          )}
        </>
      }
    >
      {devices.map((device) => (
        <tr key={device.id} className="hover:bg-slate-50">
          <th scope="row" className={`${cell} text-left font-medium whitespace-nowrap text-slate-900`}>
            {device.name}
          </th>
          <td className={`${cell} font-mono text-xs whitespace-nowrap`}>{device.host}</td>
          <td className={`${cell} font-mono text-xs`}>{device.port}</td>
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
          <td className={cell}>
            <div className="flex flex-wrap gap-1">
              {device.tags.map((tag) => (
                <Badge key={tag}>{tag}</Badge>
              ))}
            </div>
          </td>
          <td className={cell}>{device.enabled ? <Badge tone="good">Enabled</Badge> : <Badge tone="muted">Disabled</Badge>}</td>
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
      ))}
    </TableFrame>
  );
}
