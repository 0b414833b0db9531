/** Every platform and backup method Tidemark knows, by key. */
import { aristaEos } from './arista-eos/index.ts';
import { alliedwarePlus } from './alliedware-plus/index.ts';
import { arubaInstant } from './aruba-instant/index.ts';
import { arubaos } from './arubaos/index.ts';
import { ciscoAireos } from './cisco-aireos/index.ts';
import { ciscoFtd } from './cisco-ftd/index.ts';
import { ciscoSmb } from './cisco-smb/index.ts';
import { arubaAoscx } from './aruba-aoscx/index.ts';
import { binaryDemo } from './binary/binary-demo.ts';
import { scpFile } from './binary/scp-file.ts';
import { sftpFile } from './binary/sftp-file.ts';
import { checkpointGaia } from './checkpoint-gaia/index.ts';
import { cienaSaos10 } from './ciena-saos10/index.ts';
import { ciscoAsa } from './cisco-asa/index.ts';
import { ciscoIos } from './cisco-ios/index.ts';
import { ciscoIosxr } from './cisco-iosxr/index.ts';
import { ciscoNxos } from './cisco-nxos/index.ts';
import { cumulusLinux } from './cumulus-linux/index.ts';
import { dellOs10 } from './dell-os10/index.ts';
import { dellOs6 } from './dell-os6/index.ts';
import { f5Bigip } from './f5-bigip/index.ts';
import { f5BigipUcs } from './f5-bigip/ucs-backup.ts';
import { fortinetFortios } from './fortinet-fortios/index.ts';
import { generic } from './generic/index.ts';
import { hpProcurve } from './hp-procurve/index.ts';
import { httpsApiMethods } from './https-api/index.ts';
import { juniperJunos } from './juniper-junos/index.ts';
import { juniperScreenos } from './juniper-screenos/index.ts';
import { linux } from './linux/index.ts';
import { mikrotikBinaryBackup } from './mikrotik-routeros/binary-backup.ts';
import { mikrotikRouteros } from './mikrotik-routeros/index.ts';
import { netconfMethods } from './netconf/index.ts';
import { nokiaSros } from './nokia-sros/index.ts';
import { nokiaSrosMd } from './nokia-sros-md/index.ts';
import { netgateTnsr } from './netgate-tnsr/index.ts';
import { nvidiaOnyx } from './nvidia-onyx/index.ts';
import { opnsense } from './opnsense/index.ts';
import { paloaltoPanos } from './paloalto-panos/index.ts';
import { sonicwallSonicos } from './sonicwall-sonicos/index.ts';
import { ubiquitiEdgeswitch } from './ubiquiti-edgeswitch/index.ts';
import { pfsense } from './pfsense/index.ts';
import { sonic } from './sonic/index.ts';
import { ubiquitiEdgeos } from './ubiquiti-edgeos/index.ts';
import { vyos } from './vyos/index.ts';
import { huaweiVrp } from './huawei-vrp/index.ts';
import { hpeComware } from './hpe-comware/index.ts';
import { ruckusIcx } from './ruckus-icx/index.ts';
import { extremeExos } from './extreme-exos/index.ts';
import { extremeVoss } from './extreme-voss/index.ts';
import { zyxelGs } from './zyxel-gs/index.ts';
import { netgearSmb } from './netgear-smb/index.ts';
import type { Platform } from './platform.ts';
import { textBackupMethod } from './runtime/engine.ts';
import type { BackupMethod, BackupMethodInfo, PlatformInfo } from './types.ts';

const platforms: readonly Platform[] = [
  generic,
  ciscoIos,
  ciscoNxos,
  ciscoIosxr,
  ciscoAsa,
  aristaEos,
  juniperJunos,
  mikrotikRouteros,
  fortinetFortios,
  paloaltoPanos,
  hpProcurve,
  arubaAoscx,
  dellOs6,
  dellOs10,
  vyos,
  huaweiVrp,
  hpeComware,
  ruckusIcx,
  extremeExos,
  extremeVoss,
  zyxelGs,
  netgearSmb,
  linux,
  ciscoSmb,
  ciscoAireos,
  arubaInstant,
  arubaos,
  ciscoFtd,
  alliedwarePlus,
  pfsense,
  opnsense,
  netgateTnsr,
  cumulusLinux,
  nvidiaOnyx,
  sonic,
  ubiquitiEdgeos,
  nokiaSros,
  nokiaSrosMd,
  juniperScreenos,
  checkpointGaia,
  sonicwallSonicos,
  ubiquitiEdgeswitch,
  cienaSaos10,
  f5Bigip,
];

const binaryMethods: readonly BackupMethod[] = [sftpFile, scpFile, mikrotikBinaryBackup, f5BigipUcs, binaryDemo];

/** Text methods carry the rules that redact their texts; binary methods have none. */
type RegisteredMethod = BackupMethod & { redactsWith?: Platform };

let methodsByKey: Map<string, RegisteredMethod> | undefined;

function methods(): Map<string, RegisteredMethod> {
  if (!methodsByKey) {
    const all = [
      ...platforms.flatMap((platform) => platform.methods.map((method) => textBackupMethod(platform, method))),
      ...binaryMethods,
      ...netconfMethods,
      ...httpsApiMethods,
    ];
    methodsByKey = new Map(all.map((method) => [method.key, method]));
    if (methodsByKey.size !== all.length) throw new Error('two backup methods share a key');
  }
  return methodsByKey;
}

export function listBackupMethods(): BackupMethodInfo[] {
  return [...methods().values()].map(({ key, friendlyName, description, isBinary, platform, artifacts, transport }) => ({
    key,
    friendlyName,
    description,
    isBinary,
    platform,
    artifacts: [...artifacts],
    transport,
  }));
}

export function findBackupMethod(key: string): BackupMethod | undefined {
  return methods().get(key);
}

/** The rules that redact the texts of a backup method: its platform's, or its own (NETCONF XML). */
export function findRedactionRules(key: string): Platform | undefined {
  return methods().get(key)?.redactsWith;
}

export function listPlatforms(): PlatformInfo[] {
  return platforms.map((platform) => ({
    id: platform.id,
    name: platform.name,
    description: platform.description,
    channel: platform.channel,
    backupMethods: platform.methods.map((method) => method.key),
  }));
}

export function findPlatform(id: string): Platform | undefined {
  return platforms.find((platform) => platform.id === id);
}
