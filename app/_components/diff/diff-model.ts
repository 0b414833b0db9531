import { intraLine, similarity, type Segment } from './intra-line';

export type LineKind = 'context' | 'added' | 'removed';

export interface DiffLine {
  kind: LineKind;
  text: string;
  oldNumber: number | null;
  newNumber: number | null;
  /** A volatile line of its side: its platform leaves it out when deciding whether a version changed. */
  ignored: boolean;
  /** The line cut into unchanged and changed runs, when it is paired with a similar line. */
  segments?: Segment[];
}

export interface Hunk {
  oldStart: number;
  oldLines: number;
  newStart: number;
  newLines: number;
  lines: DiffLine[];
}

/** A removed line facing the added line that replaced it; either may be missing. */
export interface Pair {
  left: DiffLine | null;
  right: DiffLine | null;
}

export type DiffItem =
  /** Unchanged lines left out; `oldStart`/`newStart` number the first of them on each side. */
  | { kind: 'gap'; key: string; oldStart: number; newStart: number; count: number }
  | { kind: 'context'; line: DiffLine }
  /**
   * A run of changed lines. `ignored` when every line in it is volatile: it is shown, but it is
   * not a change. `index` numbers the changes that are not ignored, from 0.
   */
  | { kind: 'change'; key: string; index: number | null; ignored: boolean; removed: DiffLine[]; added: DiffLine[]; pairs: Pair[] };

export interface DiffModel {
  items: DiffItem[];
  /** Changes that are not ignored. */
  changeCount: number;
  added: number;
  removed: number;
  /** Changed lines that are volatile. */
  ignored: number;
}

/** Reads a unified diff into hunks of numbered lines. */
export function parseUnifiedDiff(unified: string): Hunk[] {
  const hunks: Hunk[] = [];
  let hunk: Hunk | null = null;
  let oldNumber = 0;
  let newNumber = 0;
  for (const raw of unified.split('\n')) {
    const header = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/.exec(raw);
    if (header) {
      hunk = { oldStart: Number(header[1]), oldLines: Number(header[2] ?? 1), newStart: Number(header[3]), newLines: Number(header[4] ?? 1), lines: [] };
      // An empty range names the line before it.
      oldNumber = hunk.oldLines ? hunk.oldStart : hunk.oldStart + 1;
      newNumber = hunk.newLines ? hunk.newStart : hunk.newStart + 1;
      hunks.push(hunk);
      continue;
    }
    if (!hunk || raw.startsWith('\\')) continue;
    const text = raw.slice(1);
    const line = (kind: LineKind, o: number | null, n: number | null): DiffLine => ({ kind, text, oldNumber: o, newNumber: n, ignored: false });
    if (raw.startsWith('+')) hunk.lines.push(line('added', null, newNumber++));
    else if (raw.startsWith('-')) hunk.lines.push(line('removed', oldNumber++, null));
    else if (raw.startsWith(' ')) hunk.lines.push(line('context', oldNumber++, newNumber++));
  }
  return hunks;
}

/** Below this, two lines are not taken for one line edited. */
const MIN_SIMILARITY = 0.4;
/** Blocks with more candidate pairs than this are paired in order, without looking for the best match. */
const MAX_PAIRING_WORK = 40_000;

/**
 * Pairs a block's removed lines with its added lines for side-by-side rows and intra-line
 * highlight. Each removed line takes the most similar added line not yet passed (in order, so
 * rows never cross); lines left between two matches share rows in order, highlighted whole.
 * A volatile line only matches a volatile line.
 */
