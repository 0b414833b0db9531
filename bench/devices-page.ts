/**
 * `tidemark bench devices-page`: how fast the device list page's requests answer over HTTP with a
 * large fleet and its history. The fleet is inserted with SQL (bench/fleet-history.ts): it is a
 * fixture here, not what is measured.
 */
import {
  BackupMethodNamesDocument,
  DeviceBulkChoicesDocument,
  DevicesDocument,
  MeDocument,
  type DevicesQuery,
  type DevicesQueryVariables,
} from '../app/_gql/graphql.ts';
import { DEFAULT_DEVICE_PAGE_SIZE } from '../db/devices/device-list-address.ts';
import type { Logger } from '../infra/log.ts';
import { startPageBench, timePage, type PageBenchOptions, type PageRequest } from './page-requests.ts';

export type DevicesPageOptions = PageBenchOptions;

/** The variables the page sends for an address: its defaults, with `change` on top. */
function devicesRequest(label: string, change: Partial<DevicesQueryVariables> = {}): PageRequest {
  const variables: DevicesQueryVariables = { first: DEFAULT_DEVICE_PAGE_SIZE, offset: 0, search: null, filter: {}, sort: { field: 'NAME', descending: false }, ...change };
  return { label, document: DevicesDocument, variables, describe: (data) => `${(data as DevicesQuery).devices.totalCount} matching` };
}

export async function benchDevicesPage(options: DevicesPageOptions, log: Logger, signal: AbortSignal): Promise<void> {
  const stack = await startPageBench('devices-page', options, log, signal);
  try {

    const lastPage = Math.max(0, Math.ceil(options.devices / DEFAULT_DEVICE_PAGE_SIZE) - 1) * DEFAULT_DEVICE_PAGE_SIZE;
    await timePage(
      stack.session,
      {
        name: 'device list',
        onOpen: [
          { label: 'Me', document: MeDocument },
          devicesRequest('Devices (first page by name)'),
          { label: 'DeviceBulkChoices', document: DeviceBulkChoicesDocument },
          { label: 'BackupMethodNames', document: BackupMethodNamesDocument },
        ],
        more: [
          devicesRequest('Devices, last page', { offset: lastPage }),
          devicesRequest('Devices, by last backup, newest first', { sort: { field: 'LAST_BACKUP_AT', descending: true } }),
          devicesRequest('Devices, by status', { sort: { field: 'LAST_STATUS', descending: false } }),
          // Matches about one device in a hundred, by name, host or location.
          devicesRequest('Devices, search "site-42"', { search: 'site-42' }),
          devicesRequest('Devices, search "sw-0042"', { search: 'sw-0042' }),
          // Matches tags by substring: rack-3 and rack-30 to rack-39, about one device in four.
          devicesRequest('Devices, search "rack-3"', { search: 'rack-3' }),
          // The dashboard's links: failed and stale devices.
          devicesRequest('Devices, status failed', { filter: { lastStatus: 'failed' } }),
          devicesRequest('Devices, stale over 24 h', { filter: { stale: true, staleHours: 24 } }),
        ],
      },
      options.requests,
      signal,
    );
  } finally {
    await stack.close();
  }
}
