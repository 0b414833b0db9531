import { requireRole } from '../../db/context.ts';
import { listBackupMethods } from '../../plugins/registry.ts';
import type { Resolvers } from '../generated/resolvers.ts';
import { listBounds } from '../limits.ts';

export const backupMethodResolvers = {
  Query: {
    backupMethods: (_, __, ctx) => {
      requireRole(ctx.caller, 'viewer');
      return listBackupMethods().slice(0, listBounds['Query.backupMethods']);
    },
  },
} satisfies Resolvers;
