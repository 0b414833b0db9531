'use client';

import Link from 'next/link';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { Button, buttonClass } from '../../../../../_components/button';
import { controlClass } from '../../../../../_components/field';
import { DiffView, type DiffLayout } from '../../../../../_components/diff/diff-view';
import { PageHeader } from '../../../../../_components/page-header';
import { EmptyState, ErrorState, LoadingState } from '../../../../../_components/states';
import { Time } from '../../../../../_components/time';
import { graphql } from '../../../../../_gql';
import type { CompareBackupsQuery, CompareBackupsQueryVariables } from '../../../../../_gql/graphql';
import { GraphQLRequestError, request } from '../../../../../_lib/graphql';
import { VersionPicker, type Side } from './version-picker';

const diffQuery = graphql(`
  query CompareBackups($fromId: ID!, $toId: ID!, $context: Int!, $keepOrder: Boolean!) {
    diffBackups(fromId: $fromId, toId: $toId, context: $context, keepOrder: $keepOrder) {
      unified
      unchanged
      fromLineCount
      toLineCount
      fromVolatileLines
      toVolatileLines
      from {
        id
        artifact
        createdAt
        device {
          id
          name
        }
      }
      to {
        id
        artifact
        createdAt
        device {
          id
          name
        }
      }
    }
  }
`);

const contentQuery = graphql(`
  query CompareBackupContent($id: ID!) {
    backupContent(id: $id) {
      content
    }
  }
`);

const PHONE = '(max-width: 767px)';
const contextChoices = [0, 1, 3, 5, 10, 25];

/** The diff of two chosen backups; nothing is asked before both sides are chosen. */
function useDiff(variables: CompareBackupsQueryVariables | null) {
  const router = useRouter();
  const [data, setData] = useState<CompareBackupsQuery | null>(null);
  const [error, setError] = useState<GraphQLRequestError | null>(null);
  const [loading, setLoading] = useState(false);
  const [generation, setGeneration] = useState(0);
  const key = variables ? JSON.stringify(variables) : null;
  useEffect(() => {
    if (!key) return;
    let current = true;
    setLoading(true);
    request(diffQuery, JSON.parse(key) as CompareBackupsQueryVariables).then(
      (result) => {
        if (!current) return;
        setData(result);
        setError(null);
        setLoading(false);
      },
      (err: unknown) => {
        if (!current) return;
        const failure = err instanceof GraphQLRequestError ? err : new GraphQLRequestError(String(err), 'UNKNOWN');
        if (failure.code === 'UNAUTHENTICATED') router.replace('/login');
        setError(failure);
        setLoading(false);
      },
    );
    return () => {
      current = false;
    };
  }, [key, generation, router]);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return { data, error, loading, reload };
}

function usePhone(): boolean {
  return useSyncExternalStore(
    (notify) => {
      const query = window.matchMedia(PHONE);
      query.addEventListener('change', notify);
      return () => query.removeEventListener('change', notify);
    },
    () => window.matchMedia(PHONE).matches,
    () => false,
  );
}

type Backup = { id: string; artifact: string; createdAt: string; device?: { id: string; name: string } | null };

function SideLabel({ backup }: { backup: Backup }) {
  return (
    <span className="min-w-0">
      <span className="font-medium text-slate-900">{backup.device?.name ?? 'deleted device'}</span> · {backup.artifact} · <Time value={backup.createdAt} />
    </span>
  );
}

/**
 * Compares two text backups of any devices and artifacts. The URL holds the choice: `left`
 * and `right` backup ids, kept in that order (`from` and `to` put the older left), `view`
 * (`split` or `unified`; unset: unified on phones) and `context`.
 */
