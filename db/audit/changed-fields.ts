import { isDeepStrictEqual } from 'node:util';

/**
 * The fields of an update that really change something: forms send every field, and an audit
 * entry that lists them all says nothing. Dates compare by time, lists by their items.
 */
export function changedFields(before: Record<string, unknown>, update: Record<string, unknown>): string[] {
  return Object.keys(update).filter((field) => update[field] !== undefined && !isDeepStrictEqual(comparable(before[field]), comparable(update[field])));
}

function comparable(value: unknown): unknown {
  if (value instanceof Date) return value.getTime();
  // An absent optional value and an explicit null mean the same to the user.
  return value === undefined ? null : value;
}
