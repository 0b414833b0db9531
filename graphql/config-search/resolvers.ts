import { MAX_LINES_PER_VERSION } from '../../db/config-search/match-lines.ts';
import { configSearchScopes, searchConfigs } from '../../db/config-search/search-configs.ts';
import { listWindow } from '../../db/pagination.ts';
import { NotFoundError } from '../../infra/errors.ts';
import { toConnection } from '../connection.ts';
import { graphqlEnum } from '../enums.ts';
import type { Resolvers } from '../generated/resolvers.ts';

export const configSearchResolvers = {
  ConfigSearchScope: graphqlEnum(configSearchScopes),
  Query: {
    configSearch: async (_, args, ctx) => {
      const { edges, hasNextPage, totalCount, ...counts } = await searchConfigs({ ctx, input: args });
      return { ...toConnection({ edges, hasNextPage, totalCount }), ...counts };
    },
  },
  ConfigSearchDevice: {
    device: async (group, _, ctx) => {
      const device = await ctx.loaders.device(group.deviceId);
      if (!device) throw new NotFoundError('Device', group.deviceId);
      return device;
    },
  },
  ConfigSearchVersion: {
    lines: (version, args) => version.lines.slice(0, listWindow({ first: args.first }, 100, MAX_LINES_PER_VERSION).first),
  },
} satisfies Resolvers;
