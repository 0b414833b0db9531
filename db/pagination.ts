import { ValidationError } from '../infra/errors.ts';

export const MAX_PAGE = 500;

/** Cursors are opaque to clients; inside they are offsets, which stay cheap at fleet sizes. */
export function encodeCursor(offset: number): string {
  return Buffer.from(`o:${offset}`).toString('base64url');
}

/** The offset of the first row after `after`, and the checked page size. */
export function pageWindow(input: { first?: number | null; after?: string | null }, defaultSize = 50): { first: number; offset: number } {
  const first = input.first ?? defaultSize;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE) {
    throw new ValidationError(`first: must be between 0 and ${MAX_PAGE}`, { field: 'first' });
  }
  if (!input.after) return { first, offset: 0 };
  const match = /^o:(\d+)$/.exec(Buffer.from(input.after, 'base64url').toString());
  if (!match) throw new ValidationError('after: is not a cursor from this list', { field: 'after' });
  return { first, offset: Number(match[1]) + 1 };
}

/** Rows fetched with `limit first + 1` turned into a page. */
export function toPage<T>(rows: T[], window: { first: number; offset: number }, totalCount: number) {
  const page = rows.slice(0, window.first);
  return {
    edges: page.map((node, i) => ({ node, cursor: encodeCursor(window.offset + i) })),
    hasNextPage: rows.length > window.first,
    totalCount,
  };
}

/** The checked window of a list field paged by `first` and `offset` (not a connection). */
export function listWindow(input: { first?: number | null; offset?: number | null }, defaultSize: number, max = MAX_PAGE): { first: number; offset: number } {
  const first = input.first ?? defaultSize;
  if (!Number.isInteger(first) || first < 0 || first > max) throw new ValidationError(`first: must be between 0 and ${max}`, { field: 'first' });
  const offset = input.offset ?? 0;
  if (!Number.isInteger(offset) || offset < 0) throw new ValidationError('offset: must be 0 or more', { field: 'offset' });
  return { first, offset };
}
