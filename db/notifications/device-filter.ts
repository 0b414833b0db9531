import { listBackupMethods } from '../../plugins/registry.ts';
import type { NotificationFilter } from './schema.ts';

export interface FilterableDevice {
  id: string;
  tags: string[];
  location: string;
  backupMethod: string;
}

const platformOf = new Map<string, string | undefined>();

/** Every list of the filter that is not empty must match; an empty filter matches every device. */
export function matchesFilter(filter: NotificationFilter, device: FilterableDevice): boolean {
  if (filter.deviceIds?.length && !filter.deviceIds.includes(device.id)) return false;
  if (filter.tags?.length && !filter.tags.some((tag) => device.tags.includes(tag))) return false;
  if (filter.locations?.length && !filter.locations.some((prefix) => device.location === prefix || device.location.startsWith(`${prefix.replace(/\/+$/, '')}/`))) return false;
  if (filter.platforms?.length) {
    if (platformOf.size === 0) for (const method of listBackupMethods()) platformOf.set(method.key, method.platform);
    const platform = platformOf.get(device.backupMethod);
    if (!platform || !filter.platforms.includes(platform)) return false;
  }
  return true;
}

export function isEmptyFilter(filter: NotificationFilter): boolean {
  return !filter.deviceIds?.length && !filter.tags?.length && !filter.locations?.length && !filter.platforms?.length;
}
