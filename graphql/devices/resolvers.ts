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
import { ValidationError } from '../../infra/errors.ts';
import { listBackupMethods } from '../../plugins/registry.ts';
import { toConnection } from '../connection.ts';
import { graphqlEnum, savedStates } from '../enums.ts';
import type { Resolvers } from '../generated/resolvers.ts';
import { checkedByVerb, withoutNulls } from '../input.ts';

/** The verbs take variables as a name → value record; a name given twice is refused, not overwritten. */
function variablesOf(list: readonly { name: string; value: string }[] | null | undefined): { variables?: Record<string, string> } {
  if (!list) return {};
  const variables = new Map<string, string>();
  for (const { name, value } of list) {
    if (variables.has(name)) throw new ValidationError(`variables: ${name} is given twice`, { field: 'variables' });
    variables.set(name, value);
  }
  return { variables: Object.fromEntries(variables) };
}

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
    createDevice: (_, { input: { variables, ...input } }, ctx) => createDevice({ ctx, input: checkedByVerb({ ...withoutNulls(input), ...variablesOf(variables) }) }),
    updateDevice: (_, { id, input: { variables, ...input } }, ctx) =>
      updateDevice({
        ctx,
        id,
        input: checkedByVerb({
          ...withoutNulls(input),
          ...variablesOf(variables),
          ...('repositoryId' in input ? { repositoryId: input.repositoryId } : {}),
          ...('prompt' in input ? { prompt: input.prompt } : {}),
          ...('model' in input ? { model: input.model } : {}),
        }),
      }),
    deleteDevice: (_, { id }, ctx) => deleteDevice({ ctx, id }),
    importDevices: async (_, { csv, dryRun }, ctx) => {
      const result = await importDevices({ ctx, input: { csv, dryRun } });
      return { ok: result.ok, dryRun: result.dryRun, devices: result.created, errors: result.errors, detections: result.detections ?? [] };
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
    variables: (device) => Object.entries(device.variables).map(([name, value]) => ({ name, value })),
    effectiveRepository: async (device, _, ctx) => {
      const id = device.repositoryId ?? (await ctx.loaders.defaultRepositoryId());
      const repository = id ? await ctx.loaders.repository(id) : undefined;
      return repository ? { repository, isDefault: !device.repositoryId } : null;
    },
    credentialSets: async (device, _, ctx) => {
      const sets = await Promise.all(device.credentialSetIds.map((id) => ctx.loaders.credentialSet(id)));
      return sets.filter((s) => s !== undefined);
    },
    hostKeyFingerprint: (device) => hostKeyFingerprint(device.hostKey),
    pendingHostKeyFingerprint: (device) => hostKeyFingerprint(device.pendingHostKey),
  },
} satisfies Resolvers;
