/**
 * `tidemark bench inventory-sync`: a sync of a large inventory from the fake NetBox over HTTPS,
 * through the whole pipeline: the mutation queues the job, `tidemark worker` in a child process
 * reads the pages into staging and applies the plan. It prints how long the preview, the first
 * sync (every device created) and a second sync (nothing changed) took, and the worker's peak RSS.
 */
import type { ChildProcess } from 'node:child_process';
import os from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Logger } from '../infra/log.ts';
import { startFakeNetbox } from '../lab/netbox-server.ts';
import { gigabytes, megabytesFromKb, print, seconds } from './figures.ts';
import { readStatusKb, startWorkerProcess, stopChild } from './fleet.ts';
import { startBenchStack, type Gql } from './stack.ts';

export interface InventorySyncOptions {
  devices: number;
}

const POLL_MS = 250;

interface SyncOutcome {
  status: string;
  readCount: number;
  errorCode: string | null;
  error: string | null;
  durationMs: number | null;
  counts: Record<string, number> | null;
}

export async function benchInventorySync(options: InventorySyncOptions, log: Logger, signal: AbortSignal): Promise<void> {
  print(`inventory-sync benchmark: ${options.devices.toLocaleString('en')} devices in a fake NetBox over HTTPS`);
  print(`machine: ${os.cpus().length} cores, ${gigabytes(os.totalmem())} memory, Node ${process.version}`);
  const stack = await startBenchStack(log, signal);
  const children: ChildProcess[] = [];
  const netbox = await startFakeNetbox({ devices: options.devices });
  try {
    const worker = await startWorkerProcess({ concurrency: 10, cpuProf: undefined }, stack, signal, children);
    const { createInventorySource } = await stack.gql<{ createInventorySource: { id: string } }>(
      `mutation($input: CreateInventorySourceInput!) { createInventorySource(input: $input) { id } }`,
      { input: { name: 'netbox', kind: 'NETBOX', url: netbox.url, token: netbox.token, caBundle: netbox.caPem, tagFields: ['tags', 'role'] } },
    );
    const sourceId = createInventorySource.id;
    for (const [label, mutation] of [
      ['preview', 'previewInventorySync'],
      ['sync 1 (creates)', 'syncInventorySource'],
      ['sync 2 (unchanged)', 'syncInventorySource'],
    ] as const) {
      signal.throwIfAborted();
      const started = Date.now();
      const outcome = await runSync(stack.gql, mutation, sourceId, signal);
      const wall = Date.now() - started;
      if (outcome.status !== 'SUCCEEDED') throw new Error(`${label} failed: ${outcome.errorCode}: ${outcome.error}`);
      const counts = Object.entries(outcome.counts ?? {})
        .filter(([, n]) => n > 0)
        .map(([key, n]) => `${key} ${n.toLocaleString('en')}`)
        .join(', ');
      print(`${label}: ${seconds(wall)} from the mutation to the result (${seconds(outcome.durationMs ?? 0)} in the worker); read ${outcome.readCount.toLocaleString('en')}; ${counts}`);
      print(`  worker RSS now ${megabytesFromKb(readStatusKb(worker.pid!, 'VmRSS'))}, peak so far ${megabytesFromKb(readStatusKb(worker.pid!, 'VmHWM'))}`);
    }
    const [{ n }] = await stack.db.sql<{ n: number }[]>`select count(*)::int as n from devices where source_id = ${sourceId}`;
    print(`devices owned by the source: ${n.toLocaleString('en')}`);
  } finally {
    for (const child of children) await stopChild(child, 10_000);
    await netbox.stop();
    await stack.close();
  }
}

async function runSync(gql: Gql, mutation: 'previewInventorySync' | 'syncInventorySource', sourceId: string, signal: AbortSignal): Promise<SyncOutcome> {
  const queued = await gql<Record<string, { id: string }>>(`mutation($id: ID!) { ${mutation}(sourceId: $id) { id } }`, { id: sourceId });
  for (;;) {
    const { inventorySync } = await gql<{ inventorySync: SyncOutcome }>(
      `query($id: ID!) { inventorySync(id: $id) { status readCount errorCode error durationMs counts { create update unchanged disable delete keep conflicts } } }`,
      { id: queued[mutation].id },
    );
    if (inventorySync.status === 'SUCCEEDED' || inventorySync.status === 'FAILED') return inventorySync;
    await sleep(POLL_MS, undefined, { signal });
  }
}
