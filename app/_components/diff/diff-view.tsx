'use client';

import { Fragment, useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { Button } from '../button';
import { buildDiffModel, parseUnifiedDiff, type DiffItem, type DiffLine, type LineKind, type Pair } from './diff-model';

export type DiffLayout = 'split' | 'unified';

export interface DiffViewProps {
  /** A unified diff of the two texts, left (from) first. */
  unified: string;
  fromLineCount: number;
  toLineCount: number;
  /** Line numbers of each side's volatile lines, shown greyed as ignored. */
  fromVolatileLines: readonly number[];
  toVolatileLines: readonly number[];
  layout: DiffLayout;
  leftLabel: ReactNode;
  rightLabel: ReactNode;
  /** The right side's whole text as lines; unchanged lines between hunks are read from it when shown. */
  loadLines: () => Promise<string[]>;
}

const tones: Record<LineKind, string> = { context: '', added: 'bg-emerald-50', removed: 'bg-red-50' };
const marks: Record<LineKind, string> = { context: 'bg-transparent', added: 'bg-emerald-200 text-emerald-950', removed: 'bg-red-200 text-red-950' };
const markers: Record<LineKind, string> = { context: ' ', added: '+', removed: '−' };
const spoken: Record<LineKind, string> = { context: '', added: 'Added: ', removed: 'Removed: ' };
const ignoredTone = 'bg-slate-50 text-slate-400';
const ignoredHint = 'Volatile line: its platform leaves it out when deciding whether a version changed';
const numberCell = 'border-r border-slate-200 px-2 text-right align-top text-slate-400 select-none';
const textCell = 'px-3 align-top whitespace-pre-wrap [overflow-wrap:anywhere]';
const currentEdge = 'shadow-[inset_3px_0_0_var(--color-sky-600)]';

const textlessInputs = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file']);

/** Whether a key pressed here is typed into a field, not meant for the page. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target instanceof HTMLInputElement) return !textlessInputs.has(target.type);
  return target.isContentEditable || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT';
}

/**
 * A diff of two texts, side by side or unified: changed words marked inside changed lines,
 * unchanged stretches folded, volatile lines greyed as ignored, and previous/next change
 * (buttons, or the `p` and `n` keys).
 */
export function DiffView({ unified, fromLineCount, toLineCount, fromVolatileLines, toVolatileLines, layout, leftLabel, rightLabel, loadLines }: DiffViewProps) {
  const model = useMemo(
    () =>
      buildDiffModel({
        hunks: parseUnifiedDiff(unified),
        fromVolatile: new Set(fromVolatileLines),
        toVolatile: new Set(toVolatileLines),
        fromLineCount,
        toLineCount,
      }),
    [unified, fromVolatileLines, toVolatileLines, fromLineCount, toLineCount],
  );
  const [current, setCurrent] = useState<number | null>(null);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const [wholeFile, setWholeFile] = useState(false);
  const [lines, setLines] = useState<string[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const container = useRef<HTMLDivElement>(null);

  // Another diff: nothing of the last one's position, folding or text applies.
  useEffect(() => {
    setCurrent(null);
    setExpanded(new Set());
    setWholeFile(false);
    setLines(null);
  }, [unified, loadLines]);

  const withLines = useCallback(
    async (then: () => void) => {
      if (!lines) {
        try {
          setLines(await loadLines());
          setLoadError(null);
        } catch (error) {
          setLoadError(error instanceof Error ? error.message : String(error));
          return;
        }
      }
      then();
    },
    [lines, loadLines],
  );

  const goTo = useCallback(
    (index: number) => {
      if (model.changeCount === 0) return;
      const next = Math.min(Math.max(index, 0), model.changeCount - 1);
      setCurrent(next);
      container.current?.querySelector(`[data-change-index="${next}"]`)?.scrollIntoView({ block: 'center' });
    },
    [model.changeCount],
  );
  const next = useCallback(() => goTo(current === null ? 0 : current + 1), [current, goTo]);
  const previous = useCallback(() => goTo(current === null ? model.changeCount - 1 : current - 1), [current, goTo, model.changeCount]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      if (event.key === 'n') next();
      else if (event.key === 'p') previous();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [next, previous]);

  const hasGaps = model.items.some((item) => item.kind === 'gap');
  const isOpen = (key: string) => wholeFile || expanded.has(key);
  const expand = (key: string) => withLines(() => setExpanded((keys) => new Set(keys).add(key)));
  const Table = layout === 'split' ? SplitTable : UnifiedTable;

  return (
    <div>
      <div className="sticky top-0 z-10 -mx-1 mb-2 flex flex-wrap items-center gap-x-4 gap-y-2 bg-white/95 px-1 py-2 backdrop-blur">
        <p className="text-sm" aria-label="Line stats">
          <span className="font-semibold text-emerald-700">+{model.added}</span> <span className="font-semibold text-red-700">−{model.removed}</span>
          {model.ignored > 0 && (
            <span className="text-slate-500" title={ignoredHint}>
              {' '}
              · {model.ignored} ignored
            </span>
          )}
        </p>
        <div className="flex items-center gap-1">
          <Button onClick={previous} disabled={model.changeCount === 0 || current === 0} aria-keyshortcuts="p" title="Previous change (p)">
            ↑ Previous
          </Button>
          <Button onClick={next} disabled={model.changeCount === 0 || current === model.changeCount - 1} aria-keyshortcuts="n" title="Next change (n)">
            ↓ Next
          </Button>
          <span className="hidden text-xs text-slate-500 md:inline" aria-hidden="true">
            keys <kbd className="rounded border border-slate-300 px-1 font-mono">n</kbd> <kbd className="rounded border border-slate-300 px-1 font-mono">p</kbd>
          </span>
          <span className="ml-1 text-sm text-slate-600" aria-live="polite" data-testid="change-position">
            {model.changeCount === 0 ? 'No changes' : current === null ? `${model.changeCount} ${model.changeCount === 1 ? 'change' : 'changes'}` : `Change ${current + 1} of ${model.changeCount}`}
          </span>
        </div>
        {hasGaps && (
          <Button variant="ghost" onClick={() => (wholeFile ? setWholeFile(false) : withLines(() => setWholeFile(true)))} aria-pressed={wholeFile}>
            {wholeFile ? 'Fold unchanged lines' : 'Show whole file'}
          </Button>
        )}
        {loadError && (
          <p role="alert" className="text-sm text-red-700">
            Could not load the unchanged lines: {loadError}
          </p>
        )}
      </div>
      <div ref={container} className="rounded-lg border border-slate-200 bg-white">
        <Table items={model.items} current={current} isOpen={isOpen} onExpand={expand} lines={lines} leftLabel={leftLabel} rightLabel={rightLabel} />
      </div>
    </div>
  );
}

interface TableProps {
  items: DiffItem[];
  current: number | null;
  isOpen: (key: string) => boolean;
  onExpand: (key: string) => void;
  lines: string[] | null;
  leftLabel: ReactNode;
  rightLabel: ReactNode;
}

/** The lines of a gap, once shown: unchanged, so the same on both sides. */
function gapLines(item: Extract<DiffItem, { kind: 'gap' }>, lines: string[] | null): DiffLine[] {
  if (!lines) return [];
  return Array.from({ length: item.count }, (_, i) => ({
    kind: 'context' as const,
    text: lines[item.newStart - 1 + i] ?? '',
    oldNumber: item.oldStart + i,
    newNumber: item.newStart + i,
    ignored: false,
  }));
}

function GapRow({ item, colSpan, onExpand }: { item: Extract<DiffItem, { kind: 'gap' }>; colSpan: number; onExpand: (key: string) => void }) {
  return (
    <tr className="bg-sky-50 text-sky-900">
      <td colSpan={colSpan} className="px-3 py-0.5 font-sans">
        <button type="button" className="rounded px-1 text-sm hover:underline focus-visible:outline-2 focus-visible:outline-sky-600" onClick={() => onExpand(item.key)}>
          ⋯ Show {item.count} unchanged {item.count === 1 ? 'line' : 'lines'}
        </button>
      </td>
    </tr>
  );
}

function LineText({ line }: { line: DiffLine }) {
  const label = line.ignored && line.kind !== 'context' ? `Ignored, ${spoken[line.kind].toLowerCase()}` : spoken[line.kind];
  return (
    <>
      {label && <span className="sr-only">{label}</span>}
      {line.segments
        ? line.segments.map((segment, i) =>
            segment.changed ? (
              <mark key={i} className={`rounded-sm ${line.ignored ? 'bg-slate-200 text-slate-500' : marks[line.kind]}`} data-intraline={line.kind}>
                {segment.text}
              </mark>
            ) : (
              <Fragment key={i}>{segment.text}</Fragment>
            ),
          )
        : line.text || ' '}
      {line.ignored && line.kind !== 'context' && (
        <span className="ml-2 rounded bg-slate-200 px-1 align-middle font-sans text-[10px] font-medium tracking-wide text-slate-600 uppercase select-none" title={ignoredHint} aria-hidden="true">
          ignored
        </span>
      )}
    </>
  );
}

function lineTone(line: DiffLine): string {
  return line.ignored && line.kind !== 'context' ? ignoredTone : tones[line.kind];
}

function lineData(line: DiffLine) {
  if (line.kind === 'context') return {};
  return line.ignored ? { 'data-ignored': line.kind } : { 'data-change': line.kind };
}

function UnifiedLine({ line, edge = '' }: { line: DiffLine; edge?: string }) {
  return (
    <tr className={lineTone(line)} {...lineData(line)}>
      <td className={`${numberCell} ${edge}`}>{line.oldNumber ?? ''}</td>
      <td className={numberCell}>{line.newNumber ?? ''}</td>
      <td className="px-1 align-top text-slate-500 select-none" aria-hidden="true">
        {markers[line.kind]}
      </td>
      <td className={textCell}>
        <LineText line={line} />
      </td>
    </tr>
  );
}

function changeProps(item: Extract<DiffItem, { kind: 'change' }>, current: number | null) {
  return {
    'data-change-index': item.index ?? undefined,
    'data-current': item.index !== null && item.index === current ? 'true' : undefined,
    className: 'scroll-mt-16',
  };
}

function UnifiedTable({ items, current, isOpen, onExpand, lines, leftLabel, rightLabel }: TableProps) {
  return (
    <table className="w-full table-fixed font-mono text-xs" aria-label="Unified diff">
      <colgroup>
        <col className="w-12" />
        <col className="w-12" />
        <col className="w-5" />
        <col />
      </colgroup>
      <thead className="font-sans text-sm">
        <tr className="border-b border-slate-200 bg-slate-50 text-left">
          <th colSpan={4} className="px-3 py-1.5 font-normal">
            <span className="block">
              <span className="mr-1 font-semibold text-red-700" aria-hidden="true">
                −
              </span>
              <span className="sr-only">Left: </span>
              {leftLabel}
            </span>
            <span className="block">
              <span className="mr-1 font-semibold text-emerald-700" aria-hidden="true">
                +
              </span>
              <span className="sr-only">Right: </span>
              {rightLabel}
            </span>
          </th>
        </tr>
      </thead>
      {groupItems(items).map((group) =>
        group.kind === 'change' ? (
          <tbody key={group.item.key} {...changeProps(group.item, current)}>
            {[...group.item.removed, ...group.item.added].map((line, i) => (
              <UnifiedLine key={i} line={line} edge={group.item.index !== null && group.item.index === current ? currentEdge : ''} />
            ))}
          </tbody>
        ) : (
          <tbody key={group.key}>
            {group.items.map((item) =>
              item.kind === 'context' ? (
                <UnifiedLine key={`c${item.line.oldNumber}`} line={item.line} />
              ) : isOpen(item.key) && lines ? (
                gapLines(item, lines).map((line) => <UnifiedLine key={`g${line.oldNumber}`} line={line} />)
              ) : (
                <GapRow key={item.key} item={item} colSpan={4} onExpand={onExpand} />
              ),
            )}
          </tbody>
        ),
      )}
    </table>
  );
}

function SideCells({ line, side, edge = '' }: { line: DiffLine | null; side: 'left' | 'right'; edge?: string }) {
  const border = side === 'left' ? 'border-r border-slate-200' : '';
  if (!line) return <td colSpan={2} className={`bg-slate-50 ${border} ${edge}`} />;
  return (
    <>
      <td className={`${numberCell} ${edge}`}>{side === 'left' ? line.oldNumber : line.newNumber}</td>
      <td className={`${textCell} ${lineTone(line)} ${border}`} {...lineData(line)}>
        <LineText line={line} />
      </td>
    </>
  );
}

function SplitRow({ pair, edge }: { pair: Pair; edge?: string }) {
  return (
    <tr>
      <SideCells line={pair.left} side="left" edge={edge} />
      <SideCells line={pair.right} side="right" />
    </tr>
  );
}

function SplitTable({ items, current, isOpen, onExpand, lines, leftLabel, rightLabel }: TableProps) {
  return (
    <table className="w-full table-fixed font-mono text-xs" aria-label="Side-by-side diff">
      <colgroup>
        <col className="w-12" />
        <col />
        <col className="w-12" />
        <col />
      </colgroup>
      <thead className="font-sans text-sm">
        <tr className="border-b border-slate-200 bg-slate-50 text-left">
          <th colSpan={2} className="border-r border-slate-200 px-3 py-1.5 font-normal" data-testid="left-label">
            <span className="sr-only">Left: </span>
            {leftLabel}
          </th>
          <th colSpan={2} className="px-3 py-1.5 font-normal" data-testid="right-label">
            <span className="sr-only">Right: </span>
            {rightLabel}
          </th>
        </tr>
      </thead>
      {groupItems(items).map((group) =>
        group.kind === 'change' ? (
          <tbody key={group.item.key} {...changeProps(group.item, current)}>
            {group.item.pairs.map((pair, i) => (
              <SplitRow key={i} pair={pair} edge={group.item.index !== null && group.item.index === current ? currentEdge : ''} />
            ))}
          </tbody>
        ) : (
          <tbody key={group.key}>
            {group.items.map((item) =>
              item.kind === 'context' ? (
                <SplitRow key={`c${item.line.oldNumber}`} pair={{ left: item.line, right: item.line }} />
              ) : isOpen(item.key) && lines ? (
                gapLines(item, lines).map((line) => <SplitRow key={`g${line.oldNumber}`} pair={{ left: line, right: line }} />)
              ) : (
                <GapRow key={item.key} item={item} colSpan={4} onExpand={onExpand} />
              ),
            )}
          </tbody>
        ),
      )}
    </table>
  );
}

type Group = { kind: 'change'; item: Extract<DiffItem, { kind: 'change' }> } | { kind: 'rest'; key: string; items: Exclude<DiffItem, { kind: 'change' }>[] };

/** Each change in its own row group (what previous/next scrolls to), the lines between them in others. */
function groupItems(items: DiffItem[]): Group[] {
  const groups: Group[] = [];
  for (const item of items) {
    if (item.kind === 'change') groups.push({ kind: 'change', item });
    else {
      const last = groups.at(-1);
      if (last?.kind === 'rest') last.items.push(item);
      else groups.push({ kind: 'rest', key: `rest-${groups.length}`, items: [item] });
    }
  }
  return groups;
}
