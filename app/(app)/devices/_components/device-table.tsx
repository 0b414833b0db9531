import Link from 'next/link';
import { Badge } from '../../../_components/badge';
import { Button, buttonClass } from '../../../_components/button';
import type { DeviceRow } from '../../../_lib/types';

interface DeviceTableProps {
  devices: DeviceRow[];
  canEdit: boolean;
  onDelete: (device: DeviceRow) => void;
}

const th = 'px-3 py-2 text-left text-xs font-semibold tracking-wide text-slate-600 uppercase';
const td = 'px-3 py-2 align-top';

export function DeviceTable({ devices, canEdit, onDelete }: DeviceTableProps) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <thead className="bg-slate-50">
          <tr>
            <th scope="col" className={th}>Name</th>
            <th scope="col" className={th}>Host</th>
            <th scope="col" className={th}>Port</th>
            <th scope="col" className={th}>Backup method</th>
            <th scope="col" className={th}>Location</th>
            <th scope="col" className={th}>Tags</th>
            <th scope="col" className={th}>Enabled</th>
            {canEdit && (
              <th scope="col" className={th}>
                <span className="sr-only">Actions</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {devices.map((device) => (
            <tr key={device.id} className="hover:bg-slate-50">
              <th scope="row" className={`${td} text-left font-medium whitespace-nowrap text-slate-900`}>
                {device.name}
              </th>
              <td className={`${td} font-mono text-xs whitespace-nowrap`}>{device.host}</td>
              <td className={`${td} font-mono text-xs`}>{device.port}</td>
              <td className={`${td} whitespace-nowrap`}>
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
              <td className={`${td} whitespace-nowrap text-slate-700`}>{device.location || <span className="text-slate-400">—</span>}</td>
              <td className={td}>
                <div className="flex flex-wrap gap-1">
                  {device.tags.map((tag) => (
                    <Badge key={tag}>{tag}</Badge>
                  ))}
                </div>
              </td>
              <td className={td}>{device.enabled ? <Badge tone="good">Enabled</Badge> : <Badge tone="muted">Disabled</Badge>}</td>
              {canEdit && (
                <td className={`${td} text-right whitespace-nowrap`}>
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
        </tbody>
      </table>
    </div>
  );
}
