'use client';

import { formatAgo, formatDateTime, formatUtc } from '../../../_lib/format';

/** "5 min ago", with the time in the browser's zone and in UTC on hover. */
export function RelativeTime({ value, empty = '—', now }: { value: string | null | undefined; empty?: string; now: number }) {
  if (!value) return <span className="text-slate-400">{empty}</span>;
  return (
    <time dateTime={value} title={`${formatDateTime(value)} (${formatUtc(value)})`} className="whitespace-nowrap">
      {formatAgo(value, now)}
    </time>
  );
}
