/** What a schedule's `selection` holds; the schema calls it JSON, so its shape is written here. */
export interface ScheduleSelection {
  all?: boolean;
  tags?: string[];
  backupMethods?: string[];
  location?: string;
  enabledOnly?: boolean;
  deviceIds?: string[];
}

export const asScheduleSelection = (json: unknown) => (json ?? {}) as ScheduleSelection;

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

/** "1 device matches", "12 devices match". */
export function devicesMatch(count: number): string {
  return count === 1 ? '1 device matches' : `${count} devices match`;
}
