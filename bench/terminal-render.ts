/**
 * `tidemark bench terminal-render`: the hand-written terminal renderer
 * (plugins/runtime/terminal-text.ts) against @xterm/headless, on the same inputs:
 * - (a) every answer of the recorded sessions (plugins/recordings/oxidized/*#simulation.yaml);
 * - (b) a fleet's worth of configurations: 1,000 Cisco configurations of about 300 lines, as a
 *   PTY shell sends them (CR LF, a "--More--" pager every 23 lines erased with backspaces);
 * - (c) one 5 MB configuration sent the same way;
 * - (d) the check ChannelReader makes on every chunk: a 2 MB answer in 32 KiB chunks, the last
 *   line rendered after each one; then, as when the prompt comes, the whole text once more.
 *
 * xterm gets a Terminal per answer, like a session would, as wide as the PTY Tidemark asks for
 * (511 columns; longer lines wrap and are joined again) and with scrollback for the whole answer.
 * Times are medians over --runs renders after one warm-up; memory is measured in a child process
 * per renderer and input, so one's peak cannot hide the other's. Needs no stack.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { basename, join } from 'node:path';
import v8 from 'node:v8';
import xterm from '@xterm/headless';
import { projectRoot } from '../infra/project-root.ts';
import { listRecordings, parseRecording } from '../lab/recording.ts';
import { renderLastLine, renderTerminalText } from '../plugins/runtime/terminal-text.ts';
import { gigabytes, percentile, print } from './figures.ts';

// @xterm/headless is CommonJS; Node cannot name its exports statically.
const { Terminal } = xterm;
type XtermTerminal = InstanceType<typeof Terminal>;

export interface TerminalRenderOptions {
  /** Timed renders per input and renderer; the median is shown. */
  runs: number;
  /** xterm's width. */
  cols: number;
  /** Which of a, b, c, d to run. */
  inputs: ('a' | 'b' | 'c' | 'd')[];
}

const recordingsDir = join(projectRoot, 'plugins', 'recordings', 'oxidized');

// ---------------------------------------------------------------------------------------------
// Inputs

/** Answers rendered whole (a, b, c), or one answer arriving in chunks (d). */
type Input =
  | { kind: 'answers'; label: string; answers: { name: string; raw: string }[] }
  | { kind: 'chunks'; label: string; chunks: string[]; thenWhole: boolean };

type InputId = 'recordings' | 'fleet' | 'large' | 'chunks' | 'chunks-whole';
const inputIds: InputId[] = ['recordings', 'fleet', 'large', 'chunks', 'chunks-whole'];
const inputLetters: Record<InputId, TerminalRenderOptions['inputs'][number]> = { recordings: 'a', fleet: 'b', large: 'c', chunks: 'd', 'chunks-whole': 'd' };

const pager = { prompt: ' --More-- ', erase: '\b'.repeat(10) + ' '.repeat(10) + '\b'.repeat(10), lines: 23 };

/** A Cisco IOS switch configuration; 48 ports make about 300 lines. */
function ciscoConfig(device: number, ports = 48): string[] {
  const net = `10.${(device >> 8) & 255}.${device & 255}`;
  const lines = [
    'Building configuration...', '', `Current configuration : ${14_000 + device} bytes`, '!',
    `! Last configuration change at 09:${String(device % 60).padStart(2, '0')}:12 UTC Mon Mar 3 2025 by admin`, '!',
    'version 15.2', 'service timestamps debug datetime msec', 'service timestamps log datetime msec', 'service password-encryption', '!',
    `hostname sw-${String(device).padStart(4, '0')}`, '!', 'boot-start-marker', 'boot-end-marker', '!', 'logging buffered 64000',
    'enable secret 5 $1$mERr$9cTjUIEqNGurQiFU.ZeCi1', '!', 'username admin privilege 15 secret 5 $1$pdQG$o8nrSzsGXeaduXrjlvKc91',
    'aaa new-model', '!', 'aaa authentication login default group tacacs+ local', 'aaa authorization exec default group tacacs+ local', '!',
    'clock timezone UTC 0 0', 'ip domain name lab.example.net', 'ip name-server 10.0.0.53', '!',
    'spanning-tree mode rapid-pvst', 'spanning-tree extend system-id', '!',
    'vlan 10', ' name users', 'vlan 20', ' name voice', 'vlan 99', ' name management', '!',
  ];
  for (let port = 1; port <= ports; port++) {
    const name = ports > 48 ? `GigabitEthernet${1 + Math.floor((port - 1) / 48)}/0/${1 + ((port - 1) % 48)}` : `GigabitEthernet1/0/${port}`;
    lines.push(`interface ${name}`, ` description access port ${port} desk ${(device * 7 + port) % 400}`, ' switchport access vlan 10', ' switchport voice vlan 20', ' switchport mode access', ' spanning-tree portfast', '!');
  }
  lines.push(
    'interface Vlan99', ' description management', ` ip address ${net}.1 255.255.255.0`, '!',
    'ip default-gateway 10.0.0.1', 'ip ssh version 2', '!', `snmp-server community ops-${device} RO`, 'snmp-server location lab', '!',
    'line con 0', ' exec-timeout 15 0', 'line vty 0 4', ' transport input ssh', 'line vty 5 15', ' transport input ssh', '!',
    'ntp server 10.0.0.123', 'end', '',
  );
  return lines;
}

