/**
 * Test connection and platform detection against the lab: every lab persona is recognised as
 * its own platform through real SSH, an unknown device is reported with what it showed, and
 * login failures keep the codes a backup uses.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DeviceServer, type LabDeviceSpec } from '../../lab/device-server.ts';
import { generateKeyPair } from '../../lab/keys.ts';
import { labDefaults, startLab, type Lab, type LabDevice } from '../../lab/lab.ts';
import { labPlatforms, type Persona } from '../../lab/persona.ts';
import { collectInputFor, expectNothingLeftOpen } from '../../lab/test-support.ts';
import { CollectionError } from '../errors.ts';
import { findPlatform } from '../registry.ts';
import { detectPlatform, testConnection, type DetectionResult } from './detect.ts';

const platformIds = labPlatforms();

let lab: Lab;
const device = (name: string): LabDevice => {
  const found = lab.devices.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`no lab device ${name}`);
  return found;
};

/** A device of a family no platform knows, with a crypt hash in its MOTD. */
const unknownPersona: Persona = {
  platform: 'acme-os',
  backupMethod: 'acme-os',
  channel: 'shell',
  banner: 'ACME edge appliance',
  motd: 'Welcome to the ACME appliance shell\nlocal user admin hash $1$Zx9Qw2$Acme.Hash.Value.123\n',
  dialogs: [],
  prompt: 'acme:{hostname}% ',
  pagingOff: [],
  commands: { 'show version': { text: 'ACME Edge OS 3.2 build 77', privileged: false, config: false, exit: false } },
  files: {},
  unknownCommand: 'acme: unknown command',
  promptPrefix: '',
  garbage: '',
  templates: new Map(),
};
let unknownServer: DeviceServer;
let unknownDevice: LabDevice;

beforeAll(async () => {
  lab = await startLab({
    devices: [
      ...platformIds.map((platform) => ({ name: platform, platform })),
      { name: 'wrong-password', platform: 'cisco-ios', fault: 'wrong-password' as const },
      { name: 'refused', platform: 'cisco-ios', fault: 'refused' as const },
    ],
  });
  const key = generateKeyPair('ed25519');
  const spec: LabDeviceSpec = {
    name: 'acme-1',
    index: 1,
    platform: 'acme-os',
    fault: 'none',
    username: labDefaults.username,
    password: labDefaults.password,
    enableSecret: labDefaults.enableSecret,
    sshProfile: 'modern',
    authorizedKeys: [],
    outputs: {},
    forcePaging: false,
    passwordAuth: true,
    slowLoginMs: 0,
    changeEvery: 5,
  };
  unknownServer = new DeviceServer(spec, unknownPersona, key.privateKey);
  const port = await unknownServer.listen(0);
  unknownDevice = { ...device('cisco-ios'), name: 'acme-1', port, platform: 'acme-os', backupMethod: 'acme-os', hostKey: key.publicKey };
});

afterAll(async () => {
  await lab?.close();
  await unknownServer?.close();
  await expectNothingLeftOpen();
});

const detect = (target: LabDevice): Promise<DetectionResult> => detectPlatform(collectInputFor(target));

describe('detectPlatform', () => {
  test('every lab platform but the generic fallback declares how to recognise it', () => {
    const without = platformIds.filter((id) => id !== 'generic' && !findPlatform(id)?.detect);
    expect(without).toEqual([]);
  });

  test.each(platformIds.filter((id) => findPlatform(id)?.detect))('recognises the %s persona as its own platform', async (platformId) => {
    const result = await detect(device(platformId));
    if (!result.recognised) throw new Error(`${platformId}: ${result.reason}; answers: ${JSON.stringify(result.answers)}`);
    expect(result.platform).toBe(platformId);
    expect(result.backupMethod).toBe(findPlatform(platformId)!.methods[0].key);
    expect(result.evidence).not.toBe('');
    expect(result.connection.hostKey).toBe(device(platformId).hostKey);
  });

  test('the generic persona, which identifies itself nowhere, is not guessed', async () => {
    const result = await detect(device('generic'));
    expect(result.recognised).toBe(false);
  });

  test('an unknown device fails clearly and says what it showed', async () => {
    const result = await detect(unknownDevice);
    expect(result.recognised).toBe(false);
    if (result.recognised) return;
    expect(result.reason).toMatch(/could not recognise the platform/);
    expect(result.reason).toContain('acme:acme-1%');
    expect(result.connection.banner).toContain('ACME edge appliance');
    expect(result.answers.find((answer) => answer.command === 'show version')?.excerpt).toBe('ACME Edge OS 3.2 build 77');
    expect(result.answers.map((answer) => answer.command)).toContain('uname -a');
  });

  test('a wrong password is AUTH_FAILED', async () => {
    await expect(detect(device('wrong-password'))).rejects.toMatchObject({ code: 'AUTH_FAILED' });
  });
});

describe('testConnection', () => {
  test('logs in and reports the banner, the prompt and the host key without sending a command', async () => {
    const target = device('cisco-ios');
    const fetchesBefore = target.fetches();
    const result = await testConnection(collectInputFor(target));
    expect(result.hostKey).toBe(target.hostKey);
    expect(result.fingerprint).toMatch(/^SHA256:/);
    expect(result.banner).toContain('Authorized access only');
    expect(result.banner).toContain('Lab router - changes are logged');
    expect(result.prompt).toBe('cisco-ios>');
    expect(result.privileged).toBe(false);
    expect(result.elapsedMs).toBeGreaterThanOrEqual(0);
    expect(target.fetches()).toBe(fetchesBefore);
  });

  test('redacts secrets the banner shows', async () => {
    const result = await testConnection(collectInputFor(unknownDevice));
    expect(result.banner).toContain('Welcome to the ACME appliance shell');
    expect(result.banner).not.toContain('$1$Zx9Qw2$Acme.Hash.Value.123');
    expect(result.banner).toContain('<redacted:');
  });

  test('a changed host key is HOST_KEY_CHANGED with the key presented', async () => {
    const target = device('cisco-ios');
    const error = await testConnection(collectInputFor(target, { device: { knownHostKey: device('arista-eos').hostKey } })).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CollectionError);
    expect((error as CollectionError).code).toBe('HOST_KEY_CHANGED');
    expect((error as CollectionError).presentedHostKey?.key).toBe(target.hostKey);
  });

  test('a wrong password is AUTH_FAILED and a closed port UNREACHABLE', async () => {
    await expect(testConnection(collectInputFor(device('wrong-password')))).rejects.toMatchObject({ code: 'AUTH_FAILED' });
    await expect(testConnection(collectInputFor(device('refused')))).rejects.toMatchObject({ code: 'UNREACHABLE' });
  });
});
