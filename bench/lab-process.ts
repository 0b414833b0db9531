/**
 * The lab in a process of its own, so a benchmark can measure the worker's memory and CPU apart
 * from the simulated devices. Takes its options as one JSON argument, prints its devices as one
 * JSON line, and stops when its parent closes stdin or on SIGTERM/SIGINT.
 *
 *   node --import tsx bench/lab-process.ts '{"devices":1000,"faults":0}'
 *
 * A fleet larger than one process should serve runs several, each with a `namePrefix` that keeps
 * its device names apart from the others'.
 */
import { z } from 'zod';
import { startLab } from '../lab/lab.ts';

const optionsSchema = z.object({
  devices: z.number().int().min(1),
  faults: z.number().int().min(0).default(0),
  changeEvery: z.number().int().min(1).optional(),
  /** Every n-th device logs in slowly (the slow-login fault), on top of `faults`. */
  slowLoginEvery: z.number().int().min(1).optional(),
  slowLoginMs: z.number().int().min(0).optional(),
  namePrefix: z.string().default(''),
  /** Ports the devices take (free ones, in order) instead of ports the system picks. */
  ports: z.array(z.object({ from: z.number().int().min(1).max(65_535), to: z.number().int().min(1).max(65_535) })).optional(),
});

export type LabProcessOptions = z.input<typeof optionsSchema>;

/** What the parent needs of each device; the lab's own objects hold functions and buffers. */
export interface LabProcessDevice {
  name: string;
  host: string;
  port: number;
  platform: string;
  backupMethod: string;
  fault: string;
  username: string;
  password: string;
  enableSecret: string;
}

async function main(): Promise<void> {
  const options = optionsSchema.parse(JSON.parse(process.argv[2] ?? '{}'));
  const every = options.slowLoginEvery;
  const planned = every ? Array.from({ length: options.devices }, (_, i) => ((i + 1) % every === 0 ? { fault: 'slow-login' as const } : {})) : options.devices;
  const lab = await startLab({ devices: planned, mix: 'all', faults: options.faults, changeEvery: options.changeEvery, slowLoginMs: options.slowLoginMs, ports: options.ports });
  const devices: LabProcessDevice[] = lab.devices.map((d) => ({
    name: `${options.namePrefix}${d.name}`,
    host: d.host,
    port: d.port,
    platform: d.platform,
    backupMethod: d.backupMethod,
    fault: d.fault,
    username: d.username,
    password: d.password,
    enableSecret: d.enableSecret,
  }));
  process.stdout.write(`${JSON.stringify(devices)}\n`);

  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    lab.close().then(() => process.exit(0));
  };
  // A parent that dies without a word still closes this pipe.
  process.stdin.on('end', stop).resume();
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((error: Error) => {
  process.stderr.write(`lab: ${error.stack ?? error.message}\n`);
  process.exit(1);
});
