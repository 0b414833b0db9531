import { requireRole } from '../../db/context.ts';
import { listBackupMethods } from '../../plugins/registry.ts';
import type { GraphQLContext } from '../context.ts';

export const backupMethodResolvers = {
  Query: {
    backupMethods: (_: unknown, __: unknown, ctx: GraphQLContext) => {
      requireRole(ctx.caller, 'viewer');
      return listBackupMethods();
    },
  },
};
