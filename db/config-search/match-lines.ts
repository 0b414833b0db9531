/**
 * The lines a search shows of one version: each matching line with `context` lines before and
 * after, as grep -C does (overlapping windows merge). Which lines match is PostgreSQL's answer;
 * here they are only laid out and their matches marked for highlighting.
 */

export interface SearchLine {
  /** 1-based. */
  number: number;
  text: string;
  isMatch: boolean;
  /** Start and end offsets (UTF-16, end exclusive) of each match in `text`, flattened: [s1, e1, s2, e2, …]. Empty for a match JavaScript cannot place: then the whole line matched. */
  highlights: number[];
}

export interface MatchOptions {
  query: string;
  regex: boolean;
  caseSensitive: boolean;
}

/** The most lines (matching lines and their context) one version shows. */
export const MAX_LINES_PER_VERSION = 500;

/** Lines of a stored text as PostgreSQL splits them (`\n`); the newline that ends the last line opens no line of its own. */
export function textLines(content: string): string[] {
  const lines = content.split('\n');
  if (lines.length > 1 && lines.at(-1) === '') lines.pop();
  return lines;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A JavaScript pattern that finds the same matches within a line, for highlighting. PostgreSQL's
 * regular expressions (ARE) and JavaScript's agree on common patterns; where one does not compile
 * here, the line is marked as a whole.
 */
export function highlighter(options: MatchOptions): ((line: string) => number[]) | null {
  let pattern: RegExp;
  try {
    pattern = new RegExp(options.regex ? options.query : escapeRegExp(options.query), options.caseSensitive ? 'g' : 'gi');
  } catch {
    return null;
  }
  return (line) => {
    const ranges: number[] = [];
    for (const match of line.matchAll(pattern)) {
      if (match[0].length === 0) continue;
      ranges.push(match.index, match.index + match[0].length);
      if (ranges.length >= 200) break;
    }
    return ranges;
  };
}

/** The lines to show for `matched` line numbers (1-based, as PostgreSQL numbered them). */
export function linesWithContext(
  content: string,
  matched: readonly number[],
  context: number,
  highlight: ((line: string) => number[]) | null,
): { lines: SearchLine[]; matchCount: number; truncated: boolean } {
  const all = textLines(content);
  const numbers = [...new Set(matched)].filter((n) => n >= 1 && n <= all.length).sort((a, b) => a - b);
  const isMatch = new Set(numbers);
  const lines: SearchLine[] = [];
  let next = 1;
  let truncated = false;
  for (const n of numbers) {
    const from = Math.max(next, n - context);
    const to = Math.min(all.length, n + context);
    for (let i = from; i <= to; i++) {
      if (lines.length >= MAX_LINES_PER_VERSION) {
        truncated = true;
        break;
      }
      const text = all[i - 1];
      lines.push({ number: i, text, isMatch: isMatch.has(i), highlights: isMatch.has(i) && highlight ? highlight(text) : [] });
    }
    if (truncated) break;
    next = to + 1;
  }
  return { lines, matchCount: numbers.length, truncated };
}
