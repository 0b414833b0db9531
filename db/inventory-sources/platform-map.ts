import { findBackupMethod } from '../../plugins/registry.ts';

/**
 * Platform slugs as Nautobot (network_driver, netmiko names) and NetBox (platform slug) commonly
 * spell them, and the backup method each maps to. A source's own map comes first.
 */
export const defaultPlatformMap: Readonly<Record<string, string>> = {
  cisco_ios: 'cisco-ios',
  cisco_xe: 'cisco-ios',
  ios: 'cisco-ios',
  iosxe: 'cisco-ios',
  cisco_nxos: 'cisco-nxos',
  nxos: 'cisco-nxos',
  cisco_xr: 'cisco-iosxr',
  cisco_iosxr: 'cisco-iosxr',
  iosxr: 'cisco-iosxr',
  cisco_asa: 'cisco-asa',
  asa: 'cisco-asa',
  arista_eos: 'arista-eos',
  eos: 'arista-eos',
  juniper_junos: 'juniper-junos',
  junos: 'juniper-junos',
  mikrotik_routeros: 'mikrotik-routeros',
  routeros: 'mikrotik-routeros',
  fortinet: 'fortinet-fortios',
  fortinet_fortios: 'fortinet-fortios',
  fortios: 'fortinet-fortios',
  paloalto_panos: 'paloalto-panos',
  panos: 'paloalto-panos',
  hp_procurve: 'hp-procurve',
  procurve: 'hp-procurve',
  aruba_aoscx: 'aruba-aoscx',
  aruba_osswitch: 'hp-procurve',
  aoscx: 'aruba-aoscx',
  dell_os6: 'dell-os6',
  dell_os10: 'dell-os10',
  vyos: 'vyos',
  linux: 'linux',
};

/** "Cisco-IOS" and "cisco_ios" are one slug. */
export function normalizeSlug(slug: string): string {
  return slug.trim().toLowerCase().replace(/[-\s]+/g, '_');
}

/** The backup method of a platform slug, or null when neither the source's map nor the defaults know it. */
export function mapPlatform(slug: string | null, sourceMap: Record<string, string>): string | null {
  if (!slug) return null;
  const key = normalizeSlug(slug);
  for (const [from, to] of Object.entries(sourceMap)) if (normalizeSlug(from) === key) return to;
  return defaultPlatformMap[key] ?? null;
}

/** The slugs of a map whose backup method does not exist. */
export function unknownBackupMethods(map: Record<string, string>): string[] {
  return Object.entries(map)
    .filter(([, method]) => !findBackupMethod(method))
    .map(([slug]) => slug);
}