/** What a PTY shell sends for `show running-config` with paging on, as the lab's ShellPlayer writes it. */
function shellSession(hostname: string, lines: string[]): string {
  const parts = [`${hostname}#show running-config\r\n`];
  for (let start = 0; start < lines.length; start += pager.lines) {
    if (start > 0) parts.push(pager.prompt, pager.erase);
    for (const line of lines.slice(start, start + pager.lines)) parts.push(line, '\r\n');
  }
  parts.push(`${hostname}#`);
  return parts.join('');
}

/** A configuration session of at least this many characters, built once (its peak memory is not the render's). */
function sessionOfSize(chars: number): string {
  const size = (ports: number) => ciscoConfig(0, ports).reduce((sum, line) => sum + line.length + 2, 0);
  const perPort = (size(96) - size(48)) / 48;
  const ports = Math.ceil(48 + (chars - size(48)) / perPort);
  return shellSession('core-1', ciscoConfig(0, ports));
}

function recordedAnswers(): { name: string; raw: string }[] {
  return listRecordings([recordingsDir])
    .filter((file) => file.kind === 'simulation')
    .flatMap((file) => {
      const name = basename(file.file).replace(/#simulation\.yaml$/, '');
      const recording = parseRecording(readFileSync(file.file, 'latin1'), basename(file.file));
      return recording.commands.map(({ command, answer }) => ({ name: `${name} ${JSON.stringify(command.trimEnd())}`, raw: answer }));
    });
}

function buildInput(id: InputId): Input {
  switch (id) {
    case 'recordings': {
      const answers = recordedAnswers();
      return { kind: 'answers', label: `(a) ${answers.length} recorded answers`, answers };
    }
    case 'fleet': {
      const answers = Array.from({ length: 1000 }, (_, i) => {
        const hostname = `sw-${String(i).padStart(4, '0')}`;
        return { name: hostname, raw: shellSession(hostname, ciscoConfig(i)) };
      });
      return { kind: 'answers', label: '(b) 1,000 configurations', answers };
    }
    case 'large':
      return { kind: 'answers', label: '(c) one 5 MB configuration', answers: [{ name: 'core-1', raw: sessionOfSize(5 * 1024 * 1024) }] };
    case 'chunks':
    case 'chunks-whole': {
      const raw = sessionOfSize(2 * 1024 * 1024);
      const chunks: string[] = [];
      for (let at = 0; at < raw.length; at += 32 * 1024) chunks.push(raw.slice(at, at + 32 * 1024));
      return id === 'chunks'
        ? { kind: 'chunks', label: '(d) 32 KiB chunks, last line after each', chunks, thenWhole: false }
        : { kind: 'chunks', label: "(d') the same, then the whole text", chunks, thenWhole: true };
    }
  }
}

function inputChars(input: Input): number {
  const parts = input.kind === 'answers' ? input.answers.map((answer) => answer.raw) : input.chunks;
  return parts.reduce((sum, part) => sum + part.length, 0);
}

// ---------------------------------------------------------------------------------------------
// Renderers

/** Per answer its lines; for chunks, the last line after each chunk (and the whole text's lines). */
type Rendered = string[][];

type RendererName = 'hand' | 'xterm';

function renderByHand(input: Input): Rendered {
  if (input.kind === 'answers') return input.answers.map((answer) => renderTerminalText(answer.raw).split('\n'));
  let raw = '';
  const lastLines: string[] = [];
  for (const chunk of input.chunks) {
    raw += chunk;
    lastLines.push(renderLastLine(raw));
  }
  return input.thenWhole ? [lastLines, renderTerminalText(raw).split('\n')] : [lastLines];
}

/** Lines a raw text can make: LF, next line (ESC E) and insert line (ESC [ n L). */
function countLines(raw: string): number {
  let lines = 1;
  for (let at = raw.indexOf('\n'); at >= 0; at = raw.indexOf('\n', at + 1)) lines++;
  return lines + (raw.match(/\x1bE|\x1b\[\d*L/g)?.length ?? 0);
}

/**
 * A terminal the size of Tidemark's PTY. convertEol stays off as on a real terminal, where the
 * device's tty turns LF into CR LF; recorded answers without CRs are checked with it on as well.
 */
function openTerminal(cols: number, lines: number, convertEol: boolean): XtermTerminal {
  // Reading the buffer is a proposed API in @xterm/headless.
  return new Terminal({ cols, rows: 24, scrollback: lines, convertEol, allowProposedApi: true });
}

function write(terminal: XtermTerminal, data: string): Promise<void> {
  return new Promise((resolve) => terminal.write(data, resolve));
}

/** The logical line that buffer row `row` belongs to, wrapped rows joined, from its first row. */
function logicalLine(terminal: XtermTerminal, row: number): string {
  const buffer = terminal.buffer.active;
  let first = row;
  while (first > 0 && buffer.getLine(first)?.isWrapped) first--;
  let text = '';
  for (let at = first; at <= row; at++) text += buffer.getLine(at)!.translateToString(at === row);
  return text;
}

/** Every line down to the cursor (or the last row written below it), wrapped rows joined. */
function allLines(terminal: XtermTerminal): string[] {
  const buffer = terminal.buffer.active;
  let last = buffer.baseY + buffer.cursorY;
  for (let row = buffer.length - 1; row > last; row--) {
    if (buffer.getLine(row)!.translateToString(true) !== '') {
      last = row;
      break;
    }
  }
  const lines: string[] = [];
  for (let row = 0; row <= last; row++) {
    const line = buffer.getLine(row)!;
    const next = buffer.getLine(row + 1);
    // A row that continues on the next one is full: trimming it would drop real spaces.
    const text = line.translateToString(!(next?.isWrapped && row < last));
    if (line.isWrapped && lines.length > 0) lines[lines.length - 1] += text;
    else lines.push(text);
  }
  return lines;
}

async function renderWithXterm(input: Input, cols: number, convertEol = false): Promise<Rendered> {
  if (input.kind === 'answers') {
    const rendered: Rendered = [];
    for (const answer of input.answers) {
      const terminal = openTerminal(cols, countLines(answer.raw), convertEol);
      try {
        await write(terminal, answer.raw);
        rendered.push(allLines(terminal));
      } finally {
        terminal.dispose();
      }
    }
    return rendered;
  }
  const terminal = openTerminal(cols, countLines(input.chunks.join('')), convertEol);
  try {
    const lastLines: string[] = [];
    for (const chunk of input.chunks) {
      await write(terminal, chunk);
      const buffer = terminal.buffer.active;
      lastLines.push(logicalLine(terminal, buffer.baseY + buffer.cursorY));
    }
    return input.thenWhole ? [lastLines, allLines(terminal)] : [lastLines];
  } finally {
    terminal.dispose();
  }
}

function render(renderer: RendererName, input: Input, cols: number): Promise<Rendered> {
  return renderer === 'hand' ? Promise.resolve(renderByHand(input)) : renderWithXterm(input, cols);
}

// ---------------------------------------------------------------------------------------------
// Agreement

interface Difference {
  /** 1-based line (or chunk) number of the first difference. */
  line: number;
  differing: number;
  hand: string;
  xterm: string;
}

/**
 * How xterm's text compares with the hand-written renderer's, trailing spaces aside: the same;
 * different only by tabs (xterm shows a tab as the spaces up to the next tab stop, Tidemark keeps
 * it); different only because the answer has LFs without CRs (the same with convertEol on); or
 * different.
 */
type Verdict = 'same' | 'tabs' | 'line feeds' | 'different';

interface Agreement {
  name: string;
  verdict: Verdict;
  difference?: Difference;
}

function expandTabs(line: string): string {
  let out = '';
  for (const char of line) out += char === '\t' ? ' '.repeat(8 - (out.length % 8)) : char;
  return out;
}

function firstDifference(hand: string[], xtermLines: string[], tabsExpanded: boolean): Difference | undefined {
  const a = hand.map((line) => (tabsExpanded ? expandTabs(line) : line).trimEnd());
  const b = xtermLines.map((line) => line.trimEnd());
  let first = -1;
  let differing = 0;
  for (let line = 0; line < Math.max(a.length, b.length); line++) {
    if (a[line] === b[line]) continue;
    differing++;
    if (first < 0) first = line;
  }
  if (first < 0) return undefined;
  return { line: first + 1, differing, hand: hand[first]?.trimEnd() ?? '(no line)', xterm: b[first] ?? '(no line)' };
}

async function checkAgreement(input: Input, hand: Rendered, cols: number): Promise<Agreement[]> {
  const names = namesOf(input);
  const plain = await renderWithXterm(input, cols);
  let converted: Rendered | undefined;
  const agreements: Agreement[] = [];
  for (let index = 0; index < hand.length; index++) {
    const name = names[index];
    if (!firstDifference(hand[index], plain[index], false)) {
      agreements.push({ name, verdict: 'same' });
    } else if (!firstDifference(hand[index], plain[index], true)) {
      agreements.push({ name, verdict: 'tabs' });
    } else {
      converted ??= await renderWithXterm(input, cols, true);
      const difference = firstDifference(hand[index], converted[index], true);
      agreements.push(difference ? { name, verdict: 'different', difference } : { name, verdict: 'line feeds' });
    }
  }
  return agreements;
}

function namesOf(input: Input): string[] {
  if (input.kind === 'answers') return input.answers.map((answer) => answer.name);
  return input.thenWhole ? ['last line after each chunk', 'whole text'] : ['last line after each chunk'];
}

// ---------------------------------------------------------------------------------------------
// Measuring

interface Timing {
  wallMs: number;
  cpuMs: number;
}

async function time(renderer: RendererName, input: Input, options: TerminalRenderOptions, signal: AbortSignal): Promise<Timing> {
  await render(renderer, input, options.cols);
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let run = 0; run < options.runs; run++) {
    signal.throwIfAborted();
    const cpu = process.cpuUsage();
    const started = performance.now();
    await render(renderer, input, options.cols);
    walls.push(performance.now() - started);
    const used = process.cpuUsage(cpu);
    cpus.push((used.user + used.system) / 1000);
  }
  return { wallMs: percentile(walls.sort((a, b) => a - b), 0.5), cpuMs: percentile(cpus.sort((a, b) => a - b), 0.5) };
}

interface Memory {
  /** Highest JS heap + external memory (xterm keeps its cells in typed arrays) above the start. */
  peakHeapBytes: number;
  /** Peak RSS above the RSS before rendering; `bounded` when the peak stayed under an earlier one. */
  peakRssBytes: number;
  bounded: boolean;
}

/**
 * This process's peak RSS. getrusage's maxRSS survives exec on Linux, so a child would start with
 * its parent's peak; the kernel's VmHWM belongs to this process image alone.
 */
function peakRss(): number {
  const kb = /^VmHWM:\s*(\d+) kB/m.exec(readFileSync('/proc/self/status', 'utf8'))?.[1];
  return kb ? Number(kb) * 1024 : process.resourceUsage().maxRSS * 1024;
}

const heapAndExternal = (stats: { usedHeapSize: number; externalMemory: number }) => stats.usedHeapSize + stats.externalMemory;

/**
 * Entry of the child process that measures one render's memory (see measureMemory). Prints the
 * figures as one JSON line.
 */
export async function measureRenderMemory(id: InputId, renderer: RendererName, cols: number): Promise<void> {
  const input = buildInput(id);
  const gc = (globalThis as { gc?: () => void }).gc!;
  gc();
  const before = v8.getHeapStatistics();
  const rssBefore = process.memoryUsage.rss();
  const maxRssBefore = peakRss();
  const profiler = new v8.GCProfiler();
  profiler.start();
  const rendered = await render(renderer, input, cols);
  const after = v8.getHeapStatistics();
  const profile = profiler.stop();
  const maxRssAfter = peakRss();
  const peakHeap = Math.max(
    after.used_heap_size + after.external_memory,
    ...profile.statistics.map((gcEvent: { beforeGC: { heapStatistics: { usedHeapSize: number; externalMemory: number } } }) => heapAndExternal(gcEvent.beforeGC.heapStatistics)),
  );
  const memory: Memory = {
    peakHeapBytes: peakHeap - (before.used_heap_size + before.external_memory),
    peakRssBytes: maxRssAfter - rssBefore,
    bounded: maxRssAfter === maxRssBefore,
  };
  process.stdout.write(`${JSON.stringify({ ...memory, lines: rendered.length })}\n`);
}

/** One render of one input in a fresh Node process, so the peaks are this render's own. */
function measureMemory(id: InputId, renderer: RendererName, cols: number, signal: AbortSignal): Promise<Memory> {
  const script = `const { measureRenderMemory } = await import(${JSON.stringify(import.meta.url)});
await measureRenderMemory(${JSON.stringify(id)}, ${JSON.stringify(renderer)}, ${cols});`;
  const child = spawn(process.execPath, ['--import', 'tsx', '--expose-gc', '--input-type=module', '-e', script], {
    cwd: projectRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
    signal,
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code === 0) resolve(JSON.parse(stdout.trim().split('\n').pop()!) as Memory);
      else reject(new Error(`memory measurement of ${renderer} on ${id} exited with ${code}:\n${stderr.slice(-2000)}`));
    });
  });
}

