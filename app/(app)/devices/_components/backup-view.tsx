'use client';

import Link from 'next/link';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { Button, buttonClass } from '../../../_components/button';
import { CheckboxField, controlClass } from '../../../_components/field';
import { PageHeader } from '../../../_components/page-header';
import { ErrorState, LoadingState } from '../../../_components/states';
import { Time } from '../../../_components/time';
import { formatBytes } from '../../../_lib/format';
import { graphql } from '../../../_gql';
import { useQuery } from '../../../_lib/use-query';
import { compareUrl } from '../../_components/change-parts';
import { useSession } from '../../_components/session';
import { CopyButton } from '../../runs/_components/copy-button';

const contentQuery = graphql(`
  query BackupContent($id: ID!, $revealSecrets: Boolean!) {
    backupContent(id: $id, revealSecrets: $revealSecrets) {
      content
      lineCount
      secretsRevealed
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
          keepSecrets
        }
      }
    }
  }
`);

/** The artifact's versions, newest first, to step to the version before or after this one. */
const neighbourVersionsQuery = graphql(`
  query BackupNeighbourVersions($deviceId: ID!, $artifact: String!) {
    device(id: $deviceId) {
      id
      versions(artifact: $artifact, first: 200) {
        nodes {
          id
          previousId
        }
      }
    }
  }
`);

/** `#L47` in the address names line 47. */
function lineFromHash(): number | null {
  const match = /^#L(\d+)$/.exec(window.location.hash);
  return match ? Number(match[1]) : null;
}

function scrollToLine(line: number) {
  document.getElementById(`L${line}`)?.scrollIntoView({ block: 'center' });
}

