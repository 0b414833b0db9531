import { createRepository } from '../../db/repositories/create-repository.ts';
import { deleteRepository } from '../../db/repositories/delete-repository.ts';
import { listRepositories } from '../../db/repositories/list-repositories.ts';
import { testRepository } from '../../db/repositories/test-repository.ts';
import { updateRepository } from '../../db/repositories/update-repository.ts';
import type { RepositoryView } from '../../db/repositories/view.ts';
import { requireRole } from '../../db/context.ts';
import { checkId } from '../../db/validation.ts';
import type { GraphQLContext } from '../context.ts';

type CreateInput = Parameters<typeof createRepository>[0]['input'];
type UpdateInput = Parameters<typeof updateRepository>[0]['input'];

export const repositoryResolvers = {
  RepositoryKind: { GIT: 'git', FILESYSTEM: 'filesystem' },
  Query: {
    repositories: (_: unknown, __: unknown, ctx: GraphQLContext) => listRepositories({ ctx }),
    testRepository: (_: unknown, { id }: { id: string }, ctx: GraphQLContext) => testRepository({ ctx, id }),
    repository: async (_: unknown, { id }: { id: string }, ctx: GraphQLContext) => {
      requireRole(ctx.caller, 'viewer');
      return (await ctx.loaders.repository(checkId(id))) ?? null;
    },
  },
  Mutation: {
    createRepository: (_: unknown, { input }: { input: CreateInput }, ctx: GraphQLContext) => createRepository({ ctx, input }),
    updateRepository: (_: unknown, { id, input }: { id: string; input: UpdateInput }, ctx: GraphQLContext) =>
      updateRepository({ ctx, id, input }),
    deleteRepository: (_: unknown, { id }: { id: string }, ctx: GraphQLContext) => deleteRepository({ ctx, id }),
  },
  Repository: {
    deviceCount: async (repository: RepositoryView, _: unknown, ctx: GraphQLContext) =>
      (await ctx.loaders.repositoryDeviceCount(repository.id)) ?? 0,
  },
};
