import { createCredentialSet } from '../../db/credential-sets/create-credential-set.ts';
import { deleteCredentialSet } from '../../db/credential-sets/delete-credential-set.ts';
import { listCredentialSets } from '../../db/credential-sets/list-credential-sets.ts';
import { updateCredentialSet } from '../../db/credential-sets/update-credential-set.ts';
import type { CredentialSetView } from '../../db/credential-sets/view.ts';
import { requireRole } from '../../db/context.ts';
import { checkId } from '../../db/validation.ts';
import type { GraphQLContext } from '../context.ts';

type CreateInput = Parameters<typeof createCredentialSet>[0]['input'];
type UpdateInput = Parameters<typeof updateCredentialSet>[0]['input'];

export const credentialSetResolvers = {
  Query: {
    credentialSets: (_: unknown, __: unknown, ctx: GraphQLContext) => listCredentialSets({ ctx }),
    credentialSet: async (_: unknown, { id }: { id: string }, ctx: GraphQLContext) => {
      requireRole(ctx.caller, 'viewer');
      return (await ctx.loaders.credentialSet(checkId(id))) ?? null;
    },
  },
  Mutation: {
    createCredentialSet: (_: unknown, { input }: { input: CreateInput }, ctx: GraphQLContext) => createCredentialSet({ ctx, input }),
    updateCredentialSet: (_: unknown, { id, input }: { id: string; input: UpdateInput }, ctx: GraphQLContext) =>
      updateCredentialSet({ ctx, id, input }),
    deleteCredentialSet: (_: unknown, { id }: { id: string }, ctx: GraphQLContext) => deleteCredentialSet({ ctx, id }),
  },
  CredentialSet: {
    deviceCount: async (set: CredentialSetView, _: unknown, ctx: GraphQLContext) => (await ctx.loaders.credentialSetDeviceCount(set.id)) ?? 0,
  },
};
