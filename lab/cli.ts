/**
 * `tidemark lab`: serve simulated devices until SIGINT or SIGTERM.
 *
 *   tidemark lab --devices 200 --base-port 22000 --mix all --faults 5
 *   tidemark lab --devices 20 --mix cisco-ios,linux --faults cisco-ios-001=hang
 *   tidemark lab --devices 50 --register http://127.0.0.1:3000 --token <api token>
 *   tidemark lab --devices 10 --https-api   (also a PAN-OS, an OPNsense and a FortiOS HTTPS API device)
 *
 * With --recording, it serves recorded real-device sessions instead (Oxidized's simulation files),
 * one device per file; --devices, --mix, --faults, --seed and --change-every do not apply:
 *
 *   tidemark lab --recording 'asa#5512_9.12-4-67_single-context#simulation.yaml' --recording …
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { findBackupMethod } from '../plugins/registry.ts';
import { faultKinds, labDefaults, startLab, type Fault, type Lab, type LabDevice } from './lab.ts';
import { labPlatforms } from './persona.ts';
import { parseRecording, startRecordedDevice, type RecordedDevice } from './recording.ts';
import { httpsApiLabMethods, startHttpsApiDevice, type HttpsApiLabDevice } from './https-api-server.ts';
import { registerHttpsApiDevices, registerLabDevices, type RegisterTarget } from './register.ts';

const faultName = z.enum([...faultKinds, 'none']);

const cliOptions = z.object({
  devices: z.coerce.number().int().min(1).max(5_000),
  basePort: z.coerce.number().int().min(0).max(65_535),
  mix: z.string().transform((value) => (value === 'all' ? ('all' as const) : value.split(',').filter(Boolean))),
  faults: z.string().transform((value, context): number | Record<string, Fault> => {
    if (/^\d+$/.test(value)) return Number(value);
    const entries = value.split(',').map((pair) => pair.split('='));
    const parsed: Record<string, Fault> = {};
    for (const [name, fault] of entries) {
      const known = faultName.safeParse(fault);
      if (!name || !known.success) {
        context.addIssue({ code: 'custom', message: `expected a count or name=fault pairs, got "${value}"` });
        return z.NEVER;
      }
      parsed[name] = known.data;
    }
    return parsed;
  }),
  seed: z.coerce.number().int(),
  changeEvery: z.coerce.number().int().min(1),
  register: z.url().optional(),
  token: z.string().optional(),
  /** Recorded sessions to serve instead of generated devices. */
  recordings: z.array(z.string().min(1)),
  /** Also one HTTPS API device per API backup method. */
  httpsApi: z.boolean(),
});

export type LabCliOptions = z.infer<typeof cliOptions>;

export function parseLabArgs(argv: string[]): LabCliOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      devices: { type: 'string', default: '20' },
      'base-port': { type: 'string', default: '0' },
      mix: { type: 'string', default: 'all' },
      faults: { type: 'string', default: '0' },
      seed: { type: 'string', default: '1' },
      'change-every': { type: 'string', default: '5' },
      register: { type: 'string' },
      token: { type: 'string' },
      recording: { type: 'string', multiple: true, default: [] },
      'https-api': { type: 'boolean', default: false },
    },
    strict: true,
  });
  const parsed = cliOptions.parse({
    devices: values.devices,
    basePort: values['base-port'],
    mix: values.mix,
    faults: values.faults,
    seed: values.seed,
    changeEvery: values['change-every'],
    register: values.register,
    token: values.token,
    recordings: values.recording,
    httpsApi: values['https-api'],
  });
  if (parsed.mix !== 'all') {
    const unknown = parsed.mix.filter((platform) => !labPlatforms().includes(platform));
    if (unknown.length > 0) throw new Error(`no lab persona for: ${unknown.join(', ')} (have ${labPlatforms().join(', ')})`);
  }
  if (parsed.register && !parsed.token) throw new Error('--register needs --token');
  return parsed;
}

function formatTable(header: string[], rows: string[][]): string {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
  return [header, ...rows].map((row) => row.map((cell, column) => cell.padEnd(widths[column])).join('  ').trimEnd()).join('\n');
}

export function formatDevices(devices: LabDevice[]): string {
  const rows = devices.map((device) => [device.name, `${device.host}:${device.port}`, device.backupMethod, device.fault]);
  return formatTable(['NAME', 'ADDRESS', 'BACKUP METHOD', 'FAULT'], rows);
}

