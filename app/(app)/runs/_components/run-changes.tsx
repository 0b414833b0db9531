'use client';

import Link from 'next/link';
import { EmptyState, ErrorState, LoadingState } from '../../../_components/states';
import { Time } from '../../../_components/time';
import { graphql } from '../../../_gql';
import { useQuery } from '../../../_lib/use-query';
import { ChangeBadge, LineCounts, compareUrl } from '../../_components/change-parts';

const runChangesQuery = graphql(`
  query RunChanges($runId: ID!, $first: Int!) {
    changes(first: $first, filter: { runId: $runId, includeInitial: true }) {
      totalCount
      nodes {
        id
        artifact
        change
        at
        addedLines
        removedLines
        backup {
          type
        }
        previous {
          id
        }
        device {
          id
          name
        }
      }
    }
  }
`);

const diffQuery = graphql(`
  query RunChangeDiff($fromId: ID!, $toId: ID!) {
    diffBackups(fromId: $fromId, toId: $toId) {
      unified
    }
  }
`);

/** Changes listed at once on a run's page; more are a click away in the change feed of each device. */
const shownChanges = 50;

/** What a run changed: each new version of an artifact with its diff (secrets redacted), first backups after. */
export function RunChanges({ runId }: { runId: string }) {
  const { data, error, reload } = useQuery(runChangesQuery, { runId, first: shownChanges });
  if (error) return <ErrorState message={error.message} onRetry={reload} />;
  if (!data) return <LoadingState label="Loading changes…" />;
  const { nodes, totalCount } = data.changes;
  const changed = nodes.filter((change) => change.change === 'CHANGED');
  const initial = nodes.filter((change) => change.change === 'INITIAL');
  if (totalCount === 0) return <EmptyState title="Nothing changed">Every artifact this run collected was the same as its version before.</EmptyState>;
  return (
    <div className="space-y-4">
      {changed.length === 0 && <p className="text-sm text-slate-600">No artifact changed; this run stored first backups only.</p>}
      {changed.map((change) => (
        <article key={change.id} aria-label={`${change.device?.name ?? 'deleted device'} ${change.artifact}`} className="rounded-lg border border-slate-200 bg-white">
          <header className="flex flex-wrap items-center gap-3 border-b border-slate-200 px-4 py-2 text-sm">
            <span className="font-medium text-slate-900">{change.device?.name ?? 'Deleted device'}</span>
            <span className="font-mono text-xs">{change.artifact}</span>
            <ChangeBadge change={change.change} />
            <LineCounts added={change.addedLines} removed={change.removedLines} />
            <span className="text-xs text-slate-500">
              <Time value={change.at} />
            </span>
            {change.device && change.previous && change.backup.type === 'TEXT' && (
              <Link href={compareUrl(change.device.id, change.previous.id, change.id)} className="ml-auto text-sky-800 hover:underline">
                Compare
              </Link>
            )}
          </header>
          {change.previous && change.backup.type === 'TEXT' ? (
            <ChangeDiff fromId={change.previous.id} toId={change.id} />
          ) : (
            <p className="px-4 py-2 text-sm text-slate-600">A binary artifact: download both versions to compare them.</p>
          )}
        </article>
      ))}
      {initial.length > 0 && (
        <p className="text-sm text-slate-600">
          First backups ({initial.length}): {initial.map((change) => `${change.device?.name ?? 'deleted device'} ${change.artifact}`).join(', ')}
        </p>
      )}
      {totalCount > nodes.length && <p className="text-sm text-slate-600">Showing {nodes.length} of {totalCount} new versions.</p>}
    </div>
  );
}

const lineTone = (line: string) =>
  line.startsWith('+') && !line.startsWith('+++')
    ? 'bg-emerald-50 text-emerald-900'
    : line.startsWith('-') && !line.startsWith('---')
      ? 'bg-red-50 text-red-900'
      : line.startsWith('@@')
        ? 'bg-sky-50 text-sky-900'
        : 'text-slate-700';

function ChangeDiff({ fromId, toId }: { fromId: string; toId: string }) {
  const { data, error, reload } = useQuery(diffQuery, { fromId, toId });
  if (error) return <ErrorState message={error.message} onRetry={reload} />;
  if (!data) return <LoadingState label="Loading the diff…" />;
  // The file header lines say nothing the card's header does not.
  const lines = data.diffBackups.unified.split('\n').filter((line, index) => index > 3 || line.startsWith('@@'));
  return (
    <pre aria-label="Diff" className="overflow-x-auto py-2 font-mono text-xs leading-5">
      {lines.map((line, index) => (
        <div key={index} className={`px-4 ${lineTone(line)}`}>
          {line || ' '}
        </div>
      ))}
    </pre>
  );
}
