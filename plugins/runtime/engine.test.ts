import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { generateKeyPair } from '../../lab/keys.ts';
import { startLab, type Lab, type LabDevice } from '../../lab/lab.ts';
import { collectInputFor, expectNothingLeftOpen, type CollectInputOverrides } from '../../lab/test-support.ts';
import { CollectionError, type CollectionErrorCode } from '../errors.ts';
import { ciscoIos } from '../cisco-ios/index.ts';
import { extendPlatform } from '../platform.ts';
import { findBackupMethod } from '../registry.ts';
import type { CollectResult, TextArtifact } from '../types.ts';
import { textBackupMethod } from './engine.ts';

const clientKey = generateKeyPair('ed25519', 'key-passphrase');

let lab: Lab;
const device = (name: string): LabDevice => {
  const found = lab.devices.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`no lab device ${name}`);
  return found;
};

beforeAll(async () => {
  lab = await startLab({
    devices: [
      { name: 'healthy', platform: 'cisco-ios' },
      { name: 'paged', platform: 'cisco-ios', forcePaging: true },
      { name: 'refused', platform: 'cisco-ios', fault: 'refused' },
      { name: 'wrong-password', platform: 'cisco-ios', fault: 'wrong-password' },
      { name: 'slow-login', platform: 'cisco-ios', fault: 'slow-login' },
      { name: 'hang', platform: 'cisco-ios', fault: 'hang' },
      { name: 'disconnect', platform: 'cisco-ios', fault: 'disconnect' },
      { name: 'garbage', platform: 'cisco-ios', fault: 'garbage' },
      { name: 'empty', platform: 'cisco-ios', outputs: { 'show running-config': '' } },
      { name: 'startup-empty', platform: 'cisco-ios', outputs: { 'show startup-config': '' } },
      { name: 'startup-not-present', platform: 'cisco-ios', outputs: { 'show startup-config': 'startup-config is not present' } },
      { name: 'startup-denied', platform: 'cisco-ios', outputs: { 'show startup-config': '% Authorization failed.' } },
      { name: 'legacy', platform: 'cisco-ios', sshProfile: 'legacy' },
      { name: 'keyboard-only', platform: 'cisco-ios', passwordAuth: false },
      { name: 'linux', platform: 'linux' },
      { name: 'comware', platform: 'hpe-comware' },
      { name: 'exos', platform: 'extreme-exos' },
      { name: 'icx-aaa', platform: 'ruckus-icx', enableAsksUsername: true },
      { name: 'comware-1910', platform: 'hpe-comware', locked: true },
    ],
    authorizedKeys: [clientKey.publicKey],
    slowLoginMs: 3_000,
  });
});

afterAll(async () => {
  await lab?.close();
  await expectNothingLeftOpen();
});

const ios = findBackupMethod('cisco-ios')!;

function collectIos(name: string, overrides: CollectInputOverrides = {}): Promise<CollectResult> {
  return ios.collect(collectInputFor(device(name), overrides));
}

async function failure(collecting: Promise<unknown>): Promise<CollectionError> {
  const error = await collecting.then(
    () => new Error('the collection succeeded'),
    (rejection: unknown) => rejection,
  );
  if (!(error instanceof CollectionError)) throw error;
  return error;
}

const textArtifact = (result: CollectResult, artifact: string) =>
  result.artifacts.find((candidate): candidate is TextArtifact => candidate.artifact === artifact && !candidate.isBinary)!;

describe('optional artifacts', () => {
  test('a lab device whose startup-config matches its running-config is saved', async () => {
    expect((await collectIos('healthy')).savedState).toBe('saved');
  });

  test.each([
    ['startup-empty', 'returned nothing'],
    ['startup-not-present', 'startup-config is not present'],
    ['startup-denied', 'Authorization failed'],
  ])('%s: the device succeeds with running-config and startup-config is absent', async (name, reason) => {
    const result = await collectIos(name);
    expect(result.artifacts.map((artifact) => artifact.artifact)).toEqual(['running-config']);
    expect(textArtifact(result, 'running-config').content).toContain(`hostname ${name}`);
    expect(result.absent).toEqual([{ artifact: 'startup-config', reason: expect.stringContaining(reason) }]);
    expect(result.savedState).toBe('never-saved');
  });
});