export function BackupView({ deviceId, backupId }: { deviceId: string; backupId: string }) {
  const { can } = useSession();
  const [revealSecrets, setRevealSecrets] = useState(false);
  const { data, error, reload } = useQuery(contentQuery, { id: backupId, revealSecrets });
  const artifact = data?.backupContent.backup.artifact ?? '';
  const neighbours = useQuery(neighbourVersionsQuery, { deviceId, artifact: artifact || '-' }).data;
  const [find, setFind] = useState('');
  const [onlyMatches, setOnlyMatches] = useState(false);
  /** The match Enter or Next went to, as an index into `hits`; none until then. */
  const [current, setCurrent] = useState<number | null>(null);
  const [linkedLine, setLinkedLine] = useState<number | null>(null);
  const scrolledToLink = useRef(false);
  const lines = useMemo(() => (data ? data.backupContent.content.replace(/\n$/, '').split('\n') : []), [data]);
  const term = find.trim().toLowerCase();
  const hits = useMemo(() => (term ? lines.flatMap((line, index) => (line.toLowerCase().includes(term) ? [index + 1] : [])) : []), [lines, term]);
  const currentLine = current !== null && hits.length > 0 ? hits[current % hits.length] : null;

  useEffect(() => {
    const follow = () => setLinkedLine(lineFromHash());
    follow();
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);

  // A link to a line opens the page at that line, once the text is there.
  useEffect(() => {
    if (linkedLine && lines.length > 0 && !scrolledToLink.current) {
      scrolledToLink.current = true;
      scrollToLine(linkedLine);
    }
  }, [linkedLine, lines.length]);

  const goTo = (index: number) => {
    if (hits.length === 0) return;
    const next = (index + hits.length) % hits.length;
    setCurrent(next);
    scrollToLine(hits[next]);
  };

  /** The match one step away from the current one; the first step goes to the first or last match. */
  const step = (by: 1 | -1) => (current === null ? (by === 1 ? 0 : -1) : current + by);

  const onFindKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    goTo(step(event.shiftKey ? -1 : 1));
  };

  if (error) return <ErrorState message={error.message} onRetry={reload} />;
  if (!data) return <LoadingState label="Loading backup…" />;
  const { backup, secretsRevealed } = data.backupContent;
  const versions = neighbours?.device?.versions.nodes ?? [];
  const position = versions.findIndex((version) => version.id === backupId);
  const version = position >= 0 ? versions[position] : null;
  const newer = position > 0 ? versions[position - 1] : null;
  const older = version?.previousId ?? null;

  return (
    <>
      <PageHeader
        title={`${backup.device?.name ?? 'Device'} · ${backup.artifact}`}
        description={
          <>
            <Time value={backup.createdAt} /> · {formatBytes(backup.size)} · {data.backupContent.lineCount} lines ·{' '}
            <span className="font-mono text-xs" title={`SHA-256 ${backup.sha256}`}>
              sha256 {backup.sha256.slice(0, 12)}
            </span>{' '}
            <CopyButton text={backup.sha256} label="Copy SHA-256" />
          </>
        }
        actions={
          <>
            {older && (
              <Link href={compareUrl(deviceId, older, backupId)} className={buttonClass('secondary')}>
                Compare with previous
              </Link>
            )}
            <CopyButton text={data.backupContent.content} label="Copy configuration" title="Copy the whole text" idleText="Copy text" />
            <a href={backup.downloadUrl} download className={buttonClass('secondary')}>
              Download
            </a>
            <Link href={`/devices/${deviceId}`} className={buttonClass('ghost')}>
              Back to device
            </Link>
          </>
        }
      />
      <nav aria-label="Versions" className="mb-3 flex flex-wrap gap-3 text-sm">
        {older ? (
          <Link href={`/devices/${deviceId}/backups/${older}`} className="text-sky-800 hover:underline">
            ← Previous version
          </Link>
        ) : (
          <span className="text-slate-500">{version ? 'First version' : ''}</span>
        )}
        {newer ? (
          <Link href={`/devices/${deviceId}/backups/${newer.id}`} className="text-sky-800 hover:underline">
            Next version →
          </Link>
        ) : (
          version && <span className="text-slate-500">Latest version</span>
        )}
      </nav>
      <div role="search" className="mb-3 flex flex-wrap items-end gap-4">
        <div className="w-full max-w-sm">
          <label htmlFor="find" className="mb-1 block text-sm font-medium text-slate-800">
            Find
          </label>
          <input
            id="find"
            type="search"
            className={controlClass}
            value={find}
            onChange={(e) => {
              setFind(e.target.value);
              setCurrent(null);
            }}
            onKeyDown={onFindKey}
            aria-describedby="find-hint"
          />
          <p id="find-hint" className="mt-1 text-xs text-slate-500">
            Enter goes to the next match, Shift+Enter to the one before.
          </p>
        </div>
        <CheckboxField id="only-matches" label="Only matching lines" checked={onlyMatches} onChange={(e) => setOnlyMatches(e.target.checked)} />
        {term && (
          <div className="flex items-center gap-2">
            <p className="text-sm text-slate-600" aria-live="polite" data-testid="find-count">
              {hits.length === 0 ? 'No matching line' : currentLine === null ? `${hits.length} matching ${hits.length === 1 ? 'line' : 'lines'}` : `Match ${(current ?? 0) % hits.length + 1} of ${hits.length} · line ${currentLine}`}
            </p>
            <Button variant="ghost" onClick={() => goTo(step(-1))} disabled={hits.length === 0}>
              Previous
            </Button>
            <Button variant="ghost" onClick={() => goTo(step(1))} disabled={hits.length === 0}>
              Next
            </Button>
          </div>
        )}
        {can.administer && backup.device?.keepSecrets && (
          <CheckboxField id="reveal-secrets" label="Show secrets" checked={revealSecrets} onChange={(e) => setRevealSecrets(e.target.checked)} />
        )}
        {revealSecrets && !secretsRevealed && <p className="text-sm text-slate-600">This backup was stored with its secrets redacted.</p>}
      </div>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="min-w-full font-mono text-xs" aria-label="Configuration">
          <tbody>
            {lines.map((line, index) => {
              const number = index + 1;
              const hit = term !== '' && line.toLowerCase().includes(term);
              if (onlyMatches && term && !hit) return null;
              const tone = number === currentLine ? 'bg-amber-300' : hit ? 'bg-amber-100' : number === linkedLine ? 'bg-sky-100' : undefined;
              return (
                <tr key={index} id={`L${number}`} className={`scroll-mt-20 ${tone ?? ''}`} data-match={hit || undefined} aria-current={number === currentLine || undefined}>
                  <td className="w-12 border-r border-slate-200 px-2 text-right select-none">
                    <a href={`#L${number}`} className="text-slate-400 hover:text-sky-800 hover:underline" aria-label={`Link to line ${number}`}>
                      {number}
                    </a>
                  </td>
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
