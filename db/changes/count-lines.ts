import { diffLines } from 'diff';

export interface LineCounts {
  added: number;
  removed: number;
}

/**
 * Edits beyond which a difference is not counted: Myers' diff costs grow with the edits, and a
 * rewrite of a whole large configuration would hold a worker's CPU for long. Such a change is
 * recorded without counts; the compare page still diffs it on request.
 */
export const MAX_COUNTED_EDITS = 5_000;

/** Lines in a text, a last line without its newline included (as diffLines counts them). */
export function countLines(text: string): number {
  if (text === '') return 0;
  return text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
}

/** Lines added and removed from `older` to `newer`, as the compare page counts them; null past MAX_COUNTED_EDITS. */
export function countChangedLines(older: string, newer: string): LineCounts | null {
  const parts = diffLines(older, newer, { maxEditLength: MAX_COUNTED_EDITS });
  if (!parts) return null;
  const counts = { added: 0, removed: 0 };
  for (const part of parts) {
    if (part.added) counts.added += part.count ?? 0;
    else if (part.removed) counts.removed += part.count ?? 0;
  }
  return counts;
}
