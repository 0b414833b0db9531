'use client';

import { controlClass } from '../../../_components/field';
import type { BackupMethod } from '../../../_lib/types';
import { useQuery } from '../../../_lib/use-query';

export interface DeviceFilterValues {
  search: string;
  backupMethod: string;
  enabled: '' | 'enabled' | 'disabled';
}

export function DeviceFilters({ values, onChange }: { values: DeviceFilterValues; onChange: (values: DeviceFilterValues) => void }) {
  const { data } = useQuery<{ backupMethods: Pick<BackupMethod, 'key' | 'friendlyName'>[] }>('query BackupMethodNames { backupMethods { key friendlyName } }');

  return (
    <div role="search" className="mb-4 grid gap-3 sm:grid-cols-[minmax(0,2fr)_minmax(0,1fr)_minmax(0,1fr)]">
      <div>
        <label htmlFor="device-search" className="mb-1 block text-sm font-medium text-slate-800">
          Search
        </label>
        <input
          id="device-search"
          type="search"
          placeholder="Name, host, location or tag"
          className={controlClass}
          value={values.search}
          onChange={(e) => onChange({ ...values, search: e.target.value })}
        />
      </div>
      <div>
        <label htmlFor="device-filter-method" className="mb-1 block text-sm font-medium text-slate-800">
          Backup method
        </label>
        <select id="device-filter-method" className={controlClass} value={values.backupMethod} onChange={(e) => onChange({ ...values, backupMethod: e.target.value })}>
          <option value="">All</option>
          {data?.backupMethods.map((method) => (
            <option key={method.key} value={method.key}>
              {method.friendlyName}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="device-filter-enabled" className="mb-1 block text-sm font-medium text-slate-800">
          State
        </label>
        <select
          id="device-filter-enabled"
          className={controlClass}
          value={values.enabled}
          onChange={(e) => onChange({ ...values, enabled: e.target.value as DeviceFilterValues['enabled'] })}
        >
          <option value="">All</option>
          <option value="enabled">Enabled</option>
          <option value="disabled">Disabled</option>
        </select>
      </div>
    </div>
  );
}
