/** The device table's optional columns; Name and the actions are always shown. */
export const deviceColumns = [
  { key: 'address', label: 'Address' },
  { key: 'platform', label: 'Platform' },
  { key: 'model', label: 'Model' },
  { key: 'backupMethod', label: 'Backup method' },
  { key: 'location', label: 'Location' },
  { key: 'tags', label: 'Tags' },
  { key: 'repository', label: 'Repository' },
  { key: 'lastBackup', label: 'Last backup' },
  { key: 'status', label: 'Status' },
  { key: 'changed', label: 'Changed' },
] as const;

export type DeviceColumn = (typeof deviceColumns)[number]['key'];

/**
 * Hidden until chosen: the platform says most of what the backup method does, and most fleets
 * store into one repository.
 */
export const hiddenByDefault: DeviceColumn[] = ['backupMethod', 'repository'];
