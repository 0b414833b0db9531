import type { ReactNode } from 'react';

export const headerCell = 'px-3 py-2 text-left text-xs font-semibold tracking-wide text-slate-600 uppercase';
export const cell = 'px-3 py-2 align-middle';

/**
 * A table that scrolls sideways inside its own box on narrow screens. The box is `relative` so that
 * visually hidden headers (absolutely positioned) stay inside it instead of widening the page.
 */
export function TableFrame({ head, children }: { head: ReactNode; children: ReactNode }) {
  return (
    <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <thead className="bg-slate-50">
          <tr>{head}</tr>
        </thead>
        <tbody className="divide-y divide-slate-100">{children}</tbody>
      </table>
    </div>
  );
}
