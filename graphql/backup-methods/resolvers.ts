import { requireRole } from '../../db/context.ts';
import { listBackupMethods } from '../../plugins/registry.ts';
import type { Resolvers } from '../generated/resolvers.ts';

export const backupMethodResolvers = {
  Query: {
    backupMethods: (_, __, ctx) => {
      requireRole(ctx.caller, 'viewer');
      return listBackupMethods();
    },
  },
} satisfies Resolvers;
