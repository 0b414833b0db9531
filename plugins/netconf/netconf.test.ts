/**
 * NETCONF backups end to end: real SSH to lab devices that answer the `netconf` subsystem,
 * through the same runtime a run uses.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startLab, type Lab, type LabDevice } from '../../lab/lab.ts';
import { netconfFixturesDir, netconfPersonas } from '../../lab/netconf-server.ts';
import { collectInputFor, expectNothingLeftOpen, type CollectInputOverrides } from '../../lab/test-support.ts';
import { CollectionError } from '../errors.ts';
import { findBackupMethod, listBackupMethods } from '../registry.ts';
import { resolveTimeouts, withSession } from '../runtime/engine.ts';
import type { BackupMethod, CollectResult, TextArtifact } from '../types.ts';
import { NetconfSession } from './netconf-session.ts';

let lab: Lab;
const device = (name: string): LabDevice => lab.devices.find((candidate) => candidate.name === name)!;
const method = (key: string): BackupMethod => findBackupMethod(key)!;

beforeAll(async () => {
  lab = await startLab({
    changeEvery: 2,
    devices: [
      { name: 'junos-1.1', platform: 'juniper-junos' },
      { name: 'junos-1.0', platform: 'juniper-junos', netconf: { base: '1.0' } },
      { name: 'junos-changes', platform: 'juniper-junos' },
      { name: 'junos-no-netconf', platform: 'juniper-junos', netconf: false },
      { name: 'ios', platform: 'cisco-ios' },
      { name: 'junos-hang', platform: 'juniper-junos', fault: 'hang' },
      { name: 'junos-cancel', platform: 'juniper-junos', fault: 'hang' },
      { name: 'junos-disconnect', platform: 'juniper-junos', fault: 'disconnect', netconf: { base: '1.0' } },
      { name: 'junos-garbage', platform: 'juniper-junos', fault: 'garbage' },
      { name: 'junos-compact', platform: 'juniper-junos', netconf: { compact: true } },
      // One device per NETCONF persona; the persona is independent of the CLI one the device plays.
      ...netconfPersonas().map((persona) => ({ name: `persona-${persona}`, platform: 'juniper-junos', netconf: { persona } })),
    ],
  });
});

afterAll(async () => {
  await lab?.close();
  await expectNothingLeftOpen();
});

function collect(key: string, name: string, overrides: CollectInputOverrides = {}): Promise<CollectResult> {
  return method(key).collect(collectInputFor(device(name), overrides));
}

const only = (result: CollectResult): TextArtifact => {
  expect(result.artifacts).toHaveLength(1);
  return result.artifacts[0] as TextArtifact;
};

async function failure(collecting: Promise<unknown>): Promise<CollectionError> {
  const error = await collecting.then(
    () => null,
    (rejection: unknown) => rejection,
  );
  expect(error).toBeInstanceOf(CollectionError);
  return error as CollectionError;
}

const secretsOf = (persona: string) => readFileSync(join(netconfFixturesDir, persona, 'secrets.txt'), 'utf8').split('\n').filter(Boolean);

/** A persona is collected with its platform's NETCONF method, or the generic one. */
const personaMethod = (persona: string) => (findBackupMethod(`${persona}-netconf`) ? `${persona}-netconf` : 'netconf');

/** Opens a NETCONF session on a lab device and hands it to work. */
function withNetconf<T>(name: string, work: (netconf: NetconfSession) => Promise<T>): Promise<T> {
  const input = collectInputFor(device(name));
  return withSession(input, async (ssh) => {
    const netconf = await NetconfSession.open(ssh, { commandMs: resolveTimeouts(input).commandMs, signal: input.signal });
    try {
      return await work(netconf);
    } finally {
      await netconf.close();
    }
  });
}

describe('registry', () => {
  test('lists the NETCONF backup methods with their platform and transport', () => {
    const netconf = listBackupMethods().filter((info) => info.transport === 'netconf');
    expect(netconf.map(({ key, platform, artifacts, isBinary }) => ({ key, platform, artifacts, isBinary }))).toEqual([
      { key: 'juniper-junos-netconf', platform: 'juniper-junos', artifacts: ['configuration.xml'], isBinary: false },
      { key: 'nokia-sros-md-netconf', platform: 'nokia-sros-md', artifacts: ['configuration.xml'], isBinary: false },
      { key: 'netconf', platform: 'any', artifacts: ['configuration.xml'], isBinary: false },
    ]);
  });
});