export function CompareView({ deviceId }: { deviceId: string }) {
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const phone = usePhone();
  const ordered = params.has('left') || params.has('right');
  const leftId = params.get(ordered ? 'left' : 'from') || null;
  const rightId = params.get(ordered ? 'right' : 'to') || null;
  const viewParam = params.get('view');
  const layout: DiffLayout = viewParam === 'split' || viewParam === 'unified' ? viewParam : phone ? 'unified' : 'split';
  const contextParam = Number(params.get('context') ?? 3);
  const context = contextChoices.includes(contextParam) ? contextParam : 3;

  const [left, setLeft] = useState<Side>({ deviceId, artifact: null, backupId: leftId, pending: !leftId });
  const [right, setRight] = useState<Side>({ deviceId, artifact: null, backupId: rightId, pending: !rightId });

  // Both pickers may choose at once, before the URL of the first choice is in `params`.
  const query = useRef(params.toString());
  useEffect(() => {
    query.current = params.toString();
  }, [params]);
  const navigate = useCallback(
    (changes: Record<string, string | null>) => {
      const next = new URLSearchParams(query.current);
      if (next.has('from') || next.has('to')) {
        // Once a side is chosen here, the URL names the sides: the order given is kept.
        if (leftId) next.set('left', leftId);
        if (rightId) next.set('right', rightId);
        next.delete('from');
        next.delete('to');
      }
      for (const [key, value] of Object.entries(changes)) {
        if (value === null) next.delete(key);
        else next.set(key, value);
      }
      query.current = next.toString();
      router.replace(`${pathname}?${query.current}`, { scroll: false });
    },
    [leftId, rightId, pathname, router],
  );

  const both = Boolean(leftId && rightId);
  const diff = useDiff(both ? { fromId: leftId!, toId: rightId!, context, keepOrder: ordered } : null);
  const data = both && diff.data?.diffBackups;
  const shown = data && (ordered ? data.from.id === leftId && data.to.id === rightId : [leftId, rightId].includes(data.from.id) && [leftId, rightId].includes(data.to.id)) ? data : null;

  // The sides follow what the diff answered: a URL opened from elsewhere names backups, not devices.
  useEffect(() => {
    if (!shown) return;
    const sync = (backup: Backup) => (side: Side) =>
      side.backupId === backup.id && side.artifact === backup.artifact && side.deviceId === backup.device?.id
        ? side
        : { deviceId: backup.device?.id ?? side.deviceId, artifact: backup.artifact, backupId: backup.id, pending: false };
    setLeft(sync(shown.from));
    setRight(sync(shown.to));
  }, [shown]);

  const changeLeft = useCallback(
    (side: Side) => {
      setLeft(side);
      if (side.backupId && side.backupId !== leftId) navigate({ left: side.backupId });
    },
    [leftId, navigate],
  );
  const changeRight = useCallback(
    (side: Side) => {
      setRight(side);
      if (side.backupId && side.backupId !== rightId) navigate({ right: side.backupId });
    },
    [rightId, navigate],
  );

  // With one history on both sides, a new left side starts at the version before the right one's latest.
  const sameHistory = left.deviceId === right.deviceId && (left.artifact ?? right.artifact) === (right.artifact ?? left.artifact);

  const loadLines = useCallback(async () => {
    if (!shown) return [];
    const { backupContent } = await request(contentQuery, { id: shown.to.id });
    return backupContent.content.split('\n');
  }, [shown]);

  const sameSource = shown && shown.from.device?.id === shown.to.device?.id && shown.from.artifact === shown.to.artifact;
  const title = !shown
    ? 'Compare versions'
    : sameSource
      ? `Compare ${shown.from.device?.name ?? ''} · ${shown.from.artifact}`
      : `Compare ${shown.from.device?.name ?? ''} · ${shown.from.artifact} with ${shown.to.device?.name ?? ''} · ${shown.to.artifact}`;

  return (
    <>
      <PageHeader
        title={title}
        description={
          shown ? (
            <>
              <SideLabel backup={shown.from} /> (left) against <SideLabel backup={shown.to} /> (right)
            </>
          ) : (
            'Choose a device, an artifact and a version for each side.'
          )
        }
        actions={
          <>
            <Button onClick={() => navigate({ left: rightId, right: leftId })} disabled={!both}>
              ⇄ Swap sides
            </Button>
            <Link href={`/devices/${deviceId}`} className={buttonClass('ghost')}>
              Back to device
            </Link>
          </>
        }
      />
      <div className="mb-4 grid grid-cols-1 gap-3 md:grid-cols-2">
        <VersionPicker title="Left" side={left} selectedAt={shown ? shown.from.createdAt : null} autoPick={sameHistory ? 'previous' : 'latest'} onChange={changeLeft} />
        <VersionPicker title="Right" side={right} selectedAt={shown ? shown.to.createdAt : null} autoPick="latest" onChange={changeRight} />
      </div>
      <div className="mb-1 flex flex-wrap items-center gap-x-6 gap-y-3">
        <fieldset className="flex gap-1">
          <legend className="sr-only">Layout</legend>
          {(['split', 'unified'] as const).map((v) => (
            <label key={v} className={`cursor-pointer rounded-md border px-2.5 py-1 text-sm has-focus-visible:outline-2 has-focus-visible:outline-sky-600 ${layout === v ? 'border-sky-600 bg-sky-50 text-sky-900' : 'border-slate-300 bg-white'}`}>
              <input type="radio" name="layout" value={v} className="sr-only" checked={layout === v} onChange={() => navigate({ view: v })} />
              {v === 'split' ? 'Side by side' : 'Unified'}
            </label>
          ))}
        </fieldset>
        <div className="flex items-center gap-2">
          <label htmlFor="context-lines" className="text-sm whitespace-nowrap text-slate-700">
            Context lines
          </label>
          <select id="context-lines" className={`${controlClass} w-auto`} value={context} onChange={(e) => navigate({ context: e.target.value })}>
            {contextChoices.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </div>
        {shown && <p className="text-sm text-slate-600">{shown.unchanged} lines unchanged</p>}
      </div>
      {!both ? (
        <EmptyState title="Choose two versions">Pick a version on each side; any device and any text artifact can be compared.</EmptyState>
      ) : diff.error && !diff.loading ? (
        <ErrorState message={diff.error.message} onRetry={diff.reload} />
      ) : !shown ? (
        <LoadingState label="Comparing…" />
      ) : shown.from.id === shown.to.id ? (
        <EmptyState title="The same version on both sides">Choose another version on one side.</EmptyState>
      ) : (
        <DiffView
          key={`${shown.from.id} ${shown.to.id} ${context}`}
          unified={shown.unified}
          fromLineCount={shown.fromLineCount}
          toLineCount={shown.toLineCount}
          fromVolatileLines={shown.fromVolatileLines}
          toVolatileLines={shown.toVolatileLines}
          layout={layout}
          leftLabel={<SideLabel backup={shown.from} />}
          rightLabel={<SideLabel backup={shown.to} />}
          loadLines={loadLines}
        />
      )}
    </>
  );
}
