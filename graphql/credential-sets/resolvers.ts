import { createCredentialSet } from '../../db/credential-sets/create-credential-set.ts';
import { deleteCredentialSet } from '../../db/credential-sets/delete-credential-set.ts';
import { listCredentialSets } from '../../db/credential-sets/list-credential-sets.ts';
import { updateCredentialSet } from '../../db/credential-sets/update-credential-set.ts';
import { requireRole } from '../../db/context.ts';
import { checkId } from '../../db/validation.ts';
import type { Resolvers } from '../generated/resolvers.ts';
import { checkedByVerb } from '../input.ts';
import { listBounds } from '../limits.ts';

export const credentialSetResolvers = {
  Query: {
    credentialSets: async (_, __, ctx) => (await listCredentialSets({ ctx })).slice(0, listBounds['Query.credentialSets']),
    credentialSet: async (_, { id }, ctx) => {
      requireRole(ctx.caller, 'viewer');
      return (await ctx.loaders.credentialSet(checkId(id))) ?? null;
    },
  },
  Mutation: {
    createCredentialSet: (_, { input }, ctx) => createCredentialSet({ ctx, input: checkedByVerb(input) }),
    updateCredentialSet: (_, { id, input }, ctx) => updateCredentialSet({ ctx, id, input: checkedByVerb(input) }),
    deleteCredentialSet: (_, { id }, ctx) => deleteCredentialSet({ ctx, id }),
  },
  CredentialSet: {
    deviceCount: async (set, _, ctx) => (await ctx.loaders.credentialSetDeviceCount(set.id)) ?? 0,
  },
} satisfies Resolvers;