describe('Junos over NETCONF and over the CLI from one device', () => {
  test('base 1.1 frames in chunks, base 1.0 with the end-of-message marker', async () => {
    expect(await withNetconf('junos-1.1', async (netconf) => netconf.framing)).toBe('chunked');
    expect(await withNetconf('junos-1.0', async (netconf) => netconf.framing)).toBe('end-of-message');
    const capabilities = await withNetconf('junos-1.0', async (netconf) => netconf.capabilities);
    expect(capabilities).toContain('urn:ietf:params:netconf:base:1.0');
    expect(capabilities).not.toContain('urn:ietf:params:netconf:base:1.1');
  });

  test.each(['junos-1.1', 'junos-1.0'])('%s backs up its configuration as XML and over the CLI', async (name) => {
    const xml = only(await collect('juniper-junos-netconf', name));
    expect(xml.artifact).toBe('configuration.xml');
    expect(xml.content).toMatch(/^<configuration xmlns:junos="http:\/\/xml\.juniper\.net\/junos\/20\.4R3\/junos" xmlns="http:\/\/xml\.juniper\.net\/xnm\/1\.1\/xnm" /);
    expect(xml.content).toContain(`        <host-name>${name}</host-name>\n`);
    expect(xml.content).toMatch(/<description>access 24 rev \d+ &amp; uplink &lt;/);
    expect(xml.content.trimEnd().endsWith('</configuration>')).toBe(true);
    expect(xml.content).not.toMatch(/rpc-reply|<data>|\r/);

    const cli = await collect('juniper-junos', name);
    expect(cli.artifacts.map((artifact) => artifact.artifact)).toEqual(['configuration', 'configuration-set']);
    expect((cli.artifacts[0] as TextArtifact).content).toContain(`host-name ${name};`);
  });

  test('the platform offers the NETCONF method as well as its CLI method', () => {
    const forJunos = listBackupMethods().filter((info) => info.platform === 'juniper-junos').map((info) => info.key);
    expect(forJunos).toEqual(expect.arrayContaining(['juniper-junos', 'juniper-junos-netconf']));
  });
});

describe('secrets', () => {
  test.each(netconfPersonas().map((persona) => [persona] as const))('%s: every secret is redacted, and kept with keepSecrets', async (persona) => {
    const secrets = secretsOf(persona);
    for (const methodKey of [personaMethod(persona), 'netconf']) {
      const redacted = only(await collect(methodKey, `persona-${persona}`));
      const kept = only(await collect(methodKey, `persona-${persona}`, { device: { keepSecrets: true } }));
      expect(secrets.filter((secret) => redacted.content.includes(secret)), methodKey).toEqual([]);
      expect(secrets.filter((secret) => !kept.content.includes(secret)), methodKey).toEqual([]);
      expect(kept.redactions).toEqual([]);
      expect(redacted.redactions.length).toBeGreaterThan(0);
    }
  });

  test('Junos: values go, elements and names that are not secrets stay', async () => {
    const { content, redactions } = only(await collect('juniper-junos-netconf', 'junos-1.1'));
    expect(content).toContain('<encrypted-password><redacted:secret-data></encrypted-password>');
    expect(content).toContain('<secret><redacted:secret-data></secret>');
    expect(content).toContain('<value><redacted:secret-data></value>');
    expect(content).toContain('<ascii-text><redacted:secret-data></ascii-text>');
    expect(content).toContain('<name>scp://backup:<redacted:url-password>@10.0.0.70/junos/</name>');
    expect(content).toMatch(/<community>\n\s+<name><redacted:snmp-community><\/name>\n\s+<authorization>read-only<\/authorization>/);
    expect(content).toMatch(/<community>\n\s+<name>CUSTOMERS<\/name>\n\s+<members>65000:100<\/members>/);
    expect(content).toContain('<name>ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC7nEtCoNfLabPubLicRsa admin@noc</name>');
    expect(content).toContain('<message>Authorized access only. Your password is checked against the TACACS+ server.</message>');
    expect(redactions).toEqual(expect.arrayContaining(['secret-data', 'snmp-community', 'url-password']));
  });

  const looksSecret = /password|passwd|secret|key|community|psk|\$\d\$/i;
  /** Lines that look secret and hold none, each with the reason. */
  const allowed: { pattern: RegExp; reason: string }[] = [
    { pattern: /^\s*<\/?(?:authentication-key|pre-shared-key|message-digest-key|community)>$/, reason: 'a container; its secret is in an element below' },
    { pattern: /^\s*<key-id>\d+<\/key-id>$/, reason: "the number of an OSPF key, not the key" },
    { pattern: /^\s*<(key|trusted-key)>\d+<\/\1>$/, reason: 'Junos NTP: the number of the key a server uses, the trusted key numbers' },
    { pattern: /<message>Authorized access only\. Your password is checked/, reason: 'the login message, prose' },
  ];

  test.each(netconfPersonas().map((persona) => [persona] as const))('%s: every collected line that looks secret holds a marker or is allowed', async (persona) => {
    const { content } = only(await collect(personaMethod(persona), `persona-${persona}`));
    const unexplained = content
      .split('\n')
      .filter((line) => looksSecret.test(line) && !line.includes('<redacted:'))
      .filter((line) => !allowed.some((entry) => entry.pattern.test(line)));
    expect(unexplained).toEqual([]);
  });
});

