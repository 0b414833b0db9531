'use client';

import { useDeferredValue, useId, useState } from 'react';
import { controlClass } from '../../../../../_components/field';
import { graphql } from '../../../../../_gql';
import { useQuery } from '../../../../../_lib/use-query';

const devicesQuery = graphql(`
  query CompareDeviceSearch($search: String) {
    devices(first: 20, search: $search, sort: { field: NAME }) {
      totalCount
      nodes {
        id
        name
        host
      }
    }
  }
`);

/** A device chosen by typing part of its name or address; the list shows the first 20 matches. */
export function DeviceCombobox({ label, deviceName, onChoose }: { label: string; deviceName: string; onChoose: (id: string) => void }) {
  const id = useId();
  const [typed, setTyped] = useState<string | null>(null);
  const [active, setActive] = useState(0);
  const open = typed !== null;
  const search = useDeferredValue(typed ?? '');
  const { data } = useQuery(devicesQuery, { search: search || null });
  const options = open ? (data?.devices.nodes ?? []) : [];

  const choose = (deviceId: string) => {
    setTyped(null);
    onChoose(deviceId);
  };

  return (
    <div className="relative">
      <label htmlFor={id} className="mb-1 block text-sm font-medium text-slate-800">
        {label}
      </label>
      <input
        id={id}
        role="combobox"
        aria-expanded={open}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={open && options[active] ? `${id}-${options[active].id}` : undefined}
        autoComplete="off"
        className={controlClass}
        value={typed ?? deviceName}
        placeholder="Search devices by name or address"
        onFocus={(e) => {
          setTyped('');
          setActive(0);
          e.currentTarget.select();
        }}
        onChange={(e) => {
          setTyped(e.target.value);
          setActive(0);
        }}
        onBlur={() => setTyped(null)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') setActive((i) => Math.min(i + 1, options.length - 1));
          else if (e.key === 'ArrowUp') setActive((i) => Math.max(i - 1, 0));
          else if (e.key === 'Enter' && options[active]) choose(options[active].id);
          else if (e.key === 'Escape') e.currentTarget.blur();
          else return;
          e.preventDefault();
        }}
      />
      {open && (
        <ul id={`${id}-list`} role="listbox" aria-label={`${label} matches`} className="absolute z-20 mt-1 max-h-72 w-full overflow-auto rounded-md border border-slate-200 bg-white py-1 text-sm shadow-lg">
          {options.map((device, i) => (
            <li
              key={device.id}
              id={`${id}-${device.id}`}
              role="option"
              aria-selected={i === active}
              className={`cursor-pointer px-3 py-1.5 ${i === active ? 'bg-sky-50 text-sky-900' : ''}`}
              // Chosen on mouse down, before the input's blur closes the list.
              onMouseDown={(e) => {
                e.preventDefault();
                choose(device.id);
              }}
              onMouseEnter={() => setActive(i)}
            >
              <span className="font-medium">{device.name}</span> <span className="text-slate-500">{device.host}</span>
            </li>
          ))}
          {data && options.length === 0 && <li className="px-3 py-1.5 text-slate-500">No device matches.</li>}
          {data && data.devices.totalCount > options.length && options.length > 0 && (
            <li className="px-3 py-1.5 text-xs text-slate-500">
              {data.devices.totalCount - options.length} more: type more of the name
            </li>
          )}
        </ul>
      )}
    </div>
  );
}
