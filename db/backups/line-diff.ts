import * as sequences from 'diff-sequences';

// diff-sequences is CommonJS: Node hands its exports object as the default, bundlers the function.
const exported = sequences.default as typeof sequences.default | { default: typeof sequences.default };
const diffSequences = typeof exported === 'function' ? exported : exported.default;

export interface LineDiff {
  /** A unified diff (`---`/`+++` labels, `@@` hunks), empty of hunks when the texts are the same. */
  unified: string;
  added: number;
  removed: number;
  unchanged: number;
}

function lines(text: string): string[] {
  if (!text) return [];
  const all = text.split('\n');
  if (text.endsWith('\n')) all.pop();
  return all;
}

/** A run of changed lines: `before[a, aEnd)` replaced by `after[b, bEnd)`. */
interface Change {
  a: number;
  aEnd: number;
  b: number;
  bEnd: number;
}

/** A hunk header's range, as diff(1) writes it: an empty range names the line before it, one line has no count. */
function range(start: number, count: number): string {
  if (count === 1) return `${start + 1}`;
  return `${count === 0 ? start : start + 1},${count}`;
}

/**
 * A unified diff of two texts, line by line, with `context` unchanged lines around each change.
 * Myers' algorithm in linear space (diff-sequences), on the lines both texts have.
 */
export function diffTextLines(before: string, after: string, { context, fromLabel, toLabel }: { context: number; fromLabel: string; toLabel: string }): LineDiff {
  const a = lines(before);
  const b = lines(after);
  // A line the other text does not have cannot be common: leaving such lines out before Myers
  // (as git's xdiff does) keeps a rewrite or a long edited stretch from costing N × D.
  const inB = new Set(b);
  const inA = new Set(a);
  const aKept = a.flatMap((line, i) => (inB.has(line) ? [i] : []));
  const bKept = b.flatMap((line, j) => (inA.has(line) ? [j] : []));
  const changes: Change[] = [];
  let aNext = 0;
  let bNext = 0;
  let unchanged = 0;
  const common = (aStart: number, bStart: number) => {
    if (aStart > aNext || bStart > bNext) changes.push({ a: aNext, aEnd: aStart, b: bNext, bEnd: bStart });
    aNext = aStart + 1;
    bNext = bStart + 1;
  };
  diffSequences(
    aKept.length,
    bKept.length,
    (i, j) => a[aKept[i]] === b[bKept[j]],
    (count, i, j) => {
      for (let k = 0; k < count; k++) common(aKept[i + k], bKept[j + k]);
      unchanged += count;
    },
  );
  if (aNext < a.length || bNext < b.length) changes.push({ a: aNext, aEnd: a.length, b: bNext, bEnd: b.length });

  const out = [`--- ${fromLabel}`, `+++ ${toLabel}`];
  let added = 0;
  let removed = 0;
  for (let first = 0; first < changes.length; ) {
    // Changes closer than twice the context share a hunk.
    let last = first;
    while (last + 1 < changes.length && changes[last + 1].a - changes[last].aEnd <= 2 * context) last++;
    const aStart = Math.max(0, changes[first].a - context);
    const bStart = Math.max(0, changes[first].b - context);
    const aEnd = Math.min(a.length, changes[last].aEnd + context);
    const bEnd = Math.min(b.length, changes[last].bEnd + context);
    out.push(`@@ -${range(aStart, aEnd - aStart)} +${range(bStart, bEnd - bStart)} @@`);
    let i = aStart;
    for (let k = first; k <= last; k++) {
      const change = changes[k];
      for (; i < change.a; i++) out.push(` ${a[i]}`);
      for (; i < change.aEnd; i++) out.push(`-${a[i]}`);
      for (let j = change.b; j < change.bEnd; j++) out.push(`+${b[j]}`);
      removed += change.aEnd - change.a;
      added += change.bEnd - change.b;
    }
    for (; i < aEnd; i++) out.push(` ${a[i]}`);
    first = last + 1;
  }
  return { unified: `${out.join('\n')}\n`, added, removed, unchanged };
}
