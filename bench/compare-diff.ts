/**
 * `tidemark bench compare-diff`: what the compare page costs for a large configuration. The
 * server's part (the unified diff and line counts of `diffBackups`) and the browser's part
 * (reading the diff, pairing changed lines, intra-line highlight: app/_components/diff) are
 * timed on three pairs of texts:
 * - (a) a 300-line access-switch configuration with 24 edited descriptions and two volatile lines;
 * - (b) a configuration of --lines lines with every tenth line edited;
 * - (c) the same configuration rewritten: every line replaced by an unlike one.
 * Times are medians over --runs after one warm-up. "Rows" is what the page renders with three
 * lines of context (unchanged stretches folded) against the whole file. Needs no stack.
 */
import { buildDiffModel, parseUnifiedDiff } from '../app/_components/diff/diff-model.ts';
import { diffTextLines } from '../db/backups/line-diff.ts';
import { milliseconds, percentile, print } from './figures.ts';

export interface CompareDiffOptions {
  lines: number;
  runs: number;
}

interface Case {
  name: string;
  before: string;
  after: string;
  volatile: number[];
}

function accessSwitch(revision: number, clock: string): string {
  const lines = ['!', `! Last configuration change at ${clock} UTC Mon Nov 23 2026 by admin`, `! NVRAM config last updated at ${clock} UTC Mon Nov 23 2026 by admin`, '!', 'version 15.2', 'hostname sw-01', '!'];
  for (let i = 1; i <= 24; i++) lines.push(`interface GigabitEthernet0/${i}`, ` description access port ${i} rev ${revision}`, ' switchport access vlan 10', ' switchport voice vlan 20', ' switchport mode access', ' spanning-tree portfast', '!');
  while (lines.length < 299) lines.push(`ip route 10.${lines.length % 256}.0.0 255.255.0.0 192.0.2.1`);
  lines.push('end');
  return `${lines.join('\n')}\n`;
}

function large(count: number, edit: (line: string, i: number) => string): string {
  const lines: string[] = [];
  for (let i = 0; i < count; i++) lines.push(edit(i % 8 === 0 ? `interface Ethernet1/${i}` : ` description uplink ${i} to core-${i % 40} rev 0`, i));
  return `${lines.join('\n')}\n`;
}

function cases(options: CompareDiffOptions): Case[] {
  const base = large(options.lines, (line) => line);
  return [
    { name: 'a: 300 lines, 24 edits', before: accessSwitch(0, '10:00:01'), after: accessSwitch(1, '10:05:03'), volatile: [2, 3] },
    { name: `b: ${options.lines.toLocaleString('en')} lines, every 10th edited`, before: base, after: large(options.lines, (line, i) => (i % 10 === 1 ? line.replace(/rev 0$/, 'rev 1') : line)), volatile: [] },
    { name: `c: ${options.lines.toLocaleString('en')} lines, all rewritten`, before: base, after: large(options.lines, (_, i) => `ip prefix-list P${i} seq ${i} permit 198.51.${i % 256}.0/24`), volatile: [] },
  ];
}

function median(values: number[]): number {
  return percentile([...values].sort((x, y) => x - y), 0.5);
}

function time<T>(runs: number, work: () => T): { ms: number; result: T } {
  let result = work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    result = work();
    times.push(performance.now() - start);
  }
  return { ms: median(times), result };
}

export async function benchCompareDiff(options: CompareDiffOptions, signal: AbortSignal): Promise<void> {
  print(`compare-diff: medians of ${options.runs} runs`);
  print('case | server: unified diff + counts | browser: read, pair, highlight | changes | rows (folded / whole file)');
  for (const c of cases(options)) {
    signal.throwIfAborted();
    const count = (text: string) => text.split('\n').length - 1;
    const server = time(options.runs, () => diffTextLines(c.before, c.after, { context: 3, fromLabel: 'a', toLabel: 'b' }).unified);
    const browser = time(options.runs, () =>
      buildDiffModel({ hunks: parseUnifiedDiff(server.result), fromVolatile: new Set(c.volatile), toVolatile: new Set(c.volatile), fromLineCount: count(c.before), toLineCount: count(c.after) }),
    );
    const model = browser.result;
    const rows = model.items.reduce((n, item) => n + (item.kind === 'change' ? item.pairs.length : 1), 0);
    const whole = model.items.reduce((n, item) => n + (item.kind === 'change' ? item.pairs.length : item.kind === 'gap' ? item.count : 1), 0);
    print(`${c.name} | ${milliseconds(server.ms)} | ${milliseconds(browser.ms)} | ${model.changeCount.toLocaleString('en')} | ${rows.toLocaleString('en')} / ${whole.toLocaleString('en')}`);
  }
}
