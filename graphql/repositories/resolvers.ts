import { createRepository } from '../../db/repositories/create-repository.ts';
import { deleteRepository } from '../../db/repositories/delete-repository.ts';
import { listRepositories } from '../../db/repositories/list-repositories.ts';
import { repositoryKinds } from '../../db/repositories/schema.ts';
import { testRepository } from '../../db/repositories/test-repository.ts';
import { updateRepository } from '../../db/repositories/update-repository.ts';
import { requireRole } from '../../db/context.ts';
import { checkId } from '../../db/validation.ts';
import { graphqlEnum } from '../enums.ts';
import type { Resolvers } from '../generated/resolvers.ts';
import { checkedByVerb } from '../input.ts';
import { listBounds } from '../limits.ts';

export const repositoryResolvers = {
  RepositoryKind: graphqlEnum(repositoryKinds),
  Query: {
    repositories: async (_, __, ctx) => (await listRepositories({ ctx })).slice(0, listBounds['Query.repositories']),
    testRepository: (_, { id }, ctx) => testRepository({ ctx, id }),
    repository: async (_, { id }, ctx) => {
      requireRole(ctx.caller, 'viewer');
      return (await ctx.loaders.repository(checkId(id))) ?? null;
    },
  },
  Mutation: {
    createRepository: (_, { input }, ctx) => createRepository({ ctx, input: checkedByVerb(input) }),
    updateRepository: (_, { id, input }, ctx) => updateRepository({ ctx, id, input: checkedByVerb(input) }),
    deleteRepository: (_, { id }, ctx) => deleteRepository({ ctx, id }),
  },
  Repository: {
    deviceCount: async (repository, _, ctx) => (await ctx.loaders.repositoryDeviceCount(repository.id)) ?? 0,
  },
} satisfies Resolvers;
