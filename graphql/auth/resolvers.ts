import { eq } from 'drizzle-orm';
import { createApiToken } from '../../db/auth/create-api-token.ts';
import { createUser } from '../../db/auth/create-user.ts';
import { deleteUser } from '../../db/auth/delete-user.ts';
import { listApiTokens } from '../../db/auth/list-api-tokens.ts';
import { listUsers } from '../../db/auth/list-users.ts';
import { changeOwnPassword } from '../../db/auth/change-own-password.ts';
import { login } from '../../db/auth/login.ts';
import { logout } from '../../db/auth/logout.ts';
import { roles, users } from '../../db/auth/schema.ts';
import { revokeApiToken } from '../../db/auth/revoke-api-token.ts';
import { updateUser } from '../../db/auth/update-user.ts';
import { graphqlEnum } from '../enums.ts';
import type { Resolvers } from '../generated/resolvers.ts';
import { listBounds } from '../limits.ts';

export const authResolvers = {
  Role: graphqlEnum(roles),
  Query: {
    me: async (_, __, ctx) => {
      if (ctx.caller.kind !== 'user') return null;
      const [user] = await ctx.db.select().from(users).where(eq(users.id, ctx.caller.userId));
      return user ?? null;
    },
    users: async (_, __, ctx) => (await listUsers({ ctx })).slice(0, listBounds['Query.users']),
    apiTokens: async (_, __, ctx) => (await listApiTokens({ ctx })).slice(0, listBounds['Query.apiTokens']),
  },
  Mutation: {
    login: async (_, input, ctx) => {
      const { user, token, expiresAt } = await login({ ctx, input, client: { address: ctx.clientAddress }, throttle: ctx.loginThrottle });
      ctx.setSessionCookie(token, expiresAt);
      return user;
    },
    logout: async (_, __, ctx) => {
      const ended = await logout({ ctx });
      ctx.setSessionCookie(null);
      return ended;
    },
    changeOwnPassword: (_, { input }, ctx) => changeOwnPassword({ ctx, input, client: { address: ctx.clientAddress }, throttle: ctx.loginThrottle }),
    createUser: (_, { input }, ctx) => createUser({ ctx, input }),
    updateUser: (_, { id, input }, ctx) => updateUser({ ctx, id, input: { role: input.role ?? undefined, password: input.password ?? undefined } }),
    deleteUser: (_, { id }, ctx) => deleteUser({ ctx, id }),
    createApiToken: (_, { input }, ctx) => createApiToken({ ctx, input: { name: input.name, userId: input.userId ?? undefined } }),
    revokeApiToken: (_, { id }, ctx) => revokeApiToken({ ctx, id }),
  },
  ApiToken: {
    user: async (token, _, ctx) => (await ctx.loaders.user(token.userId))!,
  },
} satisfies Resolvers;
