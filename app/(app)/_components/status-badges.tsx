import { Badge } from '../../_components/badge';
import { deviceStatusTones, runDeviceStatusLabels, runStatusLabels, savedStateLabels, type RunDeviceStatus, type RunStatus, type SavedState } from '../../_lib/types';

export function RunStatusBadge({ status }: { status: RunStatus }) {
  const { label, tone } = runStatusLabels[status];
  return <Badge tone={tone}>{label}</Badge>;
}

export function RunDeviceStatusBadge({ status }: { status: RunDeviceStatus }) {
  const { label, tone } = runDeviceStatusLabels[status];
  return <Badge tone={tone}>{label}</Badge>;
}

/** A device's last backup outcome; null means it was never backed up. */
export function DeviceStatusBadge({ status }: { status: string | null }) {
  if (!status) return <Badge tone="muted">Never</Badge>;
  return <Badge tone={deviceStatusTones[status] ?? 'neutral'}>{status.charAt(0).toUpperCase() + status.slice(1)}</Badge>;
}

/** Whether the running configuration was saved at the last backup; nothing when that is not known. */
export function SavedStateBadge({ state }: { state: SavedState | null }) {
  if (!state) return null;
  const { label, tone, description } = savedStateLabels[state];
  return (
    <span title={description} className="whitespace-nowrap">
      <Badge tone={tone}>{label}</Badge>
    </span>
  );
}