// ---------------------------------------------------------------------------------------------
// Report

const megabytes = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(1)} MB`;
const ms = (value: number) => (value >= 100 ? `${value.toFixed(0)} ms` : `${value.toFixed(2)} ms`);

function row(cells: string[]): string {
  const widths = [50, 8, 10, 10, 8, 12, 12, 10];
  return cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join(' ');
}

function agreementCell(agreements: Agreement[]): string {
  if (agreements.every((agreement) => agreement.verdict === 'same')) return 'yes';
  const different = agreements.filter((agreement) => agreement.verdict === 'different').length;
  return different === 0 ? 'see below' : `no (${different})`;
}

function printAgreement(agreements: Agreement[], limit = 12): void {
  if (agreements.every((agreement) => agreement.verdict === 'same')) return;
  const count = (verdict: Verdict) => agreements.filter((agreement) => agreement.verdict === verdict).length;
  print(`    of ${agreements.length}: ${count('same')} the same, ${count('tabs')} different only by tabs, ${count('line feeds')} only by LFs without CR (the same with convertEol), ${count('different')} different:`);
  const different = agreements.filter((agreement) => agreement.verdict === 'different');
  for (const { name, difference } of different.slice(0, limit)) {
    print(`    ${name}: ${difference!.differing} line(s) differ, first at line ${difference!.line}`);
    print(`      hand:  ${JSON.stringify(difference!.hand)}`);
    print(`      xterm: ${JSON.stringify(difference!.xterm)}`);
  }
  if (different.length > limit) print(`    … and ${different.length - limit} more`);
}

export async function benchTerminalRender(options: TerminalRenderOptions, signal: AbortSignal): Promise<void> {
  const xtermVersion = (JSON.parse(readFileSync(join(projectRoot, 'node_modules', '@xterm', 'headless', 'package.json'), 'utf8')) as { version: string }).version;
  print(`terminal-render benchmark: hand-written renderer vs @xterm/headless ${xtermVersion} (${options.cols} columns); median of ${options.runs} renders`);
  print(`machine: ${os.cpus().length} cores (${os.cpus()[0]?.model.trim() ?? 'unknown'}), ${gigabytes(os.totalmem())} memory, Node ${process.version}`);
  print('memory: peak above the start of one render, in a process of its own; heap = JS heap + external (typed arrays)');
  print('');
  print(row(['input', 'renderer', 'time', 'CPU', 'MB/s', 'peak heap Δ', 'peak RSS Δ', 'agree']));

  for (const id of inputIds.filter((candidate) => options.inputs.includes(inputLetters[candidate]))) {
    signal.throwIfAborted();
    const input = buildInput(id);
    const size = inputChars(input);
    const agreements = await checkAgreement(input, renderByHand(input), options.cols);
    for (const renderer of ['hand', 'xterm'] as const) {
      const timing = await time(renderer, input, options, signal);
      const memory = await measureMemory(id, renderer, options.cols, signal);
      print(row([
        renderer === 'hand' ? `${input.label} (${megabytes(size)})` : '',
        renderer,
        ms(timing.wallMs),
        ms(timing.cpuMs),
        (size / 1024 ** 2 / (timing.wallMs / 1000)).toFixed(1),
        megabytes(memory.peakHeapBytes),
        `${memory.bounded ? '≤ ' : ''}${megabytes(memory.peakRssBytes)}`,
        renderer === 'xterm' ? agreementCell(agreements) : '',
      ]));
    }
    printAgreement(agreements);
  }
}
