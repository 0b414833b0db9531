import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { GraphQLError, type GraphQLFormattedError, type GraphQLSchema } from 'graphql';
import { CloseCode } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer, type WebSocket } from 'ws';
import { checkCallers, credentialKey } from '../db/auth/check-callers.ts';
import type { Role } from '../db/auth/schema.ts';
import type { Caller } from '../db/context.ts';
import { buildContext, type ContextDeps, type GraphQLContext } from './context.ts';
import { createErrorFormatter } from './errors.ts';
import { createOperationLimits, limits } from './limits.ts';

type UserCaller = Extract<Caller, { kind: 'user' }>;

type ConnectionExtra = {
  request: IncomingMessage;
  /** Each operation's context, resolved in onSubscribe and taken by `context`. */
  contexts?: Map<string, GraphQLContext>;
};

export interface SubscriptionServerOptions {
  /** Origins besides the server's own that may open a socket (`TIDEMARK_ALLOWED_ORIGINS`), e.g. `https://tidemark.example.com`. */
  allowedOrigins?: readonly string[];
  /** How often open connections check that their caller still holds; tests shorten it. */
  recheckMs?: number;
}

/** Open subscriptions end at most this long (plus one query) after their caller's credentials stop holding. */
const RECHECK_MS = 2000;

/**
 * graphql-ws on a `noServer` WebSocket server: the HTTP server hands it upgrades for
 * /api/graphql only, so Next's own sockets are untouched.
 *
 * A socket is not a session: the caller is resolved again from the connection's credentials for
 * every operation, and every open connection is re-checked every RECHECK_MS in one query for all
 * of them. A connection whose credentials no longer hold (token revoked, logged out, session
 * expired, user deleted) or whose user's role changed is closed with 4403, which ends its
 * subscriptions. A role change closes the socket rather than switching it to the new role, so that
 * nothing on a socket runs with permissions granted under another role; clients reconnect
 * (app/_lib/live.ts resubscribes with its cursor) and are authorized afresh.
 */
