/**
 * Where a large lab listens. Lab devices normally listen on ports the system picks from its
 * ephemeral range (`/proc/sys/net/ipv4/ip_local_port_range`, 32768–60999 by default, 28,232
 * ports), which every connection made to them draws its own port from too: past about 20,000
 * devices there, connections fail for want of a port. A larger lab takes ports from 4000 (above
 * the well-known ports and the usual development servers', such as the e2e stack's 3901) up to the
 * ephemeral range, then above it, and only then the ephemeral range from its start, so the end of
 * that range stays free for outgoing connections. Each lab process gets ports of its own, with
 * some to spare for ports already in use (PostgreSQL's 5432, a broker's 5672, …), which it skips.
 */
import type { PortRange } from '../infra/free-ports.ts';

export const LAB_PORTS_FROM = 4_000;
const HIGHEST_PORT = 65_535;
/** Outgoing connections (SSH to the devices, PostgreSQL, HTTP) need a share of the ephemeral range. */
export const EPHEMERAL_PORTS_KEPT_FREE = 5_000;

/** Ports a process of `devices` devices is given: room for them all plus some in use to skip. */
export const portsWanted = (devices: number) => devices + Math.ceil(devices * 0.05) + 100;

/**
 * Disjoint port ranges for each lab process, in the order described above; throws when the fleet
 * would leave fewer than EPHEMERAL_PORTS_KEPT_FREE ports of the ephemeral range free.
 */
export function labPortLayout(devicesPerProcess: number[], ephemeral: PortRange): PortRange[][] {
  const segments: PortRange[] = [
    { from: LAB_PORTS_FROM, to: ephemeral.from - 1 },
    { from: ephemeral.to + 1, to: HIGHEST_PORT },
    { from: ephemeral.from, to: ephemeral.to - EPHEMERAL_PORTS_KEPT_FREE },
  ].filter((segment) => segment.from <= segment.to);
  let segment = 0;
  let next = segments[0]?.from ?? 0;
  return devicesPerProcess.map((devices) => {
    const ranges: PortRange[] = [];
    for (let wanted = portsWanted(devices); wanted > 0; ) {
      const current = segments[segment];
      if (!current) throw new Error(`${devicesPerProcess.reduce((sum, n) => sum + n, 0)} lab devices do not fit on 127.0.0.1 next to the ports outgoing connections need`);
      const to = Math.min(current.to, next + wanted - 1);
      ranges.push({ from: next, to });
      wanted -= to - next + 1;
      if (to === current.to) next = segments[++segment]?.from ?? 0;
      else next = to + 1;
    }
    return ranges;
  });
}
