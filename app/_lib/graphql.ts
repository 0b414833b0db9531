/**
 * The UI's only way to the data: GraphQL over HTTP on the same origin, authenticated by the
 * session cookie the `login` mutation sets. Documents come from `graphql()` in app/_gql, so the
 * variables and the result are typed from the schema; on the wire they are plain strings.
 */
import type { TypedDocumentString } from '../_gql/graphql';

/** An operation's variables as arguments: none when it takes none. */
export type VariablesOf<TVariables> = TVariables extends Record<string, never> ? [] : [TVariables];

/** `extensions.code` values the server sends, plus the ones this client produces itself. */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'INTERNAL_SERVER_ERROR'
  | 'NETWORK_ERROR'
  | 'UNKNOWN';

const knownCodes = new Set<string>([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'INTERNAL_SERVER_ERROR',
]);

export class GraphQLRequestError extends Error {
  readonly code: ErrorCode;
  /** The input field the server blamed, e.g. `host`; set with BAD_USER_INPUT. */
  readonly field: string | null;

  constructor(message: string, code: ErrorCode, field: string | null = null, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'GraphQLRequestError';
    this.code = code;
    this.field = field;
  }
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: unknown; field?: unknown } }[];
}

export async function request<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  ...[variables]: VariablesOf<TVariables>
): Promise<TResult> {
  const query = document.toString();
  let response: Response;
  try {
    response = await fetch('/api/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      credentials: 'same-origin',
      body: JSON.stringify({ query, variables }),
    });
  } catch (cause) {
    throw new GraphQLRequestError('The Tidemark server cannot be reached.', 'NETWORK_ERROR', null, { cause });
  }

  let body: GraphQLResponse<TResult>;
  try {
    body = (await response.json()) as GraphQLResponse<TResult>;
  } catch (cause) {
    throw new GraphQLRequestError(`The server answered ${response.status} without a GraphQL response.`, 'UNKNOWN', null, { cause });
  }

  const first = body.errors?.[0];
  if (first) {
    const code = typeof first.extensions?.code === 'string' && knownCodes.has(first.extensions.code) ? (first.extensions.code as ErrorCode) : 'UNKNOWN';
    const field = typeof first.extensions?.field === 'string' ? first.extensions.field : null;
    throw new GraphQLRequestError(first.message, code, field);
  }
  if (body.data == null) throw new GraphQLRequestError('The server sent no data.', 'UNKNOWN');
  return body.data;
}

/** Server messages start with the field name ("host: is not …"); beside the field that is noise. */
export function messageWithoutField(error: GraphQLRequestError): string {
  const prefix = error.field ? `${error.field}: ` : '';
  if (!prefix || !error.message.startsWith(prefix)) return error.message;
  const rest = error.message.slice(prefix.length);
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}
