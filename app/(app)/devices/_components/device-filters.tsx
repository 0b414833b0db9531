'use client';

import { controlClass } from '../../../_components/field';
import { graphql } from '../../../_gql';
import { useQuery } from '../../../_lib/use-query';
import type { DeviceListAddress } from '../../../../db/devices/device-list-address';

export type DeviceFilterValues = Pick<DeviceListAddress, 'search' | 'backupMethod' | 'status' | 'staleHours' | 'tag' | 'location' | 'model' | 'state'>;

const staleChoices = [6, 12, 24, 48, 72, 168];

const backupMethodNamesQuery = graphql(`
  query BackupMethodNames {
    backupMethods {
      key
      friendlyName
    }
  }
`);

const labelClass = 'mb-1 block text-sm font-medium text-slate-800';

export function DeviceFilters({ values, onChange }: { values: DeviceFilterValues; onChange: (values: DeviceFilterValues) => void }) {
  const { data } = useQuery(backupMethodNamesQuery);
  const set = <K extends keyof DeviceFilterValues>(key: K, value: DeviceFilterValues[K]) => onChange({ ...values, [key]: value });

  return (
    <div role="search" className="mb-3 grid grid-cols-2 gap-3 md:grid-cols-3 xl:grid-cols-8">
      <div className="col-span-2 md:col-span-3 xl:col-span-2">
        <label htmlFor="device-search" className={labelClass}>
          Search
        </label>
        <input
          id="device-search"
          type="search"
          placeholder="Name, host, location or tag"
          className={controlClass}
          value={values.search}
          onChange={(e) => set('search', e.target.value)}
        />
      </div>
      <div>
        <label htmlFor="device-filter-method" className={labelClass}>
          Backup method
        </label>
        <select id="device-filter-method" className={controlClass} value={values.backupMethod} onChange={(e) => set('backupMethod', e.target.value)}>
          <option value="">All</option>
          {data?.backupMethods.map((method) => (
            <option key={method.key} value={method.key}>
              {method.friendlyName}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="device-filter-status" className={labelClass}>
          Last status
        </label>
        <select id="device-filter-status" className={controlClass} value={values.status} onChange={(e) => set('status', e.target.value as DeviceFilterValues['status'])}>
          <option value="">All</option>
          <option value="succeeded">Succeeded</option>
          <option value="failed">Failed</option>
          <option value="cancelled">Cancelled</option>
          <option value="stale">Stale</option>
        </select>
        {values.status === 'stale' && (
          <select
            aria-label="Stale after"
            className={`${controlClass} mt-1`}
            value={values.staleHours}
            onChange={(e) => set('staleHours', Number(e.target.value))}
          >
            {[...new Set([...staleChoices, values.staleHours])]
              .sort((a, b) => a - b)
              .map((hours) => (
                <option key={hours} value={hours}>
                  No success in {hours} h
                </option>
              ))}
          </select>
        )}
      </div>
      <div>
        <label htmlFor="device-filter-tag" className={labelClass}>
          Tag
        </label>
        <input id="device-filter-tag" className={controlClass} autoComplete="off" value={values.tag} onChange={(e) => set('tag', e.target.value)} />
      </div>
      <div>
        <label htmlFor="device-filter-location" className={labelClass}>
          Location
        </label>
        <input id="device-filter-location" className={controlClass} autoComplete="off" placeholder="e.g. emea" value={values.location} onChange={(e) => set('location', e.target.value)} />
      </div>
      <div>
        <label htmlFor="device-filter-model" className={labelClass}>
          Model
        </label>
        <input id="device-filter-model" className={controlClass} autoComplete="off" placeholder="e.g. C9300" value={values.model} onChange={(e) => set('model', e.target.value)} />
      </div>
      <div>
        <label htmlFor="device-filter-enabled" className={labelClass}>
          State
        </label>
        <select id="device-filter-enabled" className={controlClass} value={values.state} onChange={(e) => set('state', e.target.value as DeviceFilterValues['state'])}>
          <option value="">All</option>
          <option value="enabled">Enabled</option>
          <option value="disabled">Disabled</option>
        </select>
      </div>
    </div>
  );
}
