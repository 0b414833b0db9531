'use client';

import { useEffect, useState } from 'react';
import { formatDateTime, formatUtc } from '../_lib/format';

/**
 * A time in the browser's zone, with UTC on hover. The server renders UTC and the browser
 * swaps in its own zone after hydration, so both renders agree.
 */
export function Time({ value, empty = '—', wrap = false }: { value: string | null | undefined; empty?: string; wrap?: boolean }) {
  const [local, setLocal] = useState(false);
  useEffect(() => setLocal(true), []);
  if (!value) return <span className="text-slate-400">{empty}</span>;
  return (
    <time dateTime={value} title={formatUtc(value)} className={wrap ? undefined : 'whitespace-nowrap'}>
      {local ? formatDateTime(value) : formatUtc(value)}
    </time>
  );
}
