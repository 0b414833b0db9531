/**
 * The clients of `tidemark bench load` in a process of their own, so the web server's latency,
 * memory and CPU are not mixed with theirs: GraphQL readers over HTTP paging through the device
 * list, and `runUpdates` subscribers over graphql-ws on the same port.
 *
 *   node --import tsx bench/load-clients.ts '{"apiUrl":"http://127.0.0.1:…","token":"…",…}'
 *
 * Protocol with the parent, one JSON line each on stdout: `{"ready":true}` once every subscriber
 * is connected; `{"readers":…}` when the readers' time is up. The parent then writes one JSON line
 * on stdin, `{"runIds":[…]}`: the subscribers wait (a while at most) until each has seen every
 * one of those runs finish, and the last line is `{"subscribers":…}`. A closed stdin, SIGTERM or
 * SIGINT ends the process at once.
 */
import readline from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { z } from 'zod';

const optionsSchema = z.object({
  apiUrl: z.string().url(),
  token: z.string().min(1),
  readers: z.number().int().min(0),
  subscribers: z.number().int().min(0),
  seconds: z.number().positive(),
  pageSize: z.number().int().min(1).max(500),
});

export type LoadClientsOptions = z.input<typeof optionsSchema>;

/** The reader's query: the device list page of the review's load test. */
const devicesQuery = `query($first: Int!, $after: String) {
  devices(first: $first, after: $after, sort: { field: NAME }) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { id name host lastStatus credentialSets { name } repository { name } }
  }
}`;

const runUpdatesQuery = 'subscription { runUpdates { runId seq type } }';

/** How long subscribers may take, after the parent's word, to see the last run finish. */
const SUBSCRIBERS_DRAIN_MS = 15_000;
/** Error messages kept for the report; the count covers all of them. */
const KEPT_ERRORS = 5;

export interface ReadersReport {
  requests: number;
  errors: number;
  firstErrors: string[];
  /** Milliseconds, sorted. */
  latencies: number[];
  elapsedMs: number;
  /** Passes through the whole list, summed over the readers. */
  fullPasses: number;
  totalCount: number;
}

export interface SubscriberReport {
  events: number;
  /** Seq numbers a run's events skipped (a later seq arrived before an earlier one, or never it). */
  gaps: number;
  /** Events that came again or out of order. */
  repeats: number;
  errors: string[];
  /** The connection closed while the subscription was meant to go on. */
  disconnects: number;
  /** The runs whose run-finished event it received. */
  finishedRuns: string[];
}

async function runReaders(options: z.infer<typeof optionsSchema>, stopAt: number): Promise<ReadersReport> {
  const report: ReadersReport = { requests: 0, errors: 0, firstErrors: [], latencies: [], elapsedMs: 0, fullPasses: 0, totalCount: 0 };
  const started = performance.now();
  const failed = (message: string) => {
    report.errors += 1;
    if (report.firstErrors.length < KEPT_ERRORS) report.firstErrors.push(message);
  };
  const reader = async () => {
    let after: string | null = null;
    while (Date.now() < stopAt) {
      const begun = performance.now();
      try {
        const response = await fetch(`${options.apiUrl}/api/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${options.token}` },
          body: JSON.stringify({ query: devicesQuery, variables: { first: options.pageSize, after } }),
        });
        const body = (await response.json()) as {
          data?: { devices: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };
          errors?: { message: string; extensions?: { code?: string } }[];
        };
        report.latencies.push(performance.now() - begun);
        report.requests += 1;
        if (!response.ok || body.errors?.length || !body.data) {
          failed(`HTTP ${response.status}: ${body.errors?.map((e) => `${e.extensions?.code ?? ''} ${e.message}`).join('; ') ?? 'no data'}`);
          after = null;
          continue;
        }
        const { totalCount, pageInfo } = body.data.devices;
        report.totalCount = totalCount;
        if (pageInfo.hasNextPage) after = pageInfo.endCursor;
        else {
          after = null;
          report.fullPasses += 1;
        }
      } catch (error) {
        report.latencies.push(performance.now() - begun);
        report.requests += 1;
        failed((error as Error).message);
        after = null;
      }
    }
  };
  await Promise.all(Array.from({ length: options.readers }, reader));
  report.elapsedMs = performance.now() - started;
  report.latencies.sort((a, b) => a - b);
  return report;
}

