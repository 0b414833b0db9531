import { existsSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { connect as connectTcp } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ssh2 from 'ssh2';
import type { Client as SshClient, ClientChannel } from 'ssh2';
import { afterEach, describe, expect, test } from 'vitest';
import { findBackupMethod } from '../plugins/registry.ts';
import { parseLabArgs, runLabCli } from './cli.ts';
import {
  backupMethodForModel,
  listRecordings,
  matchCommand,
  parseRecording,
  readSecretList,
  startRecordedDevice,
  undumpRuby,
  type RecordedDevice,
  type Recording,
} from './recording.ts';
import { expectNothingLeftOpen, temporaryDir } from './test-support.ts';

const { Client } = ssh2;

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
/** The copies in the repository, and every Oxidized recording (other families too) when shared/ is beside the checkout. */
const oxidizedDirs = [join(repoRoot, 'plugins', 'recordings', 'oxidized'), join(repoRoot, '..', 'shared', 'recordings', 'oxidized')].filter((dir) => existsSync(dir));

const devices: RecordedDevice[] = [];
const clients: SshClient[] = [];
afterEach(async () => {
  for (const client of clients.splice(0)) client.end();
  await Promise.all(devices.splice(0).map((device) => device.close()));
  await expectNothingLeftOpen();
});

async function served(recording: Recording): Promise<RecordedDevice> {
  const device = await startRecordedDevice(recording);
  devices.push(device);
  return device;
}

function connect(device: RecordedDevice, auth: 'password' | 'keyboard-interactive' = 'password'): Promise<SshClient> {
  const client = new Client();
  clients.push(client);
  return new Promise((resolve, reject) => {
    client.once('ready', () => resolve(client));
    client.on('error', reject);
    client.on('keyboard-interactive', (_name, _instructions, _lang, _prompts, finish) => finish([device.password]));
    client.connect({
      host: device.host,
      port: device.port,
      username: device.username,
      ...(auth === 'password' ? { password: device.password } : { tryKeyboard: true }),
      hostVerifier: (key: Buffer) => key.toString('base64') === device.hostKey.split(' ')[1],
    });
  });
}

/** A shell whose output is read in exact byte counts, so extra or missing bytes fail the test. */
async function openShell(client: SshClient, pty = true) {
  const channel = await new Promise<ClientChannel>((resolve, reject) =>
    client.shell(pty ? { term: 'vt100' } : false, (error, stream) => (error ? reject(error) : resolve(stream))),
  );
  let output = '';
  let read = 0;
  let waiting: (() => void) | undefined;
  channel.on('data', (chunk: Buffer) => {
    output += chunk.toString('latin1');
    waiting?.();
  });
  const exitCode = new Promise<number>((resolve) => channel.on('exit', (code: number) => resolve(code)));
  const closed = new Promise<void>((resolve) => channel.on('close', () => resolve()));
  return {
    send: (text: string) => channel.write(text),
    /** Waits for as many bytes as `expected` has, and compares them. */
    expectNext: async (expected: string): Promise<void> => {
      while (output.length < read + expected.length) await new Promise<void>((resolve) => (waiting = resolve));
      read += expected.length;
      expect(output.slice(read - expected.length, read)).toBe(expected);
    },
    exitCode,
    closed,
    output: () => output,
  };
}

function exec(client: SshClient, command: string): Promise<{ stdout: string; stderr: string; code: number }> {
  return new Promise((resolve, reject) => {
    client.exec(command, (error, stream) => {
      if (error) return reject(error);
      let stdout = '';
      let stderr = '';
      let code = -1;
      stream.on('data', (chunk: Buffer) => (stdout += chunk.toString('latin1')));
      stream.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('latin1')));
      stream.on('exit', (exitCode: number) => (code = exitCode));
      stream.on('close', () => resolve({ stdout, stderr, code }));
    });
  });
}

const bytes = (...values: number[]) => Buffer.from(values);