export function createSubscriptionServer(schema: GraphQLSchema, deps: ContextDeps, options: SubscriptionServerOptions = {}) {
  const formatErrors = socketErrorFormatter(deps);
  const allowedOrigins = new Set((options.allowedOrigins ?? []).map((origin) => new URL(origin).origin));
  const operations = createOperationLimits(schema, { introspection: deps.settings.introspection ?? 'signed-in' });
  const wss = new WebSocketServer({ noServer: true, maxPayload: limits.maxBodyBytes });
  /** The caller each acknowledged connection was opened as. */
  const callers = new Map<WebSocket, UserCaller>();

  const refuse = (socket: WebSocket, reason: string) => {
    callers.delete(socket);
    socket.close(CloseCode.Forbidden, reason);
  };
  /** Why a connection opened as `was` may go on no longer (its credentials hold `role` now, if any), or null. */
  const lapse = (was: UserCaller, role: Role | undefined): string | null => {
    if (!role) return 'Forbidden';
    if (role !== was.role) return 'Forbidden: role changed, reconnect';
    return null;
  };

  let rechecking = false;
  const recheck = async () => {
    if (rechecking || callers.size === 0) return;
    rechecking = true;
    try {
      const open = [...callers];
      const roles = await checkCallers(deps.db, open.map(([, caller]) => caller));
      for (const [socket, caller] of open) {
        const reason = lapse(caller, roles.get(credentialKey(caller)));
        if (reason) refuse(socket, reason);
      }
    } catch (err) {
      deps.log.warn({ err }, 'could not re-check the callers of open WebSocket connections');
    } finally {
      rechecking = false;
    }
  };
  const timer = setInterval(() => void recheck(), options.recheckMs ?? RECHECK_MS);
  timer.unref();

  const disposable = useServer<Record<string, unknown>, ConnectionExtra>(
    {
      schema,
      onConnect: async (ctx) => {
        const context = await buildContext(deps, { headers: ctx.extra.request.headers, connectionParams: ctx.connectionParams });
        if (context.caller.kind !== 'user') return false;
        callers.set(ctx.extra.socket, context.caller);
        return true;
      },
      onSubscribe: async (ctx, id, payload) => {
        const socket = ctx.extra.socket;
        const was = callers.get(socket);
        const context = await buildContext(deps, { headers: ctx.extra.request.headers, connectionParams: ctx.connectionParams });
        const reason = was ? lapse(was, context.caller.kind === 'user' ? context.caller.role : undefined) : 'Forbidden';
        if (reason) {
          refuse(socket, reason);
          return [new GraphQLError(reason, { extensions: { code: 'FORBIDDEN' } })];
        }
        const extra = ctx.extra as ConnectionExtra;
        const prepared = operations.prepare(payload, context.caller);
        if (Array.isArray(prepared)) return prepared;
        (extra.contexts ??= new Map()).set(id, context);
        return { ...prepared, schema };
      },
      context: (ctx, id) => {
        const contexts = (ctx.extra as ConnectionExtra).contexts;
        const context = contexts?.get(id);
        contexts?.delete(id);
        if (!context) throw new Error(`operation ${id} has no context`);
        return context;
      },
      onClose: (ctx) => {
        callers.delete(ctx.extra.socket);
      },
      onNext: (_ctx, _id, _payload, _args, result) =>
        tooLargeForSocket(result) ?? (result.errors ? { ...result, errors: formatErrors(result.errors, 'BAD_USER_INPUT') } : undefined),
      onError: (_ctx, _id, _payload, errors) => {
        deps.log.debug({ errors: errors.map((e) => e.message) }, 'subscription operation failed');
        return formatErrors(errors, 'GRAPHQL_VALIDATION_FAILED');
      },
    },
    wss,
  );
  return {
    wss,
    /** Takes an upgrade of /api/graphql: refused with 403 before the socket opens unless its origin may connect. */
    handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer) {
      if (!isAllowedOrigin(req, allowedOrigins)) {
        deps.log.warn({ origin: String(req.headers.origin).slice(0, 200) }, 'refused a WebSocket upgrade from another origin');
        socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
        return;
      }
      wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
    },
    async close() {
      clearInterval(timer);
      callers.clear();
      for (const client of wss.clients) client.close(1001, 'Server shutting down');
      await disposable.dispose();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}

/**
 * The errors of an operation as HTTP clients get them (graphql/errors.ts): domain errors with their
 * code, anything else thrown masked as INTERNAL_SERVER_ERROR. An error without a cause was raised by
 * GraphQL or by the checks before execution, and is shown with `codeOfOwn` unless it has a code.
 */
/** An answer over limits.maxResponseBytes is replaced by a RESPONSE_TOO_LARGE error. */
function tooLargeForSocket(result: unknown) {
  const bytes = Buffer.byteLength(JSON.stringify(result));
  if (bytes <= limits.maxResponseBytes) return undefined;
  return {
    data: null,
    errors: [{ message: `The answer is larger than ${limits.maxResponseBytes / 1024 / 1024} MB: ask for smaller pages (first) or fewer fields`, extensions: { code: 'RESPONSE_TOO_LARGE', limit: limits.maxResponseBytes } }],
  };
}

function socketErrorFormatter(deps: ContextDeps) {
  const format = createErrorFormatter(deps.log);
  return (errors: readonly GraphQLError[], codeOfOwn: string): GraphQLFormattedError[] =>
    errors.map((error) => {
      // With a path, the formatter finds the cause itself; a subscription's stream error has none.
      if (error.originalError) return format(error.toJSON(), error.path ? error : error.originalError);
      const formatted = error.toJSON();
      return { ...formatted, extensions: { code: codeOfOwn, ...formatted.extensions } };
    });
}

/** A host header as browsers send it: a name or address and an optional port, nothing else. */
const HOST = /^[a-z0-9.\-]+(:\d+)?$|^\[[0-9a-f:.]+\](:\d+)?$/i;

/**
 * Whether a WebSocket upgrade may go on: without an Origin (not a browser; credentials decide),
 * from the server's own origin (the request's Host, over http or https, since a proxy in front
 * may terminate TLS), or from a listed one. Browsers send cookies with cross-origin sockets and
 * do not apply CORS to them, so this is the only thing that keeps another site's page from using
 * a signed-in user's session.
 */
export function isAllowedOrigin(req: IncomingMessage, allowedOrigins: ReadonlySet<string>): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  let from: URL;
  try {
    from = new URL(origin);
  } catch {
    return false;
  }
  if (from.protocol !== 'http:' && from.protocol !== 'https:') return false;
  if (allowedOrigins.has(from.origin)) return true;
  const host = req.headers.host;
  if (!host || !HOST.test(host)) return false;
  return new URL(`${from.protocol}//${host}`).host === from.host;
}
