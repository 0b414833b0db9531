'use client';

import Link from 'next/link';
import { useSearchParams } from 'next/navigation';
import { useMemo, useState } from 'react';
import { buttonClass } from '../../../_components/button';
import { CheckboxField, controlClass } from '../../../_components/field';
import { PageHeader } from '../../../_components/page-header';
import { EmptyState, ErrorState, LoadingState } from '../../../_components/states';
import { Time } from '../../../_components/time';
import { graphql } from '../../../_gql';
import { useQuery } from '../../../_lib/use-query';

const diffQuery = graphql(`
  query DiffBackups($fromId: ID!, $toId: ID!, $context: Int!) {
    diffBackups(fromId: $fromId, toId: $toId, context: $context) {
      added
      removed
      unchanged
      unified
      from {
        id
        artifact
        createdAt
        device {
          name
        }
      }
      to {
        id
        artifact
        createdAt
      }
    }
  }
`);

type Kind = 'context' | 'added' | 'removed';
interface DiffLine {
  kind: Kind;
  text: string;
  oldNumber: number | null;
  newNumber: number | null;
}
type Block = { kind: 'hunk'; header: string } | { kind: 'line'; line: DiffLine };

/** Reads the unified diff the API sends into numbered lines, one hunk header per gap. */
export function parseUnifiedDiff(unified: string): Block[] {
  const blocks: Block[] = [];
  let oldNumber = 0;
  let newNumber = 0;
  let inHunk = false;
  for (const raw of unified.split('\n')) {
    const hunk = /^@@ -(\d+)(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(raw);
    if (hunk) {
      oldNumber = Number(hunk[1]);
      newNumber = Number(hunk[2]);
      inHunk = true;
      blocks.push({ kind: 'hunk', header: raw });
      continue;
    }
    if (!inHunk || raw.startsWith('\\')) continue;
    const text = raw.slice(1);
    if (raw.startsWith('+')) blocks.push({ kind: 'line', line: { kind: 'added', text, oldNumber: null, newNumber: newNumber++ } });
    else if (raw.startsWith('-')) blocks.push({ kind: 'line', line: { kind: 'removed', text, oldNumber: oldNumber++, newNumber: null } });
    else if (raw.startsWith(' ')) blocks.push({ kind: 'line', line: { kind: 'context', text, oldNumber: oldNumber++, newNumber: newNumber++ } });
  }
  return blocks;
}

type Row = { kind: 'hunk'; header: string } | { kind: 'pair'; left: DiffLine | null; right: DiffLine | null };

/** Side by side: removed lines face the added lines that replaced them. */
function pairUp(blocks: Block[]): Row[] {
  const rows: Row[] = [];
  let removed: DiffLine[] = [];
  let added: DiffLine[] = [];
  const flush = () => {
    for (let i = 0; i < Math.max(removed.length, added.length); i++) rows.push({ kind: 'pair', left: removed[i] ?? null, right: added[i] ?? null });
    removed = [];
    added = [];
  };
  for (const block of blocks) {
    if (block.kind === 'hunk') {
      flush();
      rows.push(block);
    } else if (block.line.kind === 'removed') {
      if (added.length) flush();
      removed.push(block.line);
    } else if (block.line.kind === 'added') added.push(block.line);
    else {
      flush();
      rows.push({ kind: 'pair', left: block.line, right: block.line });
    }
  }
  flush();
  return rows;
}

const lineTones: Record<Kind, string> = { context: '', added: 'bg-emerald-50', removed: 'bg-red-50' };
const markers: Record<Kind, string> = { context: ' ', added: '+', removed: '−' };
const spoken: Record<Kind, string> = { context: '', added: 'Added: ', removed: 'Removed: ' };
const WHOLE_FILE = 1000;

export function CompareBackups({ deviceId }: { deviceId: string }) {
  const params = useSearchParams();
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const [view, setView] = useState<'split' | 'unified'>('split');
  const [changesOnly, setChangesOnly] = useState(true);
  const [contextLines, setContextLines] = useState(3);
  const { data, error, reload } = useQuery(diffQuery, { fromId: from, toId: to, context: changesOnly ? contextLines : WHOLE_FILE });
  const blocks = useMemo(() => (data ? parseUnifiedDiff(data.diffBackups.unified) : []), [data]);

  if (!from || !to) return <EmptyState title="Choose two versions">Pick two text backups in the device's history to compare them.</EmptyState>;
  if (error) return <ErrorState message={error.message} onRetry={reload} />;
  if (!data) return <LoadingState label="Comparing…" />;
  const diff = data.diffBackups;

  return (
    <>
      <PageHeader
        title={`Compare ${diff.from.device?.name ?? ''} · ${diff.from.artifact}`}
        description={
          <>
            Older <Time value={diff.from.createdAt} /> (left) against newer <Time value={diff.to.createdAt} /> (right)
          </>
        }
        actions={
          <Link href={`/devices/${deviceId}`} className={buttonClass('ghost')}>
            Back to device
          </Link>
        }
      />
      <div className="mb-3 flex flex-wrap items-center gap-x-6 gap-y-3">
        <p className="text-sm" aria-label="Line stats">
          <span className="font-semibold text-emerald-700">+{diff.added}</span> <span className="font-semibold text-red-700">−{diff.removed}</span>{' '}
          <span className="text-slate-600">{diff.unchanged} unchanged</span>
        </p>
        <fieldset className="flex gap-1" aria-label="Layout">
          <legend className="sr-only">Layout</legend>
          {(['split', 'unified'] as const).map((v) => (
            <label key={v} className={`cursor-pointer rounded-md border px-2.5 py-1 text-sm has-focus-visible:outline-2 has-focus-visible:outline-sky-600 ${view === v ? 'border-sky-600 bg-sky-50 text-sky-900' : 'border-slate-300 bg-white'}`}>
              <input type="radio" name="layout" value={v} className="sr-only" checked={view === v} onChange={() => setView(v)} />
              {v === 'split' ? 'Side by side' : 'Unified'}
            </label>
          ))}
        </fieldset>
        <CheckboxField id="changes-only" label="Changes only" checked={changesOnly} onChange={(e) => setChangesOnly(e.target.checked)} />
        <div className="flex items-center gap-2">
          <label htmlFor="context-lines" className="text-sm text-slate-700">
            Context lines
          </label>
          <select id="context-lines" className={`${controlClass} w-auto`} disabled={!changesOnly} value={contextLines} onChange={(e) => setContextLines(Number(e.target.value))}>
            {[0, 1, 3, 5, 10, 25].map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </div>
      </div>
      {diff.added + diff.removed === 0 ? (
        <EmptyState title="The two versions are the same" />
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          {view === 'unified' ? <UnifiedTable blocks={blocks} /> : <SplitTable rows={pairUp(blocks)} />}
        </div>
      )}
    </>
  );
}

const numberCell = 'w-10 border-r border-slate-200 px-2 text-right align-top text-slate-400 select-none';

function UnifiedTable({ blocks }: { blocks: Block[] }) {
  return (
    <table className="min-w-full font-mono text-xs" aria-label="Unified diff">
      <tbody>
        {blocks.map((block, i) =>
          block.kind === 'hunk' ? (
            <tr key={i} className="bg-sky-50 text-sky-800">
              <td colSpan={4} className="px-3 py-0.5">
                {block.header}
              </td>
            </tr>
          ) : (
            <tr key={i} className={lineTones[block.line.kind]} data-change={block.line.kind === 'context' ? undefined : block.line.kind}>
              <td className={numberCell}>{block.line.oldNumber ?? ''}</td>
              <td className={numberCell}>{block.line.newNumber ?? ''}</td>
              <td className="w-4 px-1 text-slate-500 select-none" aria-hidden="true">
                {markers[block.line.kind]}
              </td>
              <td className="pr-3 whitespace-pre">
                <span className="sr-only">{spoken[block.line.kind]}</span>
                {block.line.text || ' '}
              </td>
            </tr>
          ),
        )}
      </tbody>
    </table>
  );
}

function SideCells({ line, side }: { line: DiffLine | null; side: 'left' | 'right' }) {
  if (!line) return <td colSpan={2} className="bg-slate-50" />;
  const number = side === 'left' ? line.oldNumber : line.newNumber;
  return (
    <>
      <td className={numberCell}>{number}</td>
      <td className={`px-3 whitespace-pre ${lineTones[line.kind]} ${side === 'left' ? 'border-r border-slate-200' : ''}`} data-change={line.kind === 'context' ? undefined : line.kind}>
        <span className="sr-only">{spoken[line.kind]}</span>
        {line.text || ' '}
      </td>
    </>
  );
}

function SplitTable({ rows }: { rows: Row[] }) {
  return (
    <table className="min-w-full font-mono text-xs" aria-label="Side-by-side diff">
      <tbody>
        {rows.map((row, i) =>
          row.kind === 'hunk' ? (
            <tr key={i} className="bg-sky-50 text-sky-800">
              <td colSpan={4} className="px-3 py-0.5">
                {row.header}
              </td>
            </tr>
          ) : (
            <tr key={i}>
              <SideCells line={row.left} side="left" />
              <SideCells line={row.right} side="right" />
            </tr>
          ),
        )}
      </tbody>
    </table>
  );
}
