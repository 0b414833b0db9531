import { sql } from 'drizzle-orm';
import { deviceCredentialSets, devices, type Device } from './schema.ts';

export type DeviceView = Device & { credentialSetIds: string[] };

/** The device's credential set ids in the order they are tried, as one column. */
export const credentialSetIdsColumn = sql<string[]>`coalesce((
  select array_agg(${deviceCredentialSets.credentialSetId} order by ${deviceCredentialSets.position})
  from ${deviceCredentialSets} where ${deviceCredentialSets.deviceId} = ${devices.id}
), '{}')`.as('credential_set_ids');