describe('undumpRuby', () => {
  test.each([
    ['plain text', 'show version', Buffer.from('show version')],
    ['control escapes', '\\r\\n\\t\\e\\a\\b\\f\\v', bytes(13, 10, 9, 27, 7, 8, 12, 11)],
    ['quote, backslash and hash', '\\"\\\\\\#{x}', Buffer.from('"\\#{x}')],
    ['hex escapes, any byte', '\\x20\\x00\\xfF', bytes(0x20, 0x00, 0xff)],
    ['\\u as UTF-8', 'caf\\u00e9', Buffer.from('café')],
    ['\\u{…} with several code points', '\\u{1F600 41}\\u{}', Buffer.from('😀A')],
    // String#undump is not a Ruby literal: these stay as written, backslash included.
    ['\\0, \\s, octal and unknown escapes', '\\0\\s\\101\\_\\/\\ ', Buffer.from('\\0\\s\\101\\_\\/\\ ')],
    ['backslash before a line end', ')\\/\\\n', Buffer.from(')\\/\\\n')],
  ])('%s', (_name, text, expected) => {
    expect(undumpRuby(text)).toEqual(expected);
  });

  test.each([
    ['an unescaped quote', 'say "hi"', /unescaped '"'/],
    ['a short hex escape', '\\x4', /invalid \\x escape/],
    ['a short \\u escape', '\\u41', /invalid \\u escape/],
    ['an unterminated \\u{', '\\u{41', /unterminated/],
    ['a surrogate code point', '\\uD800', /invalid Unicode code point/],
    ['mixed \\x and \\u escapes', '\\x41\\u0041', /mixed/],
    ['non-ASCII input', 'café', /non-ASCII/],
    ['a lone trailing backslash', 'end\\', /lone backslash/],
  ])('refuses %s, as Ruby does', (_name, text, message) => {
    expect(() => undumpRuby(text)).toThrow(message);
  });
});

const shellRecording = `---
init_prompt: |-
  Welcome to lab-sw1\\r
  \\rlab-sw1#\\x20
commands:
  - "show version\\n": |-
      show version\\r
      Version 1.0\\r
      --More--\\x20
  - " ": |-
      \\r        \\rUptime: 3 days\\r
      \\rlab-sw1#\\x20
  - "show running-config\\n": |-
      show running-config\\r
      hostname \\"lab-sw1\\"\\r
      \\e[1mend\\e[m\\r
      \\rlab-sw1#\\x20
  - "show interfaces\\n": |-
      show interfaces\\r
      first\\r
      \\rlab-sw1#\\x20
  - "show interfaces\\n": |-
      show interfaces\\r
      second\\r
      \\rlab-sw1#\\x20
`;

const execRecording = `init_prompt:
commands:
  "/system resource print\\n": |-
    \\x20 uptime: 58m18s

  "/export show-sensitive\\n": |-
    # by RouterOS 7.10.1
    /interface bridge
    add name=bridge1
  "quit\\n": |-
    interrupted
`;

