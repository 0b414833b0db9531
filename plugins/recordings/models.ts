/**
 * Recorded sessions are named by Oxidized's model (`ios`, `fortigate`, …) or by a Tidemark backup
 * method key; this is the Tidemark backup method that plays each Oxidized model.
 */
import { findBackupMethod } from '../registry.ts';

const backupMethodsByModel: Record<string, string> = {
  ios: 'cisco-ios',
  nxos: 'cisco-nxos',
  iosxr: 'cisco-iosxr',
  asa: 'cisco-asa',
  eos: 'arista-eos',
  junos: 'juniper-junos',
  routeros: 'mikrotik-routeros',
  fortigate: 'fortinet-fortios',
  fortios: 'fortinet-fortios',
  aoscx: 'aruba-aoscx',
  vyos: 'vyos',
  procurve: 'hp-procurve',
  panos: 'paloalto-panos',
  os6: 'dell-os6',
  os10: 'dell-os10',
  vrp: 'huawei-vrp',
  comware: 'hpe-comware',
  h3c: 'hpe-comware',
  fastiron: 'ruckus-icx',
  ironware: 'ruckus-icx',
  xos: 'extreme-exos',
  voss: 'extreme-voss',
  zynoscli: 'zyxel-gs',
  zynosgs: 'zyxel-gs',
  netgear: 'netgear-smb',
  sonicos: 'sonicwall-sonicos',
  efos: 'ubiquiti-edgeswitch',
  edgeswitch: 'ubiquiti-edgeswitch',
  saos10: 'ciena-saos10',
  sros: 'nokia-sros',
  srosmd: 'nokia-sros-md',
  screenos: 'juniper-screenos',
  gaiaos: 'checkpoint-gaia',
  tmos: 'f5-bigip',
  aosw: 'arubaos',
  arubainstant: 'aruba-instant',
  firelinuxos: 'cisco-ftd',
  ciscosmb: 'cisco-smb',
  aireos: 'cisco-aireos',
  awplus: 'alliedware-plus',
  pfsense: 'pfsense',
  opnsense: 'opnsense',
  tnsr: 'netgate-tnsr',
  cumulus: 'cumulus-linux',
  mlnxos: 'nvidia-onyx',
  edgeos: 'ubiquiti-edgeos',
  enterprise_sonic: 'sonic',
};

/** The Tidemark backup method for an Oxidized model; undefined for a family Tidemark lacks. */
export function backupMethodForModel(model: string): string | undefined {
  if (Object.hasOwn(backupMethodsByModel, model)) return backupMethodsByModel[model];
  return findBackupMethod(model) ? model : undefined;
}
