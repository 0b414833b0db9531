import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { inputProblem, queryCause } from '../db/query-error.ts';
import { AppError, type ErrorCode } from '../infra/errors.ts';
import type { Logger } from '../infra/log.ts';
import { tokenLimitError } from './limits.ts';

/** Domain error codes as clients see them in `extensions.code`. */
const transportCode: Record<ErrorCode, string> = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  FORBIDDEN: 'FORBIDDEN',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  TOO_MANY_ATTEMPTS: 'TOO_MANY_ATTEMPTS',
  BAD_REGEX: 'BAD_REGEX',
  SEARCH_TIMEOUT: 'SEARCH_TIMEOUT',
};

/**
 * Codes produced by GraphQL itself (parse, validation, variable coercion) and by the checks that
 * run before an operation (graphql/limits.ts): safe to show.
 */
const clientCodes = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
  'QUERY_TOO_COMPLEX',
  'UNAUTHENTICATED',
]);

const missingField = /Field "(?:\w+\.)?(\w+)" of required type "[^"]+" was not provided/;

/** A missing required input field is bad user input naming that field, however it was sent. */
function withInputField(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const field = missingField.exec(formatted.message)?.[1];
  if (!field) return formatted;
  return { ...formatted, extensions: { ...formatted.extensions, code: 'BAD_USER_INPUT', field } };
}

/** Maps domain errors to GraphQL errors and masks everything else as INTERNAL_SERVER_ERROR. */
export function createErrorFormatter(log: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof AppError) {
      return {
        message: original.message,
        path: formatted.path,
        locations: formatted.locations,
        extensions: {
          code: transportCode[original.code],
          ...(original.field ? { field: original.field } : {}),
          ...(original.details ? { details: original.details } : {}),
        },
      };
    }
    // An error GraphQL raised itself is not wrapped; one a resolver threw is (and is masked).
    const code = formatted.extensions?.code;
    if (original === error && code === 'GRAPHQL_PARSE_FAILED') {
      const tooLong = tokenLimitError(formatted.message);
      if (tooLong) return { message: tooLong.message, extensions: { code: 'QUERY_TOO_COMPLEX', limit: tooLong.extensions.limit } };
    }
    if (original === error && typeof code === 'string' && clientCodes.has(code)) return withInputField(formatted);
    const problem = inputProblem(original);
    if (problem) {
      // The cause only: drizzle's wrapper carries the statement's parameters, the input itself.
      log.debug({ err: queryCause(original), path: formatted.path }, 'the database refused an input');
      return { message: `The input ${problem}`, path: formatted.path, locations: formatted.locations, extensions: { code: 'BAD_USER_INPUT' } };
    }
    log.error({ err: original, path: formatted.path }, 'internal error in a GraphQL operation');
    return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}
