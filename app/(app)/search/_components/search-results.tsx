'use client';

import Link from 'next/link';
import type { ReactNode } from 'react';
import { Time } from '../../../_components/time';
import { graphql, getFragmentData, type FragmentType } from '../../../_gql';

const searchResultDeviceFragment = graphql(`
  fragment SearchResultDevice on ConfigSearchDevice {
    device {
      id
      name
      location
      backupMethod
    }
    versionCount
    versions {
      backup {
        id
        artifact
        createdAt
      }
      matched
      matchCount
      truncated
      lines(first: 100) {
        number
        text
        isMatch
        highlights
      }
    }
  }
`);

type SearchLine = { number: number; text: string; isMatch: boolean; highlights: number[] };

/** A line with its matches marked; a matching line JavaScript could not place is marked whole. */
function highlighted(line: SearchLine): ReactNode {
  if (!line.isMatch) return line.text || ' ';
  if (line.highlights.length === 0) return <mark className="bg-amber-200 text-slate-900">{line.text}</mark>;
  const parts: ReactNode[] = [];
  let at = 0;
  for (let i = 0; i + 1 < line.highlights.length; i += 2) {
    const [start, end] = [line.highlights[i], line.highlights[i + 1]];
    if (start > at) parts.push(line.text.slice(at, start));
    parts.push(
      <mark key={start} className="rounded-sm bg-amber-200 text-slate-900">
        {line.text.slice(start, end)}
      </mark>,
    );
    at = end;
  }
  parts.push(line.text.slice(at));
  return parts;
}

function Lines({ lines }: { lines: SearchLine[] }) {
  return (
    <pre className="overflow-x-auto bg-slate-50 py-1 font-mono text-xs leading-5 text-slate-800">
      {lines.map((line, index) => (
        <div key={line.number}>
          {index > 0 && lines[index - 1].number + 1 !== line.number && (
            <div className="px-3 text-slate-400 select-none" aria-hidden="true">
              ⋯
            </div>
          )}
          <div className={`flex ${line.isMatch ? 'bg-amber-50' : ''}`} data-match={line.isMatch ? 'true' : undefined}>
            <span className="w-14 shrink-0 pr-3 text-right text-slate-400 select-none">{line.number}</span>
            <span className="pr-3 whitespace-pre">{highlighted(line)}</span>
          </div>
        </div>
      ))}
    </pre>
  );
}

export function SearchResults({ devices }: { devices: FragmentType<typeof searchResultDeviceFragment>[] }) {
  return (
    <ul className="space-y-4">
      {devices.map((ref) => {
        const group = getFragmentData(searchResultDeviceFragment, ref);
        return (
          <li key={group.device.id} className="overflow-hidden rounded-md border border-slate-200 bg-white" aria-label={group.device.name}>
            <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1 border-b border-slate-200 px-4 py-2">
              <Link href={`/devices/${group.device.id}`} className="font-medium text-sky-800 hover:underline">
                {group.device.name}
              </Link>
              <span className="text-xs text-slate-500">
                {group.device.backupMethod}
                {group.device.location ? ` · ${group.device.location}` : ''}
              </span>
              {group.versionCount > group.versions.length && (
                <span className="text-xs text-slate-500">
                  newest {group.versions.length} of {group.versionCount} versions
                </span>
              )}
            </div>
            {group.versions.map((version) => (
              <div key={version.backup.id} className="border-b border-slate-100 last:border-b-0">
                <div className="flex flex-wrap items-baseline gap-x-3 px-4 py-1.5 text-sm">
                  <Link href={`/devices/${group.device.id}/backups/${version.backup.id}`} className="font-mono text-sky-800 hover:underline">
                    {version.backup.artifact}
                  </Link>
                  <span className="text-xs text-slate-500">
                    stored <Time value={version.backup.createdAt} />
                  </span>
                  <span className="text-xs text-slate-600">
                    {version.matched ? `${version.matchCount} matching line${version.matchCount === 1 ? '' : 's'}` : 'no match'}
                    {version.truncated || version.lines.length < version.matchCount ? ' (first ones shown)' : ''}
                  </span>
                </div>
                {version.lines.length > 0 && <Lines lines={version.lines} />}
              </div>
            ))}
          </li>
        );
      })}
    </ul>
  );
}
