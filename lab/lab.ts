/**
 * The lab: many simulated devices in one process, each an SSH server on 127.0.0.1.
 */
import type { PortRange } from '../infra/free-ports.ts';
import { DeviceServer, faults as faultKinds, type Fault, type LabDeviceSpec } from './device-server.ts';
import { generateKeyPair, type KeyPair } from './keys.ts';
import { labPlatforms, loadPersona } from './persona.ts';
import { hasNetconfPersona, loadNetconfPersona, type LabNetconf } from './netconf-server.ts';

export type { Fault, PortRange };
export { faultKinds };

export interface LabDevice {
  name: string;
  host: '127.0.0.1';
  port: number;
  platform: string;
  backupMethod: string;
  username: string;
  password: string;
  enableSecret: string;
  fault: Fault;
  sshProfile: 'modern' | 'legacy';
  /** The public host key, "ssh-ed25519 AAAA…", to pre-trust or to compare. */
  hostKey: string;
  /** Files the device serves over SFTP and scp; tests may add to it. */
  files: Map<string, Buffer>;
  /** Configuration fetches answered so far. */
  fetches(): number;
  /** Authenticated SSH sessions so far. */
  sessions(): number;
}

export interface LabDeviceOverrides {
  platform?: string;
  fault?: Fault;
  sshProfile?: 'modern' | 'legacy';
  outputs?: Record<string, string>;
  name?: string;
  forcePaging?: boolean;
  passwordAuth?: boolean;
  /** `enable` asks for the username first (the persona's `enable.usernamePrompt`). */
  enableAsksUsername?: boolean;
  /** A limited command set until the persona's `unlock` command (Comware 1910/1920). */
  locked?: boolean;
  /**
   * NETCONF on the `netconf` subsystem. A platform with a NETCONF persona offers base 1.1
   * unless told otherwise; `false` refuses the subsystem.
   */
  netconf?: Partial<LabNetconf> | false;
}

export interface StartLabOptions {
  /** How many devices, or one entry per device to choose each one's details. */
  devices: number | LabDeviceOverrides[];
  /** First port; devices take consecutive ports. 0 (default) lets the system pick free ports. */
  basePort?: number;
  /**
   * Devices take the free ports of these ranges in order, skipping ports in use: for a fleet larger
   * than the system's ephemeral port range holds next to the connections made to it.
   */
  ports?: PortRange[];
  mix?: 'all' | string[];
  /** How many devices get a fault (spread over the fault kinds), or a fault per device name. */
  faults?: number | Record<string, Fault>;
  seed?: number;
  username?: string;
  password?: string;
  enableSecret?: string;
  authorizedKeys?: string[];
  slowLoginMs?: number;
  changeEvery?: number;
}

export interface Lab {
  devices: LabDevice[];
  close(): Promise<void>;
}

export const labDefaults = {
  username: 'admin',
  password: 'lab-password',
  enableSecret: 'lab-enable',
  slowLoginMs: 5_000,
  changeEvery: 5,
  seed: 1,
};

