import { eq } from 'drizzle-orm';
import { createApiToken } from '../../db/auth/create-api-token.ts';
import { createUser } from '../../db/auth/create-user.ts';
import { deleteUser } from '../../db/auth/delete-user.ts';
import { listApiTokens } from '../../db/auth/list-api-tokens.ts';
import { listUsers } from '../../db/auth/list-users.ts';
import { login } from '../../db/auth/login.ts';
import { logout } from '../../db/auth/logout.ts';
import { users, type ApiToken } from '../../db/auth/schema.ts';
import { revokeApiToken } from '../../db/auth/revoke-api-token.ts';
import { updateUser } from '../../db/auth/update-user.ts';
import type { GraphQLContext } from '../context.ts';

type Args<T> = T;

export const authResolvers = {
  Role: { VIEWER: 'viewer', OPERATOR: 'operator', ADMIN: 'admin' },
  Query: {
    me: async (_: unknown, __: unknown, ctx: GraphQLContext) => {
      if (ctx.caller.kind !== 'user') return null;
      const [user] = await ctx.db.select().from(users).where(eq(users.id, ctx.caller.userId));
      return user ?? null;
    },
    users: (_: unknown, __: unknown, ctx: GraphQLContext) => listUsers({ ctx }),
    apiTokens: (_: unknown, __: unknown, ctx: GraphQLContext) => listApiTokens({ ctx }),
  },
  Mutation: {
    login: async (_: unknown, input: Args<{ username: string; password: string }>, ctx: GraphQLContext) => {
      const { user, token, expiresAt } = await login({ ctx, input });
      ctx.setSessionCookie(token, expiresAt);
      return user;
    },
    logout: async (_: unknown, __: unknown, ctx: GraphQLContext) => {
      const ended = await logout({ ctx });
      ctx.setSessionCookie(null);
      return ended;
    },
    createUser: (_: unknown, { input }: Args<{ input: Parameters<typeof createUser>[0]['input'] }>, ctx: GraphQLContext) =>
      createUser({ ctx, input }),
    updateUser: (_: unknown, { id, input }: Args<{ id: string; input: Parameters<typeof updateUser>[0]['input'] }>, ctx: GraphQLContext) =>
      updateUser({ ctx, id, input: { role: input.role ?? undefined, password: input.password ?? undefined } }),
    deleteUser: (_: unknown, { id }: Args<{ id: string }>, ctx: GraphQLContext) => deleteUser({ ctx, id }),
    createApiToken: (_: unknown, { input }: Args<{ input: { name: string; userId?: string | null } }>, ctx: GraphQLContext) =>
      createApiToken({ ctx, input: { name: input.name, userId: input.userId ?? undefined } }),
    revokeApiToken: (_: unknown, { id }: Args<{ id: string }>, ctx: GraphQLContext) => revokeApiToken({ ctx, id }),
  },
  ApiToken: {
    user: async (token: ApiToken, _: unknown, ctx: GraphQLContext) => {
      const [user] = await ctx.db.select().from(users).where(eq(users.id, token.userId));
      return user;
    },
  },
};
