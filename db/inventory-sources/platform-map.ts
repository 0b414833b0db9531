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
  cisco_s200: 'cisco-smb',
  cisco_s300: 'cisco-smb',
  cisco_wlc: 'cisco-aireos',
  cisco_wlc_ssh: 'cisco-aireos',
  cisco_ftd: 'cisco-ftd',
  aruba_os: 'arubaos',
  aruba_instant: 'aruba-instant',
  allied_telesis_awplus: 'alliedware-plus',
  huawei: 'huawei-vrp',
  huawei_vrp: 'huawei-vrp',
  huawei_vrpv8: 'huawei-vrp',
  hp_comware: 'hpe-comware',
  ruckus_fastiron: 'ruckus-icx',
  brocade_fastiron: 'ruckus-icx',
  extreme_exos: 'extreme-exos',
  extreme_vsp: 'extreme-voss',
  zyxel_os: 'zyxel-gs',
  netgear_prosafe: 'netgear-smb',
  pfsense: 'pfsense',
  opnsense: 'opnsense',
  netgate_tnsr: 'netgate-tnsr',
  cumulus_linux: 'cumulus-linux',
  dell_sonic: 'sonic',
  sonic: 'sonic',
  mellanox_mlnxos: 'nvidia-onyx',
  ubiquiti_edgerouter: 'ubiquiti-edgeos',
  ubiquiti_edge: 'ubiquiti-edgeswitch',
  ubiquiti_edgeswitch: 'ubiquiti-edgeswitch',
  nokia_sros: 'nokia-sros',
  f5_tmsh: 'f5-bigip',
  f5_linux: 'f5-bigip',
  checkpoint_gaia: 'checkpoint-gaia',
  sonicwall_sshv2: 'sonicwall-sonicos',
  juniper_screenos: 'juniper-screenos',
  ciena_saos10: 'ciena-saos10',
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
