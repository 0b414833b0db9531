'use client';

import Link from 'next/link';
import { useMemo, useState } from 'react';
import { buttonClass } from '../../../_components/button';
import { CheckboxField, controlClass } from '../../../_components/field';
import { PageHeader } from '../../../_components/page-header';
import { ErrorState, LoadingState } from '../../../_components/states';
import { Time } from '../../../_components/time';
import { formatBytes } from '../../../_lib/format';
import { graphql } from '../../../_gql';
import { useQuery } from '../../../_lib/use-query';

const contentQuery = graphql(`
  query BackupContent($id: ID!) {
    backupContent(id: $id) {
      content
      lineCount
      backup {
        id
        artifact
        createdAt
        size
        sha256
        downloadUrl
        device {
          id
          name
        }
      }
    }
  }
`);

export function BackupView({ deviceId, backupId }: { deviceId: string; backupId: string }) {
  const { data, error, reload } = useQuery(contentQuery, { id: backupId });
  const [find, setFind] = useState('');
  const [onlyMatches, setOnlyMatches] = useState(false);
  const lines = useMemo(() => (data ? data.backupContent.content.replace(/\n$/, '').split('\n') : []), [data]);
  const term = find.trim().toLowerCase();
  const matches = term ? lines.filter((line) => line.toLowerCase().includes(term)).length : 0;

  if (error) return <ErrorState message={error.message} onRetry={reload} />;
  if (!data) return <LoadingState label="Loading backup…" />;
  const { backup } = data.backupContent;

  return (
    <>
      <PageHeader
        title={`${backup.device?.name ?? 'Device'} · ${backup.artifact}`}
        description={
          <>
            <Time value={backup.createdAt} /> · {formatBytes(backup.size)} · {data.backupContent.lineCount} lines
          </>
        }
        actions={
          <>
            <a href={backup.downloadUrl} download className={buttonClass('secondary')}>
              Download
            </a>
            <Link href={`/devices/${deviceId}`} className={buttonClass('ghost')}>
              Back to device
            </Link>
          </>
        }
      />
      <div role="search" className="mb-3 flex flex-wrap items-end gap-4">
        <div className="w-full max-w-sm">
          <label htmlFor="find" className="mb-1 block text-sm font-medium text-slate-800">
            Find
          </label>
          <input id="find" type="search" className={controlClass} value={find} onChange={(e) => setFind(e.target.value)} />
        </div>
        <CheckboxField id="only-matches" label="Only matching lines" checked={onlyMatches} onChange={(e) => setOnlyMatches(e.target.checked)} />
        {term && (
          <p className="text-sm text-slate-600" aria-live="polite">
            {matches} matching {matches === 1 ? 'line' : 'lines'}
          </p>
        )}
      </div>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="min-w-full font-mono text-xs" aria-label="Configuration">
          <tbody>
            {lines.map((line, index) => {
              const hit = term !== '' && line.toLowerCase().includes(term);
              if (onlyMatches && term && !hit) return null;
              return (
                <tr key={index} className={hit ? 'bg-amber-100' : undefined} data-match={hit || undefined}>
                  <td className="w-12 border-r border-slate-200 px-2 text-right text-slate-400 select-none">{index + 1}</td>
                  <td className="px-3 whitespace-pre">{line || ' '}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