describe('a healthy device', () => {
  test('yields running-config and startup-config and reports the presented host key', async () => {
    const result = await collectIos('healthy');
    expect(result.hostKey).toBe(device('healthy').hostKey);
    expect(result.artifacts.map((artifact) => artifact.artifact)).toEqual(['running-config', 'startup-config']);
    const running = textArtifact(result, 'running-config');
    expect(running.content).toMatch(/^hostname healthy$/m);
    expect(running.content.trimEnd().endsWith('\nend')).toBe(true);
    expect(running.content).not.toMatch(/Building configuration|Current configuration :/);
  });

  test('answers the pager and leaves no pager text or erase debris', async () => {
    const paged = textArtifact(await collectIos('paged'), 'running-config');
    const unpaged = textArtifact(await collectIos('healthy'), 'running-config');
    expect(paged.content).not.toMatch(/--More--|\x08/);
    // The two devices differ in name, addresses and revision only.
    const shape = (text: string, name: string) => text.replaceAll(name, 'NAME').replace(/\d+/g, '#');
    expect(shape(paged.comparable, 'paged')).toBe(shape(unpaged.comparable, 'healthy'));
  });

  test('trusts a known host key', async () => {
    const result = await collectIos('healthy', { device: { knownHostKey: device('healthy').hostKey } });
    expect(result.artifacts).toHaveLength(2);
  });

  test('accepts a known host key given as its SHA256 fingerprint', async () => {
    const presented = await failure(collectIos('healthy', { device: { knownHostKey: device('paged').hostKey } }));
    const fingerprint = presented.presentedHostKey!.fingerprint;
    const result = await collectIos('healthy', { device: { knownHostKey: fingerprint } });
    expect(result.artifacts).toHaveLength(2);
  });

  test('logs in with a passphrase-protected private key', async () => {
    const result = await collectIos('healthy', {
      credentials: { password: undefined, privateKey: clientKey.privateKey, passphrase: 'key-passphrase' },
    });
    expect(result.artifacts).toHaveLength(2);
  });

  test('logs in with keyboard-interactive when the device refuses plain password authentication', async () => {
    const result = await collectIos('keyboard-only');
    expect(result.artifacts).toHaveLength(2);
  });

  test('reaches a legacy-only device with the legacy profile', async () => {
    const modern = await failure(collectIos('legacy', { device: { sshProfile: 'modern' } }));
    expect(modern.code).toBe('UNREACHABLE');
    const result = await collectIos('legacy', { device: { sshProfile: 'legacy' } });
    expect(result.hostKey.startsWith('ssh-rsa ')).toBe(true);
  });
});

describe('each failure has its code', () => {
  const expectFailure = async (collecting: Promise<unknown>, code: CollectionErrorCode, retryable: boolean) => {
    const error = await failure(collecting);
    expect({ code: error.code, retryable: error.retryable }).toEqual({ code, retryable });
    return error;
  };

  test('UNREACHABLE when the port is closed', async () => {
    await expectFailure(collectIos('refused'), 'UNREACHABLE', true);
  });

  test('TIMEOUT when login takes longer than the connect timeout', async () => {
    await expectFailure(collectIos('slow-login', { timeouts: { connectMs: 500, commandMs: 5_000 } }), 'TIMEOUT', true);
  });

  test('TIMEOUT when the device hangs mid-output, within the read timeout', async () => {
    const error = await expectFailure(collectIos('hang', { timeouts: { connectMs: 5_000, commandMs: 1_500 } }), 'TIMEOUT', true);
    expect(error.message).toContain('show running-config');
  });

  test('AUTH_FAILED when the password is rejected', async () => {
    await expectFailure(collectIos('wrong-password'), 'AUTH_FAILED', false);
  });

  test('AUTH_FAILED when the enable secret is rejected', async () => {
    const error = await expectFailure(collectIos('healthy', { credentials: { enableSecret: 'not-it' } }), 'AUTH_FAILED', false);
    expect(error.message).toContain('enable');
  });

  test('HOST_KEY_CHANGED carries the presented key so an operator can accept it', async () => {
    const error = await expectFailure(
      collectIos('healthy', { device: { knownHostKey: device('paged').hostKey } }),
      'HOST_KEY_CHANGED',
      false,
    );
    expect(error.presentedHostKey?.key).toBe(device('healthy').hostKey);
    expect(error.presentedHostKey?.fingerprint).toMatch(/^SHA256:[A-Za-z0-9+/]{43}$/);
  });

  test('PROMPT_NOT_FOUND when the device does not show the platform prompt', async () => {
    const mismatched = extendPlatform(ciscoIos, {
      id: 'prompt-mismatch',
      name: 'Prompt mismatch',
      description: 'expects a prompt the lab device never shows',
      prompt: /^admin@[\w-]+> ?$/,
      methods: ciscoIos.methods,
    });
    const method = textBackupMethod(mismatched, mismatched.methods[0]);
    await expectFailure(
      method.collect(collectInputFor(device('healthy'), { timeouts: { connectMs: 5_000, commandMs: 300 } })),
      'PROMPT_NOT_FOUND',
      false,
    );
  });

  test('COMMAND_FAILED when the device answers with an error', async () => {
    const error = await expectFailure(collectIos('garbage'), 'COMMAND_FAILED', false);
    expect(error.message).toContain('invalid-input');
  });

  test('OUTPUT_INVALID when the device drops the connection mid-output', async () => {
    await expectFailure(collectIos('disconnect'), 'OUTPUT_INVALID', true);
  });

  test('COMMAND_FAILED, not retried, when a required artifact is empty; the other artifacts are kept', async () => {
    const error = await expectFailure(collectIos('empty'), 'COMMAND_FAILED', false);
    expect(error.message).toContain('returned nothing');
    expect(error.partial?.artifacts.map((artifact) => artifact.artifact)).toEqual(['startup-config']);
  });

  test('OPTIONS_INVALID before connecting when the method options do not parse', async () => {
    const linux = findBackupMethod('linux')!;
    const before = device('linux').sessions();
    await expectFailure(
      linux.collect(collectInputFor(device('linux'), { device: { options: { files: ['relative/path'] } } })),
      'OPTIONS_INVALID',
      false,
    );
    expect(device('linux').sessions()).toBe(before);
  });

  test('CANCELLED when the signal aborts a hanging collection', async () => {
    const controller = new AbortController();
    const collecting = collectIos('hang', { signal: controller.signal, timeouts: { connectMs: 5_000, commandMs: 60_000 } });
    const waitForFetch = async () => {
      while (device('hang').fetches() === 0) await new Promise((resolve) => setTimeout(resolve, 10));
    };
    await waitForFetch();
    controller.abort();
    await expectFailure(collecting, 'CANCELLED', false);
  });

  test('CANCELLED when the signal is already aborted', async () => {
    await expectFailure(collectIos('healthy', { signal: AbortSignal.abort() }), 'CANCELLED', false);
  });
});

