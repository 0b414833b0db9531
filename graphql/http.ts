import type { IncomingMessage, ServerResponse } from 'node:http';
import { ApolloServer, HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';
import { buildContext, type ContextDeps, type GraphQLContext } from './context.ts';
import { createErrorFormatter } from './errors.ts';
import { checkInputValues, createOperationLimits, limits, refused, type OperationLimits } from './limits.ts';

class BodyTooLarge extends Error {}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limits.maxBodyBytes) throw new BodyTooLarge();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Refuses, after validation and before anything runs: subscriptions (they need a WebSocket),
 * introspection the caller may not do, NUL characters in the input, and operations over the
 * limits of graphql/limits.ts. Persisted queries are off, and a request that sends a hash is told
 * so with a 400 (Apollo answers 200, for clients that negotiate them).
 */
function requestChecks(operations: OperationLimits): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request, contextValue }) {
          if (operation?.operation === 'subscription') {
            throw refused('BAD_REQUEST', 'Subscriptions need a WebSocket: open one to /api/graphql with the graphql-transport-ws protocol');
          }
          const error =
            operations.checkIntrospection(document, contextValue.caller) ??
            checkInputValues(document, request.variables) ??
            operations.check({ document, operationName: request.operationName, variables: request.variables });
          if (error) throw error;
        },
        async willSendResponse({ response }) {
          const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
          if (errors?.some((e) => e.extensions?.code === 'PERSISTED_QUERY_NOT_SUPPORTED')) response.http.status = 400;
        },
      };
    },
  };
}

/** What is sent instead of an answer over limits.maxResponseBytes. */
const tooLarge = JSON.stringify({
  data: null,
  errors: [
    {
      message: `The answer is larger than ${limits.maxResponseBytes / 1024 / 1024} MB: ask for smaller pages (first) or fewer fields`,
      extensions: { code: 'RESPONSE_TOO_LARGE', limit: limits.maxResponseBytes },
    },
  ],
});

/** Apollo Server 5 over a plain Node request (it ships no framework integration of its own). */
export async function createGraphQLHandler(schema: GraphQLSchema, deps: ContextDeps) {
  const operations = createOperationLimits(schema, { introspection: deps.settings.introspection ?? 'signed-in' });
  const apollo = new ApolloServer<GraphQLContext>({
    schema,
    formatError: createErrorFormatter(deps.log),
    // Cache control works out a policy for every field resolved, which nothing reads (answers are
    // `no-store`); answers go out without indentation. Both are CPU the device list paid per page.
    plugins: [ApolloServerPluginLandingPageDisabled(), ApolloServerPluginCacheControlDisabled(), requestChecks(operations)],
    stringifyResult: (result) => JSON.stringify(result),
    // Who may introspect is decided per caller by requestChecks.
    introspection: true,
    persistedQueries: false,
    parseOptions: { maxTokens: limits.maxTokens },
    maxRecursiveSelections: limits.maxSelections,
    includeStacktraceInErrorResponses: false,
    // The launcher (and a benchmark) own the shutdown order; Apollo must not stop itself and re-raise the signal.
    stopOnTerminationSignals: false,
  });
  await apollo.start();

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    let body: unknown;
    try {
      const text = req.method === 'POST' ? await readBody(req) : '';
      body = text && headers.get('content-type')?.includes('application/json') ? JSON.parse(text) : text;
    } catch (error) {
      res.statusCode = error instanceof BodyTooLarge ? 413 : 400;
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ errors: [{ message: error instanceof BodyTooLarge ? 'Request body too large' : 'Malformed JSON body', extensions: { code: 'BAD_REQUEST' } }] }));
      return;
    }
    const cookies: string[] = [];
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: new URL(req.url ?? '/', 'http://x').search, body },
      context: () => buildContext(deps, { headers: req.headers, remoteAddress: req.socket.remoteAddress }, (cookie) => cookies.push(cookie)),
    });
    for (const [key, value] of response.headers) res.setHeader(key, value);
    if (cookies.length) res.setHeader('set-cookie', cookies);
    res.setHeader('cache-control', 'no-store');
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      const answer = response.body.string;
      if (Buffer.byteLength(answer) > limits.maxResponseBytes) {
        deps.log.warn({ bytes: Buffer.byteLength(answer) }, 'answer over the response size limit replaced by RESPONSE_TOO_LARGE');
        res.setHeader('content-type', 'application/json; charset=utf-8');
        res.end(tooLarge);
        return;
      }
      res.end(answer);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  }

  return { handle, stop: () => apollo.stop() };
}
