'use client';

import { useState } from 'react';
import { buttonClass } from '../../../_components/button';
import { deviceColumns, type DeviceColumn } from './device-columns';

/** Which optional columns the table shows; the choice is kept in this browser. */
export function ColumnChooser({ hidden, onChange }: { hidden: readonly DeviceColumn[]; onChange: (hidden: DeviceColumn[]) => void }) {
  // The choices exist only while open, so a closed chooser adds no controls to the page.
  const [open, setOpen] = useState(false);
  return (
    <details className="relative" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className={buttonClass('secondary', 'cursor-pointer list-none px-2.5 py-1 text-xs')}>Columns</summary>
      {open && (
      <fieldset className="absolute right-0 z-20 mt-1 w-48 space-y-1 rounded-md border border-slate-200 bg-white p-3 shadow-lg">
        <legend className="sr-only">Columns shown</legend>
        {deviceColumns.map((column) => (
          <label key={column.key} className="flex items-center gap-2 text-sm text-slate-800">
            <input
              type="checkbox"
              className="size-4 accent-sky-700"
              checked={!hidden.includes(column.key)}
              onChange={(e) => onChange(e.target.checked ? hidden.filter((key) => key !== column.key) : [...hidden, column.key])}
            />
            {column.label}
          </label>
        ))}
      </fieldset>
      )}
    </details>
  );
}