describe('any device over NETCONF', () => {
  test('XML sent without line breaks is stored one element per line, redacted and comparable', async () => {
    const first = only(await collect('netconf', 'junos-compact'));
    const second = only(await collect('netconf', 'junos-compact'));
    const lines = first.content.split('\n');
    expect(lines.length).toBeGreaterThan(300);
    expect(lines).toContain('  <system>');
    expect(lines).toContain('    <host-name>junos-compact</host-name>');
    expect(lines).toContain('      <secret><redacted:secret></secret>');
    expect(secretsOf('juniper-junos').filter((secret) => first.content.includes(secret))).toEqual([]);
    expect(second.comparable).toBe(first.comparable);
  });
});

describe('change detection', () => {
  test('a second collection compares equal; a configuration change does not', async () => {
    const first = only(await collect('juniper-junos-netconf', 'junos-changes'));
    const second = only(await collect('juniper-junos-netconf', 'junos-changes'));
    const third = only(await collect('juniper-junos-netconf', 'junos-changes'));
    expect(second.content).not.toBe(first.content);
    expect(second.comparable).toBe(first.comparable);
    expect(third.comparable).not.toBe(second.comparable);
    expect(third.comparable).toContain('rev 1');
    expect(first.comparable).not.toContain('junos:changed-localtime');
  });
});

describe('failures', () => {
  test('a datastore the device does not have fails with its rpc-error message', async () => {
    const error = await failure(collect('juniper-junos-netconf', 'junos-1.1', { device: { options: { datastore: 'startup' } } }));
    expect(error.code).toBe('COMMAND_FAILED');
    expect(error.retryable).toBe(false);
    expect(error.message).toContain('the startup datastore is not supported (operation-not-supported)');
  });

  test('an operation the device does not know is answered with an rpc-error, and the session goes on', async () => {
    const [unknown, config] = await withNetconf('junos-1.1', async (netconf) => [await netconf.rpc('<get-frobnicated/>'), await netconf.getConfig()]);
    expect(unknown.errors).toEqual([
      expect.objectContaining({ tag: 'operation-not-supported', severity: 'error', message: expect.stringContaining('get-frobnicated') }),
    ]);
    expect(unknown.data).toBeNull();
    expect(config.data).toContain('<host-name>junos-1.1</host-name>');
  });

  test('close-session is answered with <ok/>', async () => {
    const input = collectInputFor(device('junos-1.0'));
    const reply = await withSession(input, async (ssh) => {
      const netconf = await NetconfSession.open(ssh, { commandMs: resolveTimeouts(input).commandMs, signal: input.signal });
      return netconf.rpc('<close-session/>');
    });
    expect(reply).toEqual({ messageId: '1', ok: true, errors: [], data: null });
  });

  test('a device without the netconf subsystem fails with TRANSPORT_UNAVAILABLE', async () => {
    for (const name of ['junos-no-netconf', 'ios']) {
      const error = await failure(collect('netconf', name));
      expect(error.code).toBe('TRANSPORT_UNAVAILABLE');
      expect(error.retryable).toBe(false);
      expect(error.message).toContain('no netconf subsystem');
    }
    // The CLI of the same device still answers.
    expect(only(await collect('juniper-junos', 'junos-no-netconf').then((result) => ({ ...result, artifacts: result.artifacts.slice(0, 1) }))).content).toContain(
      'host-name junos-no-netconf;',
    );
  });

  test('a device that stops answering mid-reply times out', async () => {
    const error = await failure(collect('juniper-junos-netconf', 'junos-hang', { timeouts: { connectMs: 5_000, commandMs: 300 } }));
    expect(error.code).toBe('TIMEOUT');
    expect(error.retryable).toBe(true);
  });

  test('a connection dropped mid-reply is output cut short', async () => {
    const error = await failure(collect('juniper-junos-netconf', 'junos-disconnect'));
    expect(error.code).toBe('OUTPUT_INVALID');
  });

  test('garbage instead of XML is invalid output', async () => {
    const error = await failure(collect('juniper-junos-netconf', 'junos-garbage'));
    expect(error.code).toBe('OUTPUT_INVALID');
  });

  test('the abort signal cancels a collection waiting for its reply', async () => {
    const target = device('junos-cancel');
    const controller = new AbortController();
    const collecting = collect('juniper-junos-netconf', 'junos-cancel', { signal: controller.signal, timeouts: { connectMs: 5_000, commandMs: 60_000 } });
    while (target.fetches() === 0) await new Promise((resolve) => setTimeout(resolve, 10));
    controller.abort();
    const error = await failure(collecting);
    expect(error.code).toBe('CANCELLED');
  });

  test('options that do not fit are refused before connecting', async () => {
    const sessions = device('junos-1.1').sessions();
    const error = await failure(collect('juniper-junos-netconf', 'junos-1.1', { device: { options: { datastore: 'scratch' } } }));
    expect(error.code).toBe('OPTIONS_INVALID');
    expect(device('junos-1.1').sessions()).toBe(sessions);
  });
});
