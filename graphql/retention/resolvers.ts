import { listWindow } from '../../db/pagination.ts';
import { setDeviceRetired } from '../../db/devices/retire-device.ts';
import { applyRetention } from '../../db/retention/apply-retention.ts';
import { deleteRetentionPolicy } from '../../db/retention/delete-retention-policy.ts';
import { listRetentionPolicies } from '../../db/retention/list-retention-policies.ts';
import { setRetentionPolicy } from '../../db/retention/set-retention-policy.ts';
import type { Resolvers } from '../generated/resolvers.ts';
import { withoutNulls } from '../input.ts';

const page = <T>(items: T[], args: { first?: number | null; offset?: number | null }): T[] => {
  const { first, offset } = listWindow(args, 100);
  return items.slice(offset, offset + first);
};

export const retentionResolvers = {
  Mutation: {
    setRetentionPolicy: (_, { input }, ctx) => setRetentionPolicy({ ctx, input: withoutNulls(input) }),
    deleteRetentionPolicy: (_, { id }, ctx) => deleteRetentionPolicy({ ctx, id }),
    applyRetention: (_, { repositoryId, dryRun }, ctx) => applyRetention({ ctx, input: { repositoryId, dryRun } }),
    retireDevice: (_, { id }, ctx) => setDeviceRetired({ ctx, id, retired: true }),
    restoreDevice: (_, { id }, ctx) => setDeviceRetired({ ctx, id, retired: false }),
  },
  Repository: {
    retentionPolicies: (repository, _, ctx) => listRetentionPolicies({ ctx, repositoryId: repository.id }),
  },
  RetentionResult: {
    removeCount: (result) => result.removals.length,
    fileCount: (result) => result.files.length,
    removals: (result, args) => page(result.removals, args),
    files: (result, args) => page(result.files, args),
  },
  RetentionRemoval: {
    backupId: (removal) => removal.id,
    device: (removal) => removal.deviceName,
    path: (removal) => removal.storageRef.path,
  },
} satisfies Resolvers;
