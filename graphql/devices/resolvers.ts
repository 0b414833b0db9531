import { bulkDeleteDevices } from '../../db/devices/bulk-delete-devices.ts';
import { bulkUpdateDevices } from '../../db/devices/bulk-update-devices.ts';
import { createDevice } from '../../db/devices/create-device.ts';
import { deleteDevice } from '../../db/devices/delete-device.ts';
import { getDevice } from '../../db/devices/get-device.ts';
import { hostKeyFingerprint } from '../../db/devices/host-key.ts';
import { importDevices } from '../../db/devices/import-devices.ts';
import { listDeviceIds } from '../../db/devices/list-device-ids.ts';
import { deviceSortFields, listDevices } from '../../db/devices/list-devices.ts';
import { sshProfiles } from '../../db/devices/schema.ts';
import { updateDevice } from '../../db/devices/update-device.ts';
import { listBackupMethods } from '../../plugins/registry.ts';
import { toConnection } from '../connection.ts';
import { graphqlEnum, savedStates } from '../enums.ts';
import type { Resolvers } from '../generated/resolvers.ts';
import { checkedByVerb, withoutNulls } from '../input.ts';

export const deviceResolvers = {
  SshProfile: graphqlEnum(sshProfiles),
  SavedState: graphqlEnum(savedStates),
  DeviceSortField: graphqlEnum(deviceSortFields),
  Query: {
    devices: async (_, args, ctx) => {
      const page = await listDevices({ ctx, input: args });
      return toConnection(page);
    },
    device: (_, { id }, ctx) => getDevice({ ctx, id }),
    deviceIds: (_, args, ctx) => listDeviceIds({ ctx, input: args }),
  },
  Mutation: {
    createDevice: (_, { input }, ctx) => createDevice({ ctx, input: checkedByVerb(withoutNulls(input)) }),
    updateDevice: (_, { id, input }, ctx) =>
      updateDevice({
        ctx,
        id,
        input: checkedByVerb({
          ...withoutNulls(input),
          ...('repositoryId' in input ? { repositoryId: input.repositoryId } : {}),
          ...('prompt' in input ? { prompt: input.prompt } : {}),
        }),
      }),
    deleteDevice: (_, { id }, ctx) => deleteDevice({ ctx, id }),
    importDevices: async (_, { csv, dryRun }, ctx) => {
      const result = await importDevices({ ctx, input: { csv, dryRun } });
      return { ok: result.ok, dryRun: result.dryRun, devices: result.created, errors: result.errors };
    },
    bulkUpdateDevices: (_, { selection, change }, ctx) =>
      bulkUpdateDevices({
        ctx,
        selection,
        change: checkedByVerb({ ...withoutNulls(change), ...('repositoryId' in change ? { repositoryId: change.repositoryId } : {}) }),
      }),
    bulkDeleteDevices: (_, { selection }, ctx) => bulkDeleteDevices({ ctx, selection }),
  },
  Device: {
    backupMethodInfo: (device) => listBackupMethods().find((m) => m.key === device.backupMethod) ?? null,
    repository: (device, _, ctx) => (device.repositoryId ? ctx.loaders.repository(device.repositoryId) : null),
    credentialSets: async (device, _, ctx) => {
      const sets = await Promise.all(device.credentialSetIds.map((id) => ctx.loaders.credentialSet(id)));
      return sets.filter((s) => s !== undefined);
    },
    hostKeyFingerprint: (device) => hostKeyFingerprint(device.hostKey),
    pendingHostKeyFingerprint: (device) => hostKeyFingerprint(device.pendingHostKey),
  },
} satisfies Resolvers;
