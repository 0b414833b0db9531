import type { z } from 'zod';
import { ValidationError } from '../infra/errors.ts';

/** Parses verb input; the first problem becomes a ValidationError naming its field. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue.path.map(String).join('.') || undefined;
  throw new ValidationError(field ? `${field}: ${issue.message}` : issue.message, {
    field,
    details: { issues: result.error.issues.map((i) => ({ field: i.path.map(String).join('.'), message: i.message })) },
  });
}

/** Postgres unique_violation, from postgres.js or wrapped by drizzle. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  for (let e: unknown = error; e; e = (e as { cause?: unknown }).cause) {
    const pg = e as { code?: string; constraint_name?: string };
    if (pg.code === '23505') return constraint ? pg.constraint_name === constraint : true;
  }
  return false;
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids are UUIDs; anything else is the caller's mistake, not a database error. */
export function checkId(id: string, field = 'id'): string {
  if (!uuidPattern.test(id)) throw new ValidationError(`${field}: "${id}" is not a valid id`, { field });
  return id;
}