describe('parseRecording', () => {
  test('reads the list form in file order, with model and description from the file name', () => {
    const recording = parseRecording(shellRecording, '/somewhere/ios#lab-sw1_17.9#simulation.yaml');
    expect(recording.model).toBe('ios');
    expect(recording.description).toBe('lab-sw1_17.9');
    expect(recording.mode).toBe('shell');
    expect(recording.initPrompt).toBe('Welcome to lab-sw1\r\n\rlab-sw1# ');
    expect(recording.commands.map((entry) => entry.command)).toEqual([
      'show version\n',
      ' ',
      'show running-config\n',
      'show interfaces\n',
      'show interfaces\n',
    ]);
    expect(recording.commands[2].answer).toBe('show running-config\r\nhostname "lab-sw1"\r\n\x1b[1mend\x1b[m\r\n\rlab-sw1# ');
  });

  test('reads the map form; an empty init_prompt means exec mode', () => {
    const recording = parseRecording(execRecording, 'routeros#CHR_7.10.1#simulation.yaml');
    expect(recording.mode).toBe('exec');
    expect(recording.initPrompt).toBe('');
    expect(recording.commands.map((entry) => entry.command)).toEqual(['/system resource print\n', '/export show-sensitive\n', 'quit\n']);
    expect(recording.commands[0].answer).toBe('  uptime: 58m18s');
    expect(recording.commands[1].answer).toBe('# by RouterOS 7.10.1\n/interface bridge\nadd name=bridge1');
  });

  test('without a file name, model and description are empty', () => {
    expect(parseRecording(execRecording)).toMatchObject({ model: '', description: '' });
  });

  test.each([
    ['not YAML', 'commands: [unclosed', /not YAML/],
    ['no commands', 'init_prompt: x\n', /has no commands/],
    ['a list entry with two keys', 'init_prompt: x\ncommands:\n  - "a\\n": x\n    "b\\n": y\n', /commands\[0\] is not a map with one key/],
    ['a bad escape in an answer', 'init_prompt: x\ncommands:\n  "a\\n": |-\n    \\x4\n', /answer to "a\\n": invalid \\x escape/],
  ])('a file with %s gives an error naming it', (_name, text, message) => {
    const parsing = () => parseRecording(text, 'ios#broken#simulation.yaml');
    expect(parsing).toThrow(/^ios#broken#simulation\.yaml: /);
    expect(parsing).toThrow(message);
  });
});

describe('matchCommand', () => {
  const recording = parseRecording(shellRecording);
  const routeros = parseRecording(execRecording);

  test('matches exactly, with or without the line end', () => {
    expect(matchCommand(recording, 'show version')).toBe(0);
    expect(matchCommand(recording, 'show version\r\n')).toBe(0);
  });

  test('ignores everything from the first " | " and extra whitespace', () => {
    expect(matchCommand(recording, 'show running-config | no-more')).toBe(2);
    expect(matchCommand(recording, '  show   running-config ')).toBe(2);
    const fortigate = parseRecording('init_prompt: "x # "\ncommands:\n  "show | grep .\\n": |-\n    x\n');
    expect(matchCommand(fortigate, 'show')).toBe(0);
  });

  test('accepts a recorded command that only adds modifier words', () => {
    expect(matchCommand(routeros, '/export')).toBe(1);
    expect(matchCommand(routeros, '/system')).toBeUndefined();
  });

  test('answers a command recorded twice in order, then repeats the last', () => {
    const consumed = new Set<number>();
    for (const expected of [3, 4, 4]) {
      const index = matchCommand(recording, 'show interfaces', consumed);
      expect(index).toBe(expected);
      consumed.add(index!);
    }
  });

  test('answers a map entry again', () => {
    expect(matchCommand(routeros, '/export', new Set([1]))).toBe(1);
  });

  test('never takes a line for a key press, nor an unrecorded command for anything', () => {
    expect(matchCommand(recording, ' ')).toBeUndefined();
    expect(matchCommand(recording, 'terminal length 0')).toBeUndefined();
  });
});

describe('backupMethodForModel', () => {
  test('maps Oxidized models to registered Tidemark backup methods', () => {
    for (const model of ['ios', 'nxos', 'asa', 'eos', 'junos', 'routeros', 'fortigate', 'fortios', 'aoscx', 'vyos', 'procurve', 'iosxr', 'panos', 'os6', 'os10']) {
      const method = backupMethodForModel(model);
      expect(method && findBackupMethod(method), model).toBeDefined();
    }
    expect(backupMethodForModel('fortigate')).toBe('fortinet-fortios');
    expect(backupMethodForModel('junos')).toBe('juniper-junos');
  });

  test('a Tidemark backup method key maps to itself; an unsupported family to nothing', () => {
    expect(backupMethodForModel('cisco-ios')).toBe('cisco-ios');
    expect(backupMethodForModel('perle')).toBeUndefined();
    expect(backupMethodForModel('toString')).toBeUndefined();
  });
});

describe('listRecordings and readSecretList', () => {
  test('finds the recording files of each kind and the secret list beside them', async () => {
    const dir = await temporaryDir('recordings');
    try {
      for (const name of ['ios#a#simulation.yaml', 'ios#a#secret.yaml', 'ios#a#output.txt', 'cumulus#b#custom_simulation.yaml', 'perle#c#significant_changes.yaml', 'README.md']) {
        await writeFile(join(dir.path, name), name.endsWith('secret.yaml') ? "fail:\n  - 'PASSREMOVED'\npass:\n  - 'secret <secret hidden>'\n" : '');
      }
      expect(listRecordings([dir.path])).toEqual([
        { file: join(dir.path, 'cumulus#b#custom_simulation.yaml'), kind: 'custom_simulation', model: 'cumulus', description: 'b' },
        { file: join(dir.path, 'ios#a#simulation.yaml'), kind: 'simulation', model: 'ios', description: 'a', secretFile: join(dir.path, 'ios#a#secret.yaml') },
        { file: join(dir.path, 'perle#c#significant_changes.yaml'), kind: 'significant_changes', model: 'perle', description: 'c' },
      ]);
      expect(readSecretList(join(dir.path, 'ios#a#secret.yaml'))).toEqual({ fail: ['PASSREMOVED'], pass: ['secret <secret hidden>'] });
      expect(readSecretList(join(dir.path, 'perle#c#significant_changes.yaml'))).toEqual({ fail: [], pass: [] });
    } finally {
      await dir.remove();
    }
  });
});

describe('startRecordedDevice', () => {
  test('replays a shell session byte for byte, answering what was not recorded with the prompt', async () => {
    const recording = parseRecording(shellRecording, 'ios#lab-sw1#simulation.yaml');
    const device = await served(recording);
    expect(device).toMatchObject({ name: 'ios-lab-sw1', host: '127.0.0.1', username: 'admin', password: 'lab-password', backupMethod: 'cisco-ios' });
    expect(device.hostKey).toMatch(/^ssh-ed25519 AAAA/);
    const shell = await openShell(await connect(device));
    const answer = (index: number) => recording.commands[index].answer;

    await shell.expectNext(recording.initPrompt);
    shell.send('terminal length 0\r');
    await shell.expectNext('terminal length 0\r\n\rlab-sw1# ');
    shell.send('\r\n');
    await shell.expectNext('\r\n\rlab-sw1# ');
    shell.send('show version\n');
    await shell.expectNext(answer(0));
    shell.send(' ');
    await shell.expectNext(answer(1));
    // Matched tolerantly: the device echoes what was typed, then the recorded answer follows.
    shell.send('show running-config | no-more\n');
    const echoed = answer(2).replace(/^show running-config/, 'show running-config | no-more');
    await shell.expectNext(echoed);
    shell.send('exit\n');
    expect(await shell.exitCode).toBe(0);
    await shell.closed;
    expect(shell.output()).toBe(
      recording.initPrompt + 'terminal length 0\r\n\rlab-sw1# ' + '\r\n\rlab-sw1# ' + answer(0) + answer(1) + echoed,
    );
    expect(device.commandsReceived()).toEqual(['terminal length 0', 'show version', 'show running-config | no-more', 'exit']);
  });

  test('serves a shell without a pty and logs in with keyboard-interactive', async () => {
    const recording = parseRecording(shellRecording);
    const device = await served(recording);
    const shell = await openShell(await connect(device, 'keyboard-interactive'), false);
    await shell.expectNext(recording.initPrompt);
    shell.send('show interfaces\nshow interfaces\n');
    await shell.expectNext(recording.commands[3].answer + recording.commands[4].answer);
    shell.send('logout\r\n');
    expect(await shell.exitCode).toBe(0);
  });

  test('a recorded exit that ends the recording is answered, then closes the shell', async () => {
    const device = await served(parseRecording(execRecording));
    const shell = await openShell(await connect(device));
    shell.send('quit\n');
    await shell.expectNext('interrupted');
    expect(await shell.exitCode).toBe(0);
    await shell.closed;
    expect(shell.output()).toBe('interrupted');
  });

  test('refuses a wrong password', async () => {
    const device = await served(parseRecording(shellRecording));
    await expect(connect({ ...device, password: 'wrong' })).rejects.toThrow(/authentication/i);
  });

  test('answers exec channels with the recorded bytes, and 127 for an unrecorded command', async () => {
    const recording = parseRecording(execRecording, 'routeros#CHR#simulation.yaml');
    const device = await served(recording);
    expect(device.backupMethod).toBe('mikrotik-routeros');
    const client = await connect(device);
    expect(await exec(client, '/export')).toEqual({ stdout: recording.commands[1].answer, stderr: '', code: 0 });
    expect(await exec(client, '/system reboot')).toEqual({ stdout: '', stderr: 'unknown command: /system reboot\n', code: 127 });
    expect(device.commandsReceived()).toEqual(['/export', '/system reboot']);
  });
});

describe('the Oxidized recordings', () => {
  test('every simulation parses, and the ASA one is served', async () => {
    const simulations = listRecordings(oxidizedDirs).filter((entry) => entry.kind !== 'significant_changes');
    expect(simulations.length).toBeGreaterThan(15);
    const recordings = simulations.map((entry) => parseRecording(readFileSync(entry.file, 'utf8'), entry.file));
    for (const recording of recordings) expect(recording.commands.length, recording.description).toBeGreaterThan(0);
    expect(recordings.find((recording) => recording.model === 'junos')?.mode).toBe('exec');

    const asa = recordings.find((recording) => recording.model === 'asa' && recording.description === '5512_9.12-4-67_single-context')!;
    const device = await served(asa);
    expect(device.backupMethod).toBe('cisco-asa');
    const shell = await openShell(await connect(device));
    await shell.expectNext(asa.initPrompt);
    expect(asa.initPrompt.endsWith('\rLAB-ASA12-Oxidized-IPv6> ')).toBe(true);
    shell.send('enable\n');
    const enable = asa.commands[matchCommand(asa, 'enable')!].answer;
    await shell.expectNext(enable);
    expect(enable.endsWith('\rLAB-ASA12-Oxidized-IPv6# ')).toBe(true);
  });
});

describe('tidemark lab --recording', () => {
  const portAccepts = (port: number) =>
    new Promise<boolean>((resolve) => {
      const socket = connectTcp({ host: '127.0.0.1', port });
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });

  test('takes --recording several times; without it the generated lab is unchanged', () => {
    expect(parseLabArgs(['--recording', 'a.yaml', '--recording', 'b.yaml']).recordings).toEqual(['a.yaml', 'b.yaml']);
    expect(parseLabArgs(['--devices', '3'])).toMatchObject({ devices: 3, recordings: [] });
  });

  test('serves each file, registers those Tidemark can back up, and closes every port when stopped', async () => {
    const dir = await temporaryDir('recording-cli');
    const registered: Array<Record<string, unknown>> = [];
    const api = createServer(async (request, response) => {
      let body = '';
      for await (const chunk of request) body += chunk;
      const { query, variables } = JSON.parse(body);
      const field = query.includes('createCredentialSet') ? 'createCredentialSet' : 'createDevice';
      if (field === 'createDevice') registered.push(variables.input);
      response.setHeader('content-type', 'application/json');
      response.end(JSON.stringify({ data: { [field]: { id: '7f2b4d4e-5d1c-4c53-9d0e-2b6f0f3b1a11' } } }));
    });
    await new Promise<void>((resolve) => api.listen(0, '127.0.0.1', resolve));
    try {
      const ios = join(dir.path, 'ios#lab-sw1#simulation.yaml');
      const perle = join(dir.path, 'perle#lab-con2#simulation.yaml');
      await writeFile(ios, shellRecording);
      await writeFile(perle, shellRecording);
      const printed: string[] = [];
      const stop = new AbortController();
      const url = `http://127.0.0.1:${(api.address() as { port: number }).port}`;
      const running = runLabCli(['--recording', ios, '--recording', perle, '--register', url, '--token', 'lab-token'], {
        stop: stop.signal,
        print: (text) => printed.push(text),
      });
      while (!printed.some((text) => text.includes('Ctrl-C'))) await new Promise((resolve) => setTimeout(resolve, 10));
      const table = printed[0].split('\n');
      expect(table[0]).toMatch(/^NAME\s+ADDRESS\s+BACKUP METHOD\s+LOGIN$/);
      expect(table[1]).toMatch(/^ios-lab-sw1\s+127\.0\.0\.1:\d+\s+cisco-ios\s+admin \/ lab-password$/);
      expect(table[2]).toMatch(/^perle-lab-con2\s+127\.0\.0\.1:\d+\s+\(no Tidemark platform\)/);
      expect(registered).toEqual([expect.objectContaining({ name: 'ios-lab-sw1', backupMethod: 'cisco-ios' })]);
      const ports = [...printed[0].matchAll(/127\.0\.0\.1:(\d+)/g)].map((match) => Number(match[1]));
      expect(await portAccepts(ports[0])).toBe(true);
      stop.abort();
      await running;
      expect(await portAccepts(ports[0])).toBe(false);
    } finally {
      api.closeAllConnections();
      await new Promise((resolve) => api.close(resolve));
      await dir.remove();
    }
  });
});
