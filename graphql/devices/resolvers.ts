import { createDevice } from '../../db/devices/create-device.ts';
import { deleteDevice } from '../../db/devices/delete-device.ts';
import type { CreateDeviceInput, UpdateDeviceInput } from '../../db/devices/device-input.ts';
import { getDevice } from '../../db/devices/get-device.ts';
import { hostKeyFingerprint } from '../../db/devices/host-key.ts';
import { importDevices } from '../../db/devices/import-devices.ts';
import { listDevices, type DeviceFilter, type DeviceSortField } from '../../db/devices/list-devices.ts';
import { updateDevice } from '../../db/devices/update-device.ts';
import type { DeviceView } from '../../db/devices/view.ts';
import { listBackupMethods } from '../../plugins/registry.ts';
import type { SavedState } from '../../plugins/types.ts';
import type { GraphQLContext } from '../context.ts';
import { toConnection } from '../connection.ts';

/** GraphQL leaves omitted input fields out but passes explicit nulls; verbs treat both as "not given". */
function withoutNulls<T extends object>(input: T): { [K in keyof T]: Exclude<T[K], null> } {
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== null)) as never;
}

export const deviceResolvers = {
  SshProfile: { MODERN: 'modern', LEGACY: 'legacy' },
  SavedState: { SAVED: 'saved', UNSAVED: 'unsaved', NEVER_SAVED: 'never-saved' } satisfies Record<string, SavedState>,
  DeviceSortField: {
    NAME: 'name',
    HOST: 'host',
    BACKUP_METHOD: 'backupMethod',
    LOCATION: 'location',
    LAST_BACKUP_AT: 'lastBackupAt',
    LAST_STATUS: 'lastStatus',
  } satisfies Record<string, DeviceSortField>,
  Query: {
    devices: async (
      _: unknown,
      args: { first: number; after?: string; search?: string; filter?: DeviceFilter; sort?: { field: DeviceSortField; descending?: boolean } },
      ctx: GraphQLContext,
    ) => {
      const page = await listDevices({ ctx, input: args });
      return toConnection(page);
    },
    device: (_: unknown, { id }: { id: string }, ctx: GraphQLContext) => getDevice({ ctx, id }),
  },
  Mutation: {
    createDevice: (_: unknown, { input }: { input: CreateDeviceInput }, ctx: GraphQLContext) =>
      createDevice({ ctx, input: withoutNulls(input) as CreateDeviceInput }),
    updateDevice: (_: unknown, { id, input }: { id: string; input: UpdateDeviceInput }, ctx: GraphQLContext) =>
      updateDevice({
        ctx,
        id,
        input: {
          ...withoutNulls(input),
          ...('repositoryId' in input ? { repositoryId: input.repositoryId } : {}),
          ...('prompt' in input ? { prompt: input.prompt } : {}),
        },
      }),
    deleteDevice: (_: unknown, { id }: { id: string }, ctx: GraphQLContext) => deleteDevice({ ctx, id }),
    importDevices: async (_: unknown, { csv, dryRun }: { csv: string; dryRun: boolean }, ctx: GraphQLContext) => {
      const result = await importDevices({ ctx, input: { csv, dryRun } });
      return { ok: result.ok, dryRun: result.dryRun, devices: result.created, errors: result.errors };
    },
  },
  Device: {
    backupMethodInfo: (device: DeviceView) => listBackupMethods().find((m) => m.key === device.backupMethod) ?? null,
    repository: (device: DeviceView, _: unknown, ctx: GraphQLContext) =>
      device.repositoryId ? ctx.loaders.repository(device.repositoryId) : null,
    credentialSets: async (device: DeviceView, _: unknown, ctx: GraphQLContext) => {
      const sets = await Promise.all(device.credentialSetIds.map((id) => ctx.loaders.credentialSet(id)));
      return sets.filter((s) => s !== undefined);
    },
    hostKeyFingerprint: (device: DeviceView) => hostKeyFingerprint(device.hostKey),
    pendingHostKeyFingerprint: (device: DeviceView) => hostKeyFingerprint(device.pendingHostKey),
  },
};
