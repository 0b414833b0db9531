import { listAuditFacets, listAuditLog } from '../../db/audit/list-audit-log.ts';
import { ValidationError } from '../../infra/errors.ts';
import type { Resolvers } from '../generated/resolvers.ts';

export const auditResolvers = {
  Query: {
    auditLog: async (_, args, ctx) => {
      const before = args.after ? Number(args.after) : undefined;
      if (before !== undefined && !Number.isInteger(before)) throw new ValidationError('after: is not a cursor', { field: 'after' });
      const { entries, hasMore, totalCount } = await listAuditLog({ ctx, input: { first: args.first, before, filter: args.filter } });
      const last = entries[entries.length - 1];
      return { nodes: entries, totalCount, pageInfo: { hasNextPage: hasMore, endCursor: last ? String(last.id) : null } };
    },
    auditFacets: (_, __, ctx) => listAuditFacets({ ctx }),
  },
} satisfies Resolvers;