export function pairLines(removed: DiffLine[], added: DiffLine[]): Pair[] {
  const matches: [number, number][] = [];
  if (removed.length * added.length <= MAX_PAIRING_WORK) {
    let from = 0;
    for (let r = 0; r < removed.length && from < added.length; r++) {
      let best = -1;
      let bestScore = MIN_SIMILARITY;
      for (let a = from; a < added.length; a++) {
        if (removed[r].ignored !== added[a].ignored) continue;
        const score = similarity(removed[r].text, added[a].text);
        if (score > bestScore || (best < 0 && score >= bestScore)) {
          best = a;
          bestScore = score;
        }
      }
      if (best >= 0) {
        matches.push([r, best]);
        from = best + 1;
      }
    }
  } else {
    for (let i = 0; i < Math.min(removed.length, added.length); i++) {
      if (removed[i].ignored === added[i].ignored && similarity(removed[i].text, added[i].text) >= MIN_SIMILARITY) matches.push([i, i]);
    }
  }
  const pairs: Pair[] = [];
  let r = 0;
  let a = 0;
  const fill = (rEnd: number, aEnd: number) => {
    while (r < rEnd || a < aEnd) pairs.push({ left: r < rEnd ? removed[r++] : null, right: a < aEnd ? added[a++] : null });
  };
  for (const [mr, ma] of matches) {
    fill(mr, ma);
    const left = removed[r++];
    const right = added[a++];
    const parts = intraLine(left.text, right.text);
    pairs.push({ left: parts ? { ...left, segments: parts.before } : left, right: parts ? { ...right, segments: parts.after } : right });
  }
  fill(removed.length, added.length);
  return pairs;
}

/**
 * The diff as rows to show: unchanged lines left out between hunks (as gaps), context lines,
 * and changes, each change's lines paired. `fromVolatile`/`toVolatile` are the line numbers of
 * each side's volatile lines.
 */
export function buildDiffModel({
  hunks,
  fromVolatile,
  toVolatile,
  fromLineCount,
  toLineCount,
}: {
  hunks: Hunk[];
  fromVolatile: ReadonlySet<number>;
  toVolatile: ReadonlySet<number>;
  fromLineCount: number;
  toLineCount: number;
}): DiffModel {
  const items: DiffItem[] = [];
  let changeCount = 0;
  let added = 0;
  let removed = 0;
  let ignored = 0;
  let oldNext = 1;
  let newNext = 1;
  const gap = (oldStart: number, newStart: number, count: number) => {
    if (count > 0) items.push({ kind: 'gap', key: `gap-${newStart}`, oldStart, newStart, count });
  };

  for (const hunk of hunks) {
    const first = hunk.lines[0];
    const hunkNewStart = hunk.newLines ? hunk.newStart : hunk.newStart + 1;
    const hunkOldStart = hunk.oldLines ? hunk.oldStart : hunk.oldStart + 1;
    gap(oldNext, newNext, first ? Math.min(hunkNewStart - newNext, hunkOldStart - oldNext) : 0);
    let block: { removed: DiffLine[]; added: DiffLine[] } | null = null;
    const flush = () => {
      if (!block) return;
      const lines = [...block.removed, ...block.added];
      const allIgnored = lines.every((l) => l.ignored);
      const key = `change-${block.removed[0]?.oldNumber ?? 'n'}-${block.added[0]?.newNumber ?? 'n'}`;
      items.push({ kind: 'change', key, index: allIgnored ? null : changeCount++, ignored: allIgnored, removed: block.removed, added: block.added, pairs: pairLines(block.removed, block.added) });
      block = null;
    };
    for (const source of hunk.lines) {
      if (source.kind === 'context') {
        flush();
        items.push({ kind: 'context', line: source });
        continue;
      }
      const line = { ...source, ignored: source.kind === 'removed' ? fromVolatile.has(source.oldNumber!) : toVolatile.has(source.newNumber!) };
      if (line.ignored) ignored++;
      else if (line.kind === 'added') added++;
      else removed++;
      block ??= { removed: [], added: [] };
      // A removed line after added ones starts a new block: rows pair removed lines with the added lines after them.
      if (line.kind === 'removed' && block.added.length) {
        flush();
        block = { removed: [], added: [] };
      }
      (line.kind === 'removed' ? block.removed : block.added).push(line);
    }
    flush();
    oldNext = hunkOldStart + hunk.oldLines;
    newNext = hunkNewStart + hunk.newLines;
  }
  gap(oldNext, newNext, Math.min(toLineCount - newNext + 1, fromLineCount - oldNext + 1));
  return { items, changeCount, added, removed, ignored };
}
