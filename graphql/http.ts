import type { IncomingMessage, ServerResponse } from 'node:http';
import { ApolloServer, HeaderMap } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';
import { buildContext, type ContextDeps, type GraphQLContext } from './context.ts';
import { createErrorFormatter } from './errors.ts';

const MAX_BODY_BYTES = 5 * 1024 * 1024;

class BodyTooLarge extends Error {}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new BodyTooLarge();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Apollo Server 5 over a plain Node request (it ships no framework integration of its own). */
export async function createGraphQLHandler(schema: GraphQLSchema, deps: ContextDeps) {
  const apollo = new ApolloServer<GraphQLContext>({
    schema,
    formatError: createErrorFormatter(deps.log),
    plugins: [ApolloServerPluginLandingPageDisabled()],
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
      context: () => buildContext(deps, { headers: req.headers }, (cookie) => cookies.push(cookie)),
    });
    for (const [key, value] of response.headers) res.setHeader(key, value);
    if (cookies.length) res.setHeader('set-cookie', cookies);
    res.setHeader('cache-control', 'no-store');
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      res.end(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  }

  return { handle, stop: () => apollo.stop() };
}
