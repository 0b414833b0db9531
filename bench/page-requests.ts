/**
 * Times the GraphQL requests a page of the UI sends, with the UI's own documents (app/_gql), over
 * HTTP as the signed-in user: each request alone, then the page's requests together as a browser
 * sends them on opening the page.
 */
import os from 'node:os';
import type { Logger } from '../infra/log.ts';
import { gigabytes, milliseconds, percentile, print, seconds } from './figures.ts';
import { insertFleetHistory, type FleetHistoryOptions } from './fleet-history.ts';
import { startBenchStack, type BenchStack, type Gql } from './stack.ts';

/** What every request of a page should stay within, at p95. */
export const PAGE_REQUEST_TARGET_MS = 100;

export interface PageBenchOptions extends FleetHistoryOptions {
  requests: number;
}

/**
 * Prints a page benchmark's heading, starts a throwaway stack and fills it with a fleet and its
 * history (`bench/fleet-history.ts`). The caller closes the stack.
 */
export async function startPageBench(name: string, options: PageBenchOptions, log: Logger, signal: AbortSignal): Promise<BenchStack> {
  print(`${name} benchmark: ${options.devices} devices, ${options.backups} backups, ${options.requests} requests per query`);
  print(`machine: ${os.cpus().length} cores, ${gigabytes(os.totalmem())} memory, Node ${process.version}; load average ${os.loadavg().map((n) => n.toFixed(2)).join(' ')}`);
  const stack = await startBenchStack(log, signal);
  try {
    const inserted = Date.now();
    const history = await insertFleetHistory(stack.db, stack.dir, options, signal);
    print(
      `inserted ${options.devices} devices, ${history.runs} runs, ${history.runDevices} run devices, ${history.backups} backups and ${history.runEvents} run events in ${seconds(Date.now() - inserted)} (then VACUUM ANALYZE)`,
    );
    return stack;
  } catch (error) {
    await stack.close();
    throw error;
  }
}

export interface PageRequest {
  label: string;
  /** A document of app/_gql, sent as the UI sends it: its string. */
  document: { toString(): string };
  variables?: Record<string, unknown>;
  /** A figure to print beside the timing, from the answer (e.g. how many devices matched). */
  describe?: (data: unknown) => string;
}

export interface Timing {
  median: number;
  p95: number;
}

// The first requests warm the query plans and Node's JIT; they are not counted.
const WARMUP = 3;

async function timeRuns(requests: number, once: () => Promise<unknown>): Promise<Timing & { last: unknown }> {
  let last: unknown;
  for (let i = 0; i < WARMUP; i++) last = await once();
  const times: number[] = [];
  for (let i = 0; i < requests; i++) {
    const started = performance.now();
    last = await once();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { median: percentile(times, 0.5), p95: percentile(times, 0.95), last };
}

function line(label: string, timing: Timing, requests: number, extra = ''): string {
  const verdict = timing.p95 <= PAGE_REQUEST_TARGET_MS ? 'within' : 'OVER';
  return `${label}${extra}: median ${milliseconds(timing.median)}, p95 ${milliseconds(timing.p95)} over ${requests} requests (target p95 ≤ ${PAGE_REQUEST_TARGET_MS} ms: ${verdict})`;
}

/** Times each request, then the page's `onOpen` requests sent at once; prints each figure and returns them by label. */
export async function timePage(
  gql: Gql,
  page: { name: string; onOpen: PageRequest[]; more?: PageRequest[] },
  requests: number,
  signal: AbortSignal,
): Promise<Map<string, Timing>> {
  const timings = new Map<string, Timing>();
  // Other work on the machine shows in the figures: say how busy it is as the timing starts.
  print(`load average ${os.loadavg().map((n) => n.toFixed(2)).join(' ')} (${os.cpus().length} cores)`);
  for (const request of [...page.onOpen, ...(page.more ?? [])]) {
    signal.throwIfAborted();
    const timing = await timeRuns(requests, () => gql(request.document.toString(), request.variables ?? {}));
    timings.set(request.label, timing);
    print(line(request.label, timing, requests, request.describe ? ` (${request.describe(timing.last)})` : ''));
  }
  signal.throwIfAborted();
  const whole = await timeRuns(requests, () => Promise.all(page.onOpen.map((request) => gql(request.document.toString(), request.variables ?? {}))));
  const label = `the ${page.name} page's ${page.onOpen.length} requests at once`;
  timings.set(label, whole);
  print(line(label, whole, requests));
  return timings;
}
