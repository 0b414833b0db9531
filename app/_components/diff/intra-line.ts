import { diffChars, diffWordsWithSpace } from 'diff';

/** A run of a line's text; `changed` marks what the other side of the pair does not have. */
export interface Segment {
  text: string;
  changed: boolean;
}

/** Lines longer than this are highlighted whole: a word diff of them costs more than it shows. */
const MAX_LINE = 2000;
/** Above this share of changed characters the pair is a rewrite, and whole lines read better. */
const MAX_CHANGED_SHARE = 0.6;

function push(segments: Segment[], text: string, changed: boolean) {
  if (!text) return;
  const last = segments.at(-1);
  if (last && last.changed === changed) last.text += text;
  else segments.push({ text, changed });
}

function changedShare(segments: Segment[]): number {
  const total = segments.reduce((sum, s) => sum + s.text.length, 0);
  return total ? segments.reduce((sum, s) => sum + (s.changed ? s.text.length : 0), 0) / total : 0;
}

const isToken = (text: string) => text.length > 0 && !/\s/.test(text);

/** Words, runs of whitespace and single punctuation marks. */
function tokens(text: string): string[] {
  return text.match(/[\p{L}\p{N}_]+|\s+|[^\p{L}\p{N}_\s]/gu) ?? [];
}

/**
 * Where two paired lines differ, word by word (a replaced word in two similar tokens, such as
 * `sw-01` and `sw-02`, character by character). Null when the lines are too long or too
 * different for a highlight inside them to help.
 */
export function intraLine(before: string, after: string): { before: Segment[]; after: Segment[] } | null {
  if (before.length > MAX_LINE || after.length > MAX_LINE) return null;
  const left: Segment[] = [];
  const right: Segment[] = [];
  // The words both lines start and end with are cut off first: most edits change one or two
  // words, and the word diff then runs on those alone.
  const a = tokens(before);
  const b = tokens(after);
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const prefix = a.slice(0, head).join('');
  const suffix = a.slice(a.length - tail).join('');
  push(left, prefix, false);
  push(right, prefix, false);
  const middleA = a.slice(head, a.length - tail);
  const middleB = b.slice(head, b.length - tail);
  const parts: { value: string; added?: boolean; removed?: boolean }[] =
    middleA.length <= 1 && middleB.length <= 1
      ? [
          { value: middleA.join(''), removed: true },
          { value: middleB.join(''), added: true },
        ]
      : diffWordsWithSpace(middleA.join(''), middleB.join(''));
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    const next = parts[i + 1];
    if (part.removed && next?.added && isToken(part.value) && isToken(next.value)) {
      const chars = diffChars(part.value, next.value);
      const common = chars.reduce((sum, c) => sum + (c.added || c.removed ? 0 : c.value.length), 0);
      if (common * 2 >= Math.max(part.value.length, next.value.length)) {
        for (const c of chars) {
          if (!c.added) push(left, c.value, Boolean(c.removed));
          if (!c.removed) push(right, c.value, Boolean(c.added));
        }
        i++;
        continue;
      }
    }
    if (!part.added) push(left, part.value, Boolean(part.removed));
    if (!part.removed) push(right, part.value, Boolean(part.added));
  }
  push(left, suffix, false);
  push(right, suffix, false);
  if (changedShare(left) > MAX_CHANGED_SHARE || changedShare(right) > MAX_CHANGED_SHARE) return null;
  return { before: left, after: right };
}

/** How alike two lines are, 0 to 1, by the words they share (Dice coefficient); cheap enough to try many pairs. */
export function similarity(a: string, b: string): number {
  const words = (text: string) => text.split(/[\s,;:=/()[\]{}"']+/).filter(Boolean);
  const left = words(a);
  const right = words(b);
  if (!left.length && !right.length) return a.trim() === b.trim() ? 1 : 0;
  const pool = new Map<string, number>();
  for (const w of left) pool.set(w, (pool.get(w) ?? 0) + 1);
  let shared = 0;
  for (const w of right) {
    const n = pool.get(w) ?? 0;
    if (n > 0) {
      shared++;
      pool.set(w, n - 1);
    }
  }
  return (2 * shared) / (left.length + right.length);
}