interface Subscriber {
  client: Client;
  report: SubscriberReport;
  connected: Promise<void>;
  /** Resolves once the subscriber has seen each of `runIds` finish. */
  sawFinished(runIds: string[]): Promise<void>;
  close(): Promise<void>;
}

function subscribe(options: z.infer<typeof optionsSchema>): Subscriber {
  const report: SubscriberReport = { events: 0, gaps: 0, repeats: 0, errors: [], disconnects: 0, finishedRuns: [] };
  let closing = false;
  let onConnected!: () => void;
  const connected = new Promise<void>((resolve) => (onConnected = resolve));
  const client = createClient({
    url: `${options.apiUrl.replace(/^http/, 'ws')}/api/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${options.token}` },
    retryAttempts: 0,
    lazy: false,
    on: {
      connected: () => onConnected(),
      closed: () => {
        if (!closing) report.disconnects += 1;
      },
    },
  });
  const lastSeq = new Map<string, number>();
  const finishedWaiters = new Set<() => void>();
  const dispose = client.subscribe<{ runUpdates: { runId: string; seq: number; type: string } }>(
    { query: runUpdatesQuery },
    {
      next: (result) => {
        if (result.errors?.length) {
          report.errors.push(result.errors.map((e) => e.message).join('; '));
          return;
        }
        const event = result.data!.runUpdates;
        report.events += 1;
        // A run that started after the subscription began is seen from its first event (seq 1).
        const previous = lastSeq.get(event.runId) ?? 0;
        if (event.seq <= previous) report.repeats += 1;
        else {
          report.gaps += event.seq - previous - 1;
          lastSeq.set(event.runId, event.seq);
        }
        if (event.type === 'run-finished') {
          report.finishedRuns.push(event.runId);
          for (const wake of finishedWaiters) wake();
        }
      },
      error: (error) => {
        if (!closing) report.errors.push(error instanceof Error ? error.message : JSON.stringify(error));
      },
      complete: () => {
        if (!closing) report.disconnects += 1;
      },
    },
  );
  return {
    client,
    report,
    connected,
    sawFinished: async (runIds) => {
      while (!runIds.every((id) => report.finishedRuns.includes(id))) {
        await new Promise<void>((resolve) => {
          finishedWaiters.add(resolve);
        });
        finishedWaiters.clear();
      }
    },
    close: async () => {
      closing = true;
      dispose();
      await client.dispose();
    },
  };
}

function send(message: unknown): void {
  process.stdout.write(`${JSON.stringify(message)}\n`);
}

async function main(): Promise<void> {
  const options = optionsSchema.parse(JSON.parse(process.argv[2] ?? '{}'));
  const input = readline.createInterface({ input: process.stdin });
  const lines = input[Symbol.asyncIterator]();
  // The parent gone (stdin closed) or a signal: nothing is left to report to.
  input.once('close', () => process.exit(0));
  process.once('SIGTERM', () => process.exit(0));
  process.once('SIGINT', () => process.exit(0));

  const subscribers = Array.from({ length: options.subscribers }, () => subscribe(options));
  await Promise.all(subscribers.map((s) => s.connected));
  send({ ready: true });

  send({ readers: await runReaders(options, Date.now() + options.seconds * 1000) });

  const next = await lines.next();
  const { runIds } = z.object({ runIds: z.array(z.string()) }).parse(JSON.parse(next.value ?? '{"runIds":[]}'));
  await Promise.race([Promise.all(subscribers.map((s) => s.sawFinished(runIds))), sleep(SUBSCRIBERS_DRAIN_MS)]);
  await Promise.all(subscribers.map((s) => s.close()));
  send({ subscribers: subscribers.map((s) => s.report) });
  input.removeAllListeners('close');
  input.close();
}

main().catch((error: Error) => {
  process.stderr.write(`load clients: ${error.stack ?? error.message}\n`);
  process.exit(1);
});
