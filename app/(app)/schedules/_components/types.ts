import type { RunMode, RunSummary } from '../../../_lib/types';

export interface ScheduleSelection {
  all?: boolean;
  tags?: string[];
  backupMethods?: string[];
  location?: string;
  enabledOnly?: boolean;
  deviceIds?: string[];
}

export interface Schedule {
  id: string;
  name: string;
  cron: string;
  description: string;
  timeZone: string;
  enabled: boolean;
  mode: RunMode;
  concurrency: number;
  selection: ScheduleSelection;
  nextRuns: string[];
  repository: { id: string; name: string } | null;
  lastRun: Pick<RunSummary, 'id' | 'status' | 'createdAt'> | null;
}

export const scheduleFields = /* GraphQL */ `
  id
  name
  cron
  description
  timeZone
  enabled
  mode
  concurrency
  selection
  nextRuns(count: 1)
  repository {
    id
    name
  }
  lastRun {
    id
    status
    createdAt
  }
`;

/** The selection in words, e.g. "Tags core, dc · emea". */
export function describeSelection(selection: ScheduleSelection): string {
  if (selection.deviceIds) return `${selection.deviceIds.length} chosen devices`;
  const parts: string[] = [];
  if (selection.tags?.length) parts.push(`tags ${selection.tags.join(', ')}`);
  if (selection.backupMethods?.length) parts.push(`backup methods ${selection.backupMethods.join(', ')}`);
  if (selection.location) parts.push(`location ${selection.location}`);
  const what = parts.length ? `Devices with ${parts.join(' and ')}` : 'All devices';
  return selection.enabledOnly === false ? `${what}, disabled ones too` : what;
}
