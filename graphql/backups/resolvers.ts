import { diffBackups } from '../../db/backups/diff-backups.ts';
import { listDeviceArtifacts } from '../../db/backups/list-artifacts.ts';
import { getBackups, listDeviceBackups } from '../../db/backups/list-backups.ts';
import { readBackupText } from '../../db/backups/read-backup.ts';
import { acceptHostKey } from '../../db/devices/accept-host-key.ts';
import { toConnection } from '../connection.ts';
import { artifactTypes, graphqlEnum } from '../enums.ts';
import type { Resolvers } from '../generated/resolvers.ts';

export const backupResolvers = {
  ArtifactType: graphqlEnum(artifactTypes),
  Query: {
    backup: async (_, { id }, ctx) => (await getBackups({ ctx, ids: [id] }))[0] ?? null,
    backupContent: async (_, args, ctx) => {
      const { backup, content, secretsRevealed } = await readBackupText({ ctx, id: args.id, revealSecrets: args.revealSecrets });
      return { backup, content, secretsRevealed, lineCount: content ? content.split('\n').length - (content.endsWith('\n') ? 1 : 0) : 0 };
    },
    diffBackups: (_, args, ctx) => diffBackups({ ctx, input: args }),
    deviceArtifacts: (_, args, ctx) => listDeviceArtifacts({ ctx, deviceId: args.deviceId, textOnly: args.textOnly }),
  },
  Mutation: {
    acceptHostKey: (_, { deviceId }, ctx) => acceptHostKey({ ctx, id: deviceId }),
  },
  Device: {
    backups: async (device, args, ctx) => {
      const page = await listDeviceBackups({ ctx, deviceId: device.id, input: args });
      return toConnection(page);
    },
  },
  Backup: {
    type: (backup) => (backup.isText ? 'text' : 'binary'),
    device: async (backup, _, ctx) => (await ctx.loaders.device(backup.deviceId)) ?? null,
    run: async (backup, _, ctx) => (backup.runId ? ((await ctx.loaders.run(backup.runId)) ?? null) : null),
    initial: async (backup, _, ctx) => (await ctx.loaders.backupInitial(backup.id)) ?? false,
    repository: (backup, _, ctx) => (backup.repositoryId ? ctx.loaders.repository(backup.repositoryId) : null),
    downloadUrl: (backup) => `/api/backups/${backup.id}/download`,
  },
} satisfies Resolvers;
