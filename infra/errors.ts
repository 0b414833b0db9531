/**
 * Domain errors. The transport maps `code` to its own vocabulary in one place
 * (graphql/errors.ts); anything that is not an AppError is an internal error.
 */
export type ErrorCode = 'BAD_USER_INPUT' | 'NOT_FOUND' | 'CONFLICT' | 'FORBIDDEN' | 'UNAUTHENTICATED' | 'TOO_MANY_ATTEMPTS' | 'BAD_REGEX' | 'SEARCH_TIMEOUT';

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly field?: string;
  readonly details?: Record<string, unknown>;

  constructor(
    code: ErrorCode,
    message: string,
    options: { cause?: unknown; field?: string; details?: Record<string, unknown> } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = new.target.name;
    this.code = code;
    this.field = options.field;
    this.details = options.details;
  }
}

export class ValidationError extends AppError {
  constructor(message: string, options: { field?: string; cause?: unknown; details?: Record<string, unknown> } = {}) {
    super('BAD_USER_INPUT', message, options);
  }
}

export class NotFoundError extends AppError {
  constructor(entity: string, id: string) {
    super('NOT_FOUND', `${entity} ${id} does not exist`, { details: { entity, id } });
  }
}

export class ConflictError extends AppError {
  constructor(message: string, options: { field?: string; details?: Record<string, unknown> } = {}) {
    super('CONFLICT', message, options);
  }
}

export class ForbiddenError extends AppError {
  constructor(message = 'Your role does not allow this') {
    super('FORBIDDEN', message);
  }
}

export class UnauthenticatedError extends AppError {
  constructor(message = 'Log in or send an API token') {
    super('UNAUTHENTICATED', message);
  }
}

/** Refused without looking at the request (login throttling); `details.retryAfterSeconds` says when to try again. */
export class TooManyAttemptsError extends AppError {
  constructor(retryAfterSeconds: number) {
    const wait = retryAfterSeconds < 120 ? `${retryAfterSeconds} seconds` : `${Math.ceil(retryAfterSeconds / 60)} minutes`;
    super('TOO_MANY_ATTEMPTS', `Too many failed logins; try again in ${wait}`, { details: { retryAfterSeconds } });
  }
}