describe('prompts that do not show the level or change with every command', () => {
  const comware = findBackupMethod('hpe-comware')!;
  const contentOf = (result: CollectResult) => (result.artifacts[0] as TextArtifact).content;

  test('Comware `<host>` hides the level: `super` is sent because there is a secret, and a rejected one is AUTH_FAILED', async () => {
    expect(contentOf(await comware.collect(collectInputFor(device('comware'))))).toContain(' sysname comware');
    const error = await failure(comware.collect(collectInputFor(device('comware'), { credentials: { enableSecret: 'not-it' } })));
    expect(error.code).toBe('AUTH_FAILED');
    expect(error.message).toContain('enable');
  });

  test('without an enable secret `super` is not sent, and a command above the level fails', async () => {
    const error = await failure(comware.collect(collectInputFor(device('comware'), { credentials: { enableSecret: undefined } })));
    expect(error.code).toBe('COMMAND_FAILED');
  });

  test('FastIron `enable` under `aaa authentication enable` asks `User Name:`: the login\'s username, then the secret', async () => {
    const icx = findBackupMethod('ruckus-icx')!;
    expect(contentOf(await icx.collect(collectInputFor(device('icx-aaa'))))).toMatch(/^hostname icx-aaa$/m);
    const error = await failure(icx.collect(collectInputFor(device('icx-aaa'), { credentials: { enableSecret: 'not-it' } })));
    expect(error.code).toBe('AUTH_FAILED');
    expect(error.message).toContain('enable');
  });

  test('Comware 1910/1920 limited CLI: `_cmdline-mode on`, its question and password open `display current-configuration`', async () => {
    const cmdline = findBackupMethod('hpe-comware-cmdline')!;
    expect(contentOf(await cmdline.collect(collectInputFor(device('comware-1910'))))).toContain(' sysname comware-1910');
    expect((await failure(comware.collect(collectInputFor(device('comware-1910'))))).code).toBe('COMMAND_FAILED');
    const wrongPassword = collectInputFor(device('comware-1910'), { device: { options: { password: 'Jinhua1920unauthorized' } } });
    expect((await failure(cmdline.collect(wrongPassword))).code).toBe('COMMAND_FAILED');
    // A switch whose CLI is already whole answers the command with an error, and the backup goes on.
    expect(contentOf(await cmdline.collect(collectInputFor(device('comware'))))).toContain(' sysname comware');
  });

  test('EXOS `* host.12 # ` counts commands: each answer ends at the next number', async () => {
    const result = await findBackupMethod('extreme-exos')!.collect(collectInputFor(device('exos')));
    expect(contentOf(result)).toContain('configure snmp sysName "exos"');
    expect(contentOf(result)).not.toMatch(/exos\.\d+ #/);
  });
});
