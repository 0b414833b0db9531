import { hostKeyFingerprint } from '../../db/devices/host-key.ts';
import { acceptRemoteHostKey } from '../../db/repositories/accept-remote-host-key.ts';
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
    testRepository: async (_, { id }, ctx) => {
      const { hostKey, ...check } = await testRepository({ ctx, id });
      return { ...check, hostKeyFingerprint: hostKeyFingerprint(hostKey) };
    },
    repository: async (_, { id }, ctx) => {
      requireRole(ctx.caller, 'viewer');
      return (await ctx.loaders.repository(checkId(id))) ?? null;
    },
  },
  Mutation: {
    createRepository: (_, { input }, ctx) => createRepository({ ctx, input: checkedByVerb(input) }),
    updateRepository: (_, { id, input }, ctx) => updateRepository({ ctx, id, input: checkedByVerb(input) }),
    deleteRepository: (_, { id }, ctx) => deleteRepository({ ctx, id }),
    acceptRemoteHostKey: (_, { id }, ctx) => acceptRemoteHostKey({ ctx, id }),
  },
  Repository: {
    deviceCount: async (repository, _, ctx) => (await ctx.loaders.repositoryDeviceCount(repository.id)) ?? 0,
    isDefault: async (repository, _, ctx) => (await ctx.loaders.defaultRepositoryId()) === repository.id,
    effectiveDeviceCount: async (repository, _, ctx) => (await ctx.loaders.effectiveDeviceCounts()).byRepository.get(repository.id) ?? 0,
    remoteCredentialSet: (repository, _, ctx) => (repository.remoteCredentialSetId ? ctx.loaders.credentialSet(repository.remoteCredentialSetId) : null),
    signingCredentialSet: (repository, _, ctx) => (repository.signingCredentialSetId ? ctx.loaders.credentialSet(repository.signingCredentialSetId) : null),
    remoteHostKeyFingerprint: (repository) => hostKeyFingerprint(repository.remoteHostKey),
    pendingRemoteHostKeyFingerprint: (repository) => hostKeyFingerprint(repository.pendingRemoteHostKey),
    divergence: (repository) =>
      repository.divergedLocalCommit && repository.divergedRemoteCommit && repository.divergedAt
        ? { localCommit: repository.divergedLocalCommit, remoteCommit: repository.divergedRemoteCommit, at: repository.divergedAt }
        : null,
  },
} satisfies Resolvers;
