import { diffBackups } from '../../db/backups/diff-backups.ts';
import { getBackups, listDeviceBackups } from '../../db/backups/list-backups.ts';
import { readBackupText } from '../../db/backups/read-backup.ts';
import type { Backup } from '../../db/backups/schema.ts';
import { acceptHostKey } from '../../db/devices/accept-host-key.ts';
import { getDevice } from '../../db/devices/get-device.ts';
import type { DeviceView } from '../../db/devices/view.ts';
import { getRun } from '../../db/runs/list-runs.ts';
import type { GraphQLContext } from '../context.ts';
import { toConnection } from '../connection.ts';

export const backupResolvers = {
  ArtifactType: { TEXT: 'text', BINARY: 'binary' },
  Query: {
    backup: async (_: unknown, { id }: { id: string }, ctx: GraphQLContext) => (await getBackups({ ctx, ids: [id] }))[0] ?? null,
    backupContent: async (_: unknown, args: { id: string; revealSecrets: boolean }, ctx: GraphQLContext) => {
      const { backup, content, secretsRevealed } = await readBackupText({ ctx, id: args.id, revealSecrets: args.revealSecrets });
      return { backup, content, secretsRevealed, lineCount: content ? content.split('\n').length - (content.endsWith('\n') ? 1 : 0) : 0 };
    },
    diffBackups: (_: unknown, args: { fromId: string; toId: string; context: number }, ctx: GraphQLContext) => diffBackups({ ctx, input: args }),
  },
  Mutation: {
    acceptHostKey: (_: unknown, { deviceId }: { deviceId: string }, ctx: GraphQLContext) => acceptHostKey({ ctx, id: deviceId }),
  },
  Device: {
    backups: async (device: DeviceView, args: { first: number; after?: string; artifact?: string; changedOnly: boolean }, ctx: GraphQLContext) => {
      const page = await listDeviceBackups({ ctx, deviceId: device.id, input: args });
      return toConnection(page);
    },
  },
  Backup: {
    type: (backup: Backup) => (backup.isText ? 'text' : 'binary'),
    device: (backup: Backup, _: unknown, ctx: GraphQLContext) => getDevice({ ctx, id: backup.deviceId }),
    run: (backup: Backup, _: unknown, ctx: GraphQLContext) => (backup.runId ? getRun({ ctx, id: backup.runId }) : null),
    repository: (backup: Backup, _: unknown, ctx: GraphQLContext) => (backup.repositoryId ? ctx.loaders.repository(backup.repositoryId) : null),
    downloadUrl: (backup: Backup) => `/api/backups/${backup.id}/download`,
  },
};
