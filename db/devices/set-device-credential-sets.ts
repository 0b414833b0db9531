import { eq } from 'drizzle-orm';
import type { Tx } from '../client.ts';
import { deviceCredentialSets } from './schema.ts';

export async function setDeviceCredentialSets(tx: Tx, deviceId: string, credentialSetIds: string[]): Promise<void> {
  await tx.delete(deviceCredentialSets).where(eq(deviceCredentialSets.deviceId, deviceId));
  if (credentialSetIds.length === 0) return;
  await tx
    .insert(deviceCredentialSets)
    .values(credentialSetIds.map((credentialSetId, position) => ({ deviceId, credentialSetId, position })));
}
