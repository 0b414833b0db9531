import { requireRole } from '../../db/context.ts';
import { optionFieldKinds, optionFields } from '../../plugins/option-fields.ts';
import { findBackupMethod, listBackupMethods } from '../../plugins/registry.ts';
import { graphqlEnum } from '../enums.ts';
import type { Resolvers } from '../generated/resolvers.ts';
import { listBounds } from '../limits.ts';

export const backupMethodResolvers = {
  Query: {
    backupMethods: (_, __, ctx) => {
      requireRole(ctx.caller, 'viewer');
      return listBackupMethods().slice(0, listBounds['Query.backupMethods']);
    },
  },
  BackupMethod: {
    optionFields: (method) => {
      const found = findBackupMethod(method.key);
      return found ? optionFields(found) : [];
    },
  },
  OptionFieldKind: graphqlEnum(optionFieldKinds),
} satisfies Resolvers;
