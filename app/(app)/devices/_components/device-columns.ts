/** The device table's optional columns; Name and the actions are always shown. */
export const deviceColumns = [
  { key: 'address', label: 'Address' },
  { key: 'platform', label: 'Platform' },
  { key: 'backupMethod', label: 'Backup method' },
  { key: 'location', label: 'Location' },
  { key: 'tags', label: 'Tags' },
  { key: 'lastBackup', label: 'Last backup' },
  { key: 'status', label: 'Status' },
  { key: 'changed', label: 'Changed' },
] as const;

export type DeviceColumn = (typeof deviceColumns)[number]['key'];

/** Hidden until chosen: the platform says most of what the backup method does. */
export const hiddenByDefault: DeviceColumn[] = ['backupMethod'];
