/**
 * The demo's inventory source: a simulated Nautobot that lists the lab's devices (same names, the
 * lab's address and, in the custom field `ssh_port`, its port), registered as the source
 * "nautobot" and synced before the devices are set up, so the devices come from the source as in
 * the Cockpit-NG workflow, and every run writes its date back to the custom field `last_backup`.
 */
import type { LabDevice } from './lab.ts';
import { startFakeNautobot, type FakeNautobot } from './nautobot-server.ts';

export const DEMO_SOURCE = { name: 'nautobot', site: 'lab', portField: 'ssh_port', writeBackField: 'last_backup', syncPollMs: 250 };

type Api = <T>(query: string, variables?: Record<string, unknown>) => Promise<T>;

/** A Nautobot holding the lab devices, tagged as the demo tags them. */
export function startDemoNautobot(devices: LabDevice[], tagsOf: (device: LabDevice) => string[]): Promise<FakeNautobot> {
  return startFakeNautobot({
    devices: devices.map((device) => ({
      name: device.name,
      primaryIp4: `${device.host}/32`,
      platform: device.backupMethod.replace(/-/g, '_'),
      site: DEMO_SOURCE.site,
      role: 'lab',
      tags: tagsOf(device),
      customFields: { [DEMO_SOURCE.portField]: device.port },
    })),
  });
}

/**
 * Registers the Nautobot as a source (or points the existing one at this start's URL, token and
 * certificate) and syncs it; returns the sync's counts.
 */
export async function syncDemoSource(
  api: Api,
  nautobot: FakeNautobot,
  devices: LabDevice[],
  ids: { credentialSetId: string; repositoryId: string },
): Promise<{ create: number; update: number; unchanged: number; conflicts: number } | null> {
  const settings = {
    url: nautobot.url,
    token: nautobot.token,
    caBundle: nautobot.caPem,
    // Every lab backup method under its own slug, besides the default slugs.
    platformMap: Object.fromEntries(devices.map((device) => [device.backupMethod.replace(/-/g, '_'), device.backupMethod])),
    portField: DEMO_SOURCE.portField,
    writeBackField: DEMO_SOURCE.writeBackField,
    credentialSetId: ids.credentialSetId,
    repositoryId: ids.repositoryId,
  };
  const { inventorySources } = await api<{ inventorySources: { id: string; name: string }[] }>(`{ inventorySources { id name } }`);
  const existing = inventorySources.find((source) => source.name === DEMO_SOURCE.name);
  const sourceId = existing
    ? (await api<{ updateInventorySource: { id: string } }>(`mutation($id: ID!, $input: UpdateInventorySourceInput!) { updateInventorySource(id: $id, input: $input) { id } }`, { id: existing.id, input: settings }))
        .updateInventorySource.id
    : (await api<{ createInventorySource: { id: string } }>(`mutation($input: CreateInventorySourceInput!) { createInventorySource(input: $input) { id } }`, {
        input: { name: DEMO_SOURCE.name, kind: 'NAUTOBOT', ...settings },
      })).createInventorySource.id;
  const { syncInventorySource } = await api<{ syncInventorySource: { id: string } }>(`mutation($id: ID!) { syncInventorySource(sourceId: $id) { id } }`, { id: sourceId });
  for (;;) {
    const { inventorySync } = await api<{ inventorySync: { status: string; counts: { create: number; update: number; unchanged: number; conflicts: number } | null } }>(
      `query($id: ID!) { inventorySync(id: $id) { status counts { create update unchanged conflicts } } }`,
      { id: syncInventorySource.id },
    );
    if (inventorySync.status === 'SUCCEEDED' || inventorySync.status === 'FAILED') return inventorySync.counts;
    await new Promise((resolve) => setTimeout(resolve, DEMO_SOURCE.syncPollMs));
  }
}
