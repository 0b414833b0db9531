/** Every platform and backup method Tidemark knows, by key. */
import { aristaEos } from './arista-eos/index.ts';
import { arubaAoscx } from './aruba-aoscx/index.ts';
import { binaryDemo } from './binary/binary-demo.ts';
import { scpFile } from './binary/scp-file.ts';
import { sftpFile } from './binary/sftp-file.ts';
import { ciscoAsa } from './cisco-asa/index.ts';
import { ciscoIos } from './cisco-ios/index.ts';
import { ciscoIosxr } from './cisco-iosxr/index.ts';
import { ciscoNxos } from './cisco-nxos/index.ts';
import { dellOs10 } from './dell-os10/index.ts';
import { dellOs6 } from './dell-os6/index.ts';
import { fortinetFortios } from './fortinet-fortios/index.ts';
import { generic } from './generic/index.ts';
import { hpProcurve } from './hp-procurve/index.ts';
import { juniperJunos } from './juniper-junos/index.ts';
import { linux } from './linux/index.ts';
import { mikrotikBinaryBackup } from './mikrotik-routeros/binary-backup.ts';
import { mikrotikRouteros } from './mikrotik-routeros/index.ts';
import { paloaltoPanos } from './paloalto-panos/index.ts';
import { vyos } from './vyos/index.ts';
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
  linux,
];

const binaryMethods: readonly BackupMethod[] = [sftpFile, scpFile, mikrotikBinaryBackup, binaryDemo];

let methodsByKey: Map<string, BackupMethod> | undefined;

function methods(): Map<string, BackupMethod> {
  if (!methodsByKey) {
    const all = [
      ...platforms.flatMap((platform) => platform.methods.map((method) => textBackupMethod(platform, method))),
      ...binaryMethods,
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
