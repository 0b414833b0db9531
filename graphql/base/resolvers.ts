import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { requireRole } from '../../db/context.ts';
import type { Resolvers } from '../generated/resolvers.ts';
import { version } from '../version.ts';

const DateTime = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  serialize: (value) => {
    const date = value instanceof Date ? value : new Date(value as string);
    if (Number.isNaN(date.getTime())) throw new GraphQLError('DateTime cannot represent an invalid date');
    return date.toISOString();
  },
  parseValue: (value) => {
    const date = new Date(value as string);
    if (typeof value !== 'string' || Number.isNaN(date.getTime())) throw new GraphQLError('DateTime must be an ISO 8601 string');
    return date;
  },
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING || Number.isNaN(new Date(ast.value).getTime())) {
      throw new GraphQLError('DateTime must be an ISO 8601 string');
    }
    return new Date(ast.value);
  },
});

function literalToJson(ast: import('graphql').ValueNode): unknown {
  switch (ast.kind) {
    case Kind.STRING:
    case Kind.BOOLEAN:
      return ast.value;
    case Kind.INT:
    case Kind.FLOAT:
      return Number(ast.value);
    case Kind.NULL:
      return null;
    case Kind.LIST:
      return ast.values.map(literalToJson);
    case Kind.OBJECT:
      return Object.fromEntries(ast.fields.map((f) => [f.name.value, literalToJson(f.value)]));
    default:
      throw new GraphQLError('JSON literals cannot use variables');
  }
}

const JSONScalar = new GraphQLScalarType({
  name: 'JSON',
  serialize: (value) => value,
  parseValue: (value) => value,
  parseLiteral: literalToJson,
});

async function* heartbeats(intervalMs: number, signal?: AbortSignal) {
  for (let seq = 1; ; seq++) {
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
    if (signal?.aborted) return;
    yield { heartbeat: { seq, at: new Date() } };
  }
}

export const baseResolvers = {
  DateTime,
  JSON: JSONScalar,
  Query: {
    version: () => version,
  },
  Subscription: {
    heartbeat: {
      subscribe: (_, { intervalMs }, ctx) => {
        requireRole(ctx.caller, 'viewer');
        return heartbeats(Math.min(Math.max(intervalMs, 100), 60_000));
      },
    },
  },
} satisfies Resolvers;
