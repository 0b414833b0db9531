/**
 * The device list's address (`/devices?q=core&status=failed&page=2`): its search, filters, sort and
 * page. The list page keeps its state there, and `GET /api/devices.csv` reads the same names, so an
 * export link is the page's own query. Pure: the browser imports it too.
 */
import type { DeviceFilter } from './list-devices.ts';

export const deviceStatuses = ['succeeded', 'failed', 'cancelled', 'stale'] as const;
export type DeviceStatusChoice = (typeof deviceStatuses)[number] | '';
export const deviceStates = ['enabled', 'disabled'] as const;
export type DeviceStateChoice = (typeof deviceStates)[number] | '';
export const deviceListSorts = ['name', 'host', 'method', 'location', 'backup', 'status'] as const;
export type DeviceListSort = (typeof deviceListSorts)[number];
export const devicePageSizes = [25, 50, 100, 200] as const;
export const DEFAULT_DEVICE_PAGE_SIZE = 25;
export const DEFAULT_STALE_HOURS_CHOICE = 24;

export interface DeviceListAddress {
  search: string;
  backupMethod: string;
  status: DeviceStatusChoice;
  /** Only with status "stale". */
  staleHours: number;
  tag: string;
  location: string;
  /** A substring of the model. */
  model: string;
  state: DeviceStateChoice;
  sort: DeviceListSort;
  descending: boolean;
  /** 1-based. */
  page: number;
  size: number;
}

const oneOf = <T extends string>(choices: readonly T[], value: string | null): T | '' => (choices as readonly string[]).includes(value ?? '') ? (value as T) : '';

function wholeNumber(value: string | null, min: number, max: number): number | null {
  if (!value || !/^\d+$/.test(value)) return null;
  const n = Number(value);
  return n >= min && n <= max ? n : null;
}

/** Unknown or malformed values fall back to the defaults: an old bookmark still opens. */
export function readDeviceListAddress(params: URLSearchParams, defaultSize: number = DEFAULT_DEVICE_PAGE_SIZE): DeviceListAddress {
  const size = wholeNumber(params.get('size'), 1, 200);
  return {
    search: params.get('q') ?? '',
    backupMethod: params.get('method') ?? '',
    status: oneOf(deviceStatuses, params.get('status')),
    staleHours: wholeNumber(params.get('hours'), 1, 24 * 365) ?? DEFAULT_STALE_HOURS_CHOICE,
    tag: params.get('tag') ?? '',
    location: params.get('location') ?? '',
    model: params.get('model') ?? '',
    state: oneOf(deviceStates, params.get('state')),
    sort: oneOf(deviceListSorts, params.get('sort')) || 'name',
    descending: params.get('desc') === '1',
    page: wholeNumber(params.get('page'), 1, 1_000_000) ?? 1,
    size: size && (devicePageSizes as readonly number[]).includes(size) ? size : defaultSize,
  };
}

/** The address's query, defaults left out. */
export function writeDeviceListAddress(address: DeviceListAddress, defaultSize: number = DEFAULT_DEVICE_PAGE_SIZE): string {
  const params = new URLSearchParams();
  if (address.search) params.set('q', address.search);
  if (address.backupMethod) params.set('method', address.backupMethod);
  if (address.status) params.set('status', address.status);
  if (address.status === 'stale' && address.staleHours !== DEFAULT_STALE_HOURS_CHOICE) params.set('hours', String(address.staleHours));
  if (address.tag) params.set('tag', address.tag);
  if (address.location) params.set('location', address.location);
  if (address.model) params.set('model', address.model);
  if (address.state) params.set('state', address.state);
  if (address.sort !== 'name') params.set('sort', address.sort);
  if (address.descending) params.set('desc', '1');
  if (address.page > 1) params.set('page', String(address.page));
  if (address.size !== defaultSize) params.set('size', String(address.size));
  return params.toString();
}

/** The search and filter the address selects, as `devices(search, filter)` and the bulk verbs take them. */
export function deviceQueryOf(address: Pick<DeviceListAddress, 'search' | 'backupMethod' | 'status' | 'staleHours' | 'tag' | 'location' | 'model' | 'state'>): {
  search: string | null;
  filter: DeviceFilter;
} {
  const filter: DeviceFilter = {};
  if (address.backupMethod) filter.backupMethod = address.backupMethod;
  if (address.status === 'stale') {
    filter.stale = true;
    filter.staleHours = address.staleHours;
  } else if (address.status) {
    filter.lastStatus = address.status;
  }
  const tag = address.tag.trim();
  if (tag) filter.tag = tag;
  const location = address.location.trim();
  if (location) filter.location = location;
  const model = address.model.trim();
  if (model) filter.model = model;
  if (address.state) filter.enabled = address.state === 'enabled';
  return { search: address.search.trim() || null, filter };
}