export function formatRecordedDevices(devices: RecordedDevice[]): string {
  const rows = devices.map((device) => [
    device.name,
    `${device.host}:${device.port}`,
    device.backupMethod ?? '(no Tidemark platform)',
    `${device.username} / ${device.password}`,
  ]);
  return formatTable(['NAME', 'ADDRESS', 'BACKUP METHOD', 'LOGIN'], rows);
}

export interface LabCliEnvironment {
  /** Stops the lab; defaults to SIGINT/SIGTERM. */
  stop?: AbortSignal;
  print?: (text: string) => void;
}

export async function runLabCli(argv: string[], environment: LabCliEnvironment = {}): Promise<void> {
  const print = environment.print ?? ((text: string) => process.stdout.write(`${text}\n`));
  const options = parseLabArgs(argv);
  if (options.recordings.length > 0) return runRecordedLab(options, print, environment.stop);
  const lab: Lab = await startLab({
    devices: options.devices,
    basePort: options.basePort,
    mix: options.mix,
    faults: options.faults,
    seed: options.seed,
    changeEvery: options.changeEvery,
  });
  const apiDevices: HttpsApiLabDevice[] = [];
  try {
    print(formatDevices(lab.devices));
    const first = lab.devices[0];
    print(`\n${lab.devices.length} devices on 127.0.0.1; log in as ${first.username} / ${first.password}, enable secret ${first.enableSecret}.`);
    if (options.httpsApi) {
      for (const [index, backupMethod] of httpsApiLabMethods.entries()) apiDevices.push(await startHttpsApiDevice({ backupMethod, index: index + 1, changeEvery: options.changeEvery }));
      print(`\n${formatTable(['NAME', 'ADDRESS', 'BACKUP METHOD', 'API KEY'], apiDevices.map((device) => [device.name, `${device.host}:${device.port}`, device.backupMethod, device.apiKey]))}`);
    }
    if (options.register && options.token) {
      const target = { url: options.register, token: options.token };
      const registered = (await registerLabDevices(lab.devices, target)) + (await registerHttpsApiDevices(apiDevices, target));
      print(`registered ${registered} devices at ${options.register}`);
    }
    print('Press Ctrl-C to stop.');
    await untilStopped(environment.stop);
  } finally {
    await Promise.all([lab.close(), ...apiDevices.map((device) => device.close())]);
  }
}

async function runRecordedLab(options: LabCliOptions, print: (text: string) => void, stop: AbortSignal | undefined): Promise<void> {
  const recordings = options.recordings.map((file) => parseRecording(readFileSync(file, 'utf8'), file));
  const devices: RecordedDevice[] = [];
  try {
    for (const [index, recording] of recordings.entries()) {
      devices.push(await startRecordedDevice(recording, { port: options.basePort ? options.basePort + index : 0 }));
    }
    print(formatRecordedDevices(devices));
    if (options.register && options.token) {
      const registered = await registerRecordedDevices(devices, { url: options.register, token: options.token });
      print(`\nregistered ${registered} devices at ${options.register}`);
    }
    print('Press Ctrl-C to stop.');
    await untilStopped(stop);
  } finally {
    await Promise.all(devices.map((device) => device.close()));
  }
}

/** Registers the devices Tidemark has a backup method for, as lab devices without faults. */
function registerRecordedDevices(devices: RecordedDevice[], target: RegisterTarget): Promise<number> {
  const supported = devices.flatMap((device): LabDevice[] => {
    const method = device.backupMethod ? findBackupMethod(device.backupMethod) : undefined;
    if (!method) return [];
    return [{
      ...device,
      backupMethod: method.key,
      platform: method.platform,
      // A recorded enable either answers any secret or, in our own cases, the lab's.
      enableSecret: labDefaults.enableSecret,
      fault: 'none',
      sshProfile: 'modern',
      files: new Map(),
      fetches: () => 0,
      sessions: () => 0,
    }];
  });
  return registerLabDevices(supported, target);
}

function untilStopped(stop: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    if (stop) {
      if (stop.aborted) return resolve();
      stop.addEventListener('abort', () => resolve(), { once: true });
      return;
    }
    const onSignal = () => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      resolve();
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  });
}
