import type { IncomingMessage } from 'node:http';
import type { GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { buildContext, type ContextDeps, type GraphQLContext } from './context.ts';

type ConnectionExtra = {
  request: IncomingMessage;
  /** Resolved once in onConnect and reused by every operation of the connection. */
  context?: GraphQLContext;
};

/**
 * graphql-ws on a `noServer` WebSocket server: the HTTP server hands it upgrades for
 * /api/graphql only, so Next's own sockets are untouched.
 */
export function createSubscriptionServer(schema: GraphQLSchema, deps: ContextDeps) {
  const wss = new WebSocketServer({ noServer: true });
  const disposable = useServer<Record<string, unknown>, ConnectionExtra>(
    {
      schema,
      onConnect: async (ctx) => {
        const context = await buildContext(deps, { headers: ctx.extra.request.headers, connectionParams: ctx.connectionParams });
        if (context.caller.kind === 'anonymous') return false;
        (ctx.extra as ConnectionExtra).context = context;
        return true;
      },
      context: (ctx) => (ctx.extra as ConnectionExtra).context!,
      onError: (_ctx, _id, _payload, errors) => {
        deps.log.debug({ errors: errors.map((e) => e.message) }, 'subscription operation failed');
      },
    },
    wss,
  );
  return {
    wss,
    async close() {
      for (const client of wss.clients) client.close(1001, 'Server shutting down');
      await disposable.dispose();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}
