import { requireRole } from '../../db/context.ts';
import { optionFieldKinds, optionFields } from '../../plugins/option-fields.ts';
import { proofOf } from '../../plugins/proof.ts';
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
    deviceCount: async (method, _, ctx) => (await ctx.loaders.deviceCountsByBackupMethod()).get(method.key) ?? 0,
    proof: (method) => {
      const proof = proofOf(method.key);
      return {
        ...proof,
        recordings: proof.recordings.slice(0, listBounds['BackupMethodProof.recordings']),
        cases: proof.cases.slice(0, listBounds['BackupMethodProof.cases']),
      };
    },
  },
  OptionFieldKind: graphqlEnum(optionFieldKinds),
} satisfies Resolvers;