/** mulberry32: small, seedable and good enough to pick faulty devices reproducibly. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function chooseFaults(names: string[], faults: StartLabOptions['faults'], seed: number): Map<string, Fault> {
  const chosen = new Map<string, Fault>();
  if (faults === undefined) return chosen;
  if (typeof faults !== 'number') {
    for (const [name, fault] of Object.entries(faults)) chosen.set(name, fault);
    return chosen;
  }
  const random = seededRandom(seed);
  const pool = [...names];
  for (let i = 0; i < Math.min(faults, names.length); i++) {
    const [name] = pool.splice(Math.floor(random() * pool.length), 1);
    chosen.set(name, faultKinds[i % faultKinds.length]);
  }
  return chosen;
}

function netconfOf(override: LabDeviceOverrides, platform: string): LabNetconf | null {
  if (override.netconf === false) return null;
  if (override.netconf === undefined && !hasNetconfPersona(platform)) return null;
  const netconf: LabNetconf = {
    base: override.netconf?.base ?? '1.1',
    persona: override.netconf?.persona ?? platform,
    compact: override.netconf?.compact ?? false,
  };
  loadNetconfPersona(netconf.persona);
  return netconf;
}

export async function startLab(options: StartLabOptions): Promise<Lab> {
  const platforms = options.mix === undefined || options.mix === 'all' ? labPlatforms() : options.mix;
  if (platforms.length === 0) throw new Error('the lab has no platforms to play');
  const overrides: LabDeviceOverrides[] =
    typeof options.devices === 'number' ? Array.from({ length: options.devices }, () => ({})) : options.devices;
  const planned = overrides.map((override, index) => {
    const platform = override.platform ?? platforms[index % platforms.length];
    return { override, platform, name: override.name ?? `${platform}-${String(index + 1).padStart(3, '0')}` };
  });
  const faultsByName = chooseFaults(
    planned.map((device) => device.name),
    options.faults,
    options.seed ?? labDefaults.seed,
  );
  // RSA key generation is slow, so all legacy devices share one host key.
  let legacyKey: KeyPair | undefined;

  const servers: DeviceServer[] = [];
  const devices: LabDevice[] = [];
  const freePorts = options.ports ? portsOf(options.ports) : null;
  try {
    for (const [index, { override, platform, name }] of planned.entries()) {
      const persona = loadPersona(platform);
      const sshProfile = override.sshProfile ?? 'modern';
      const key = sshProfile === 'legacy' ? (legacyKey ??= generateKeyPair('rsa')) : generateKeyPair('ed25519');
      const spec: LabDeviceSpec = {
        name,
        index: index + 1,
        platform,
        fault: override.fault ?? faultsByName.get(name) ?? 'none',
        username: options.username ?? labDefaults.username,
        password: options.password ?? labDefaults.password,
        enableSecret: options.enableSecret ?? labDefaults.enableSecret,
        sshProfile,
        authorizedKeys: options.authorizedKeys ?? [],
        outputs: override.outputs ?? {},
        forcePaging: override.forcePaging ?? false,
        passwordAuth: override.passwordAuth ?? true,
        enableAsksUsername: override.enableAsksUsername ?? false,
        locked: override.locked ?? false,
        slowLoginMs: options.slowLoginMs ?? labDefaults.slowLoginMs,
        changeEvery: options.changeEvery ?? labDefaults.changeEvery,
        netconf: netconfOf(override, platform),
      };
      const server = new DeviceServer(spec, persona, key.privateKey);
      servers.push(server);
      const port = freePorts
        ? await listenOnFreePort(server, freePorts, options.ports!)
        : await server.listen(options.basePort ? options.basePort + index : 0);
      devices.push({
        name,
        host: '127.0.0.1',
        port,
        platform,
        backupMethod: persona.backupMethod,
        username: spec.username,
        password: spec.password,
        enableSecret: spec.enableSecret,
        fault: spec.fault,
        sshProfile,
        hostKey: key.publicKey,
        files: server.files,
        fetches: () => server.fetches,
        sessions: () => server.sessions,
      });
    }
    // Every device has its port now: the ports `refused` devices reserved can be closed.
    await Promise.all(servers.map((server) => server.releaseReservedPort()));
  } catch (error) {
    await Promise.all(servers.map((server) => server.close()));
    throw error;
  }
  return {
    devices,
    close: async () => {
      await Promise.all(servers.map((server) => server.close()));
    },
  };
}

function* portsOf(ranges: PortRange[]): Generator<number> {
  for (const range of ranges) for (let port = range.from; port <= range.to; port++) yield port;
}

/** Listens on the next port that is free; the ports in use are skipped. */
async function listenOnFreePort(server: DeviceServer, ports: Iterator<number>, ranges: PortRange[]): Promise<number> {
  for (let next = ports.next(); !next.done; next = ports.next()) {
    try {
      return await server.listen(next.value);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    }
  }
  throw new Error(`no free port left on 127.0.0.1 in ${ranges.map((range) => `${range.from}-${range.to}`).join(', ')}`);
}
