/**
 * From rendered command output to a stored text artifact: cleanup, validation,
 * redaction and the comparable form.
 */
import { CollectionError } from '../errors.ts';
import type { CommandStep, NamedPattern, Platform, Redaction } from '../platform.ts';
import type { PagerRule } from './expect.ts';
import type { AbsentArtifact, TextArtifact } from '../types.ts';
import { secretSafetyNet } from '../shared/secrets.ts';

export const redactionMarker = (name: string) => `<redacted:${name}>`;

function matchesLine(rule: NamedPattern, line: string): boolean {
  rule.pattern.lastIndex = 0;
  return rule.pattern.test(line);
}

function dropEcho(lines: string[], command: string): string[] {
  const first = lines.findIndex((line) => line.trim() !== '');
  if (first >= 0 && lines[first].trimEnd().endsWith(command)) return lines.slice(first + 1);
  return lines;
}

/** Each pager's text at the start of a line, where a pager waits; elsewhere it is configuration text. */
const pagerAtLineStart = new WeakMap<PagerRule, RegExp>();
function pagerPattern(pager: PagerRule): RegExp {
  let pattern = pagerAtLineStart.get(pager);
  if (!pattern) pagerAtLineStart.set(pager, (pattern = new RegExp(`^\\s*(?:${pager.prompt.source})\\s*`, pager.prompt.flags.replace('g', ''))));
  return pattern;
}

function removePagerText(lines: string[], platform: Platform): string[] {
  if (platform.pagers.length === 0) return lines;
  const patterns = platform.pagers.map(pagerPattern);
  const result: string[] = [];
  for (const line of lines) {
    let cleaned = line;
    for (const pattern of patterns) cleaned = cleaned.replace(pattern, '');
    if (cleaned !== line && cleaned.trim() === '') continue;
    result.push(cleaned === line ? line : cleaned.trimEnd());
  }
  return result;
}

function trimBlankEdges(lines: string[]): string[] {
  let start = 0;
  let end = lines.length;
  while (start < end && lines[start].trim() === '') start++;
  while (end > start && lines[end - 1].trim() === '') end--;
  return lines.slice(start, end);
}

/** Echo, pager text, noise lines and blank edges removed; the result has no final newline. */
export function cleanOutput(rendered: string, step: CommandStep, platform: Platform, echoed: boolean): string {
  let lines = rendered.replace(/\r/g, '').split('\n');
  if (echoed) lines = dropEcho(lines, step.command);
  lines = removePagerText(lines, platform);
  const noise = [...platform.noise, ...(step.noise ?? [])];
  lines = lines.filter((line) => !noise.some((rule) => matchesLine(rule, line)));
  return trimBlankEdges(lines).join('\n');
}

/** How many lines of an answer error patterns look at: further down is configuration. */
export const answerHeadLines = 5;

/** The first `count` non-blank lines, read without splitting the whole (possibly megabytes long) answer. */
function firstLines(text: string, count: number): string {
  const lines: string[] = [];
  for (let start = 0; start < text.length && lines.length < count; ) {
    const end = text.indexOf('\n', start);
    const line = text.slice(start, end < 0 ? text.length : end);
    if (line.trim() !== '') lines.push(line);
    start = end < 0 ? text.length : end + 1;
  }
  return lines.join('\n');
}

/** The first error pattern that the head of an answer (or an exec channel's stderr) matches. */
function findError(head: string, platform: Platform, stderr: string): { rule: string; line: string } | null {
  head = [stderr.trim(), head].filter(Boolean).join('\n');
  for (const rule of platform.errors) {
    rule.pattern.lastIndex = 0;
    const found = rule.pattern.exec(head);
    if (found) {
      const line = head.slice(head.lastIndexOf('\n', found.index) + 1).split('\n')[0];
      return { rule: rule.name, line: line.trim().slice(0, 200) };
    }
  }
  return null;
}

export type StepAnswer = { artifact: TextArtifact; absent?: never } | { absent: AbsentArtifact; artifact?: never };

/**
 * What one command's answer means. The prompt came back, so the answer is complete as far as
 * the session goes: an empty answer is an answer. An optional artifact that is empty, an error,
 * declared absent or without its closing line is absent; a required one fails the device.
 */
export function interpretAnswer(
  cleaned: string,
  step: CommandStep,
  platform: Platform,
  keepSecrets: boolean,
  stderr = '',
): StepAnswer {
  const absent = (reason: string): StepAnswer => ({ absent: { artifact: step.artifact, reason } });
  const head = firstLines(cleaned, answerHeadLines);
  const firstLine = head.split('\n', 1)[0].trim().slice(0, 200);
  const error = findError(head, platform, stderr);
  if (error) {
    if (step.optional) return absent(`"${step.command}" answered ${error.line}`);
    throw new CollectionError('COMMAND_FAILED', `"${step.command}" failed (${error.rule}): ${error.line}`);
  }
  const empty = cleaned.trim() === '';
  if (empty && step.optional) return absent(`"${step.command}" returned nothing`);
  const declared = step.absentWhen?.some((rule) => matchesLine(rule, head));
  if (declared && step.optional) return absent(firstLine);
  if (step.completeWhen) {
    step.completeWhen.pattern.lastIndex = 0;
    if (!step.completeWhen.pattern.test(cleaned)) {
      if (step.optional) return absent(`"${step.command}" answered without its ${step.completeWhen.name}: ${firstLine}`);
      // Nothing at all is an answer (the device has nothing to give), not a transfer cut short.
      if (empty) throw new CollectionError('COMMAND_FAILED', `"${step.command}" returned nothing`);
      throw new CollectionError('OUTPUT_INVALID', `"${step.command}" output cut short: missing ${step.completeWhen.name}`);
    }
  }
  return { artifact: toTextArtifact(cleaned, step, platform, keepSecrets) };
}

/** Each rule's pattern with the flags masking needs (global, multiline, match indices), compiled once. */
const maskingPatterns = new WeakMap<NamedPattern, RegExp>();
function maskingPattern(rule: NamedPattern): RegExp {
  let pattern = maskingPatterns.get(rule);
  if (!pattern) maskingPatterns.set(rule, (pattern = new RegExp(rule.pattern.source, withFlags(rule.pattern.flags, 'gmd'))));
  return pattern;
}

/** Replaces the `secret` group of every match of the rules with a marker; a marker already there stays. */
function maskSecrets(text: string, rules: readonly Redaction[], marker: (name: string) => string): { text: string; applied: string[] } {
  const applied: string[] = [];
  let result = text;
  for (const rule of rules) {
    if (rule.requires && !rule.requires.test(result)) continue;
    let replaced = '';
    let last = 0;
    // exec on the compiled pattern: matchAll would copy the pattern for every text and rule.
    const pattern = maskingPattern(rule);
    pattern.lastIndex = 0;
    for (let match = pattern.exec(result); match; match = pattern.exec(result)) {
      if (match[0] === '') pattern.lastIndex++;
      const span = match.indices?.groups?.secret;
      if (!span || span[0] === span[1] || span[0] < last) continue;
      if (result.startsWith('<redacted:', span[0]) || result.startsWith('<resalted:', span[0])) continue;
      replaced += result.slice(last, span[0]) + marker(rule.name);
      last = span[1];
    }
    if (last > 0) {
      result = replaced + result.slice(last);
      if (!applied.includes(rule.name)) applied.push(rule.name);
    }
  }
  return { text: result, applied };
}

/**
 * Replaces the `secret` group of every redaction match with a named marker: the platform's
 * rules first, then the cross-platform safety net for values after secret-like keywords.
 */
export function redactSecrets(text: string, platform: Platform): { text: string; applied: string[] } {
  const plain = platform.plainLines;
  if (!plain?.length) return maskSecrets(text, [...platform.redactions, ...secretSafetyNet], redactionMarker);
  const own = maskSecrets(text, platform.redactions, redactionMarker);
  // The platform's plain lines sit out the safety net as placeholder lines, then come back.
  const held: string[] = [];
  const kept = own.text
    .split('\n')
    .map((line) => (plain.some((rule) => matchesLine(rule, line)) ? (held.push(line), plainLinePlaceholder) : line))
    .join('\n');
  const net = maskSecrets(kept, secretSafetyNet, redactionMarker);
  const applied = [...own.applied, ...net.applied.filter((name) => !own.applied.includes(name))];
  if (held.length === 0) return { text: net.text, applied };
  const lines = net.text.split('\n');
  const placeholders = lines.filter((line) => line === plainLinePlaceholder).length;
  // A safety-net match that spanned a placeholder swallowed it: then no line is held out.
  if (placeholders !== held.length) return maskSecrets(text, [...platform.redactions, ...secretSafetyNet], redactionMarker);
  let next = 0;
  return { text: lines.map((line) => (line === plainLinePlaceholder ? held[next++] : line)).join('\n'), applied };
}

/** Stands for a plain line while the safety net runs: no rule matches it, no configuration holds it. */
const plainLinePlaceholder = '\u0000plain line\u0000';

function withFlags(flags: string, required: string): string {
  return [...new Set([...flags, ...required])].join('');
}

/** Whether change detection leaves this line out: it changes on every fetch (a clock, a counter). */
export function isVolatileLine(line: string, platform: Platform): boolean {
  return platform.volatile.some((rule) => matchesLine(rule, line));
}

/**
 * The text change detection compares: content without volatile lines, and with the values the
 * device re-salts on every fetch (FortiOS ENC) masked, so they never make a version by themselves.
 */
export function comparableText(content: string, platform: Platform): string {
  const stable = content
    .split('\n')
    .filter((line) => !isVolatileLine(line, platform))
    .join('\n');
  return platform.resalted?.length ? maskSecrets(stable, platform.resalted, (name) => `<resalted:${name}>`).text : stable;
}

export function toTextArtifact(cleaned: string, step: CommandStep, platform: Platform, keepSecrets: boolean): TextArtifact {
  const { text, applied } = keepSecrets ? { text: cleaned, applied: [] } : redactSecrets(cleaned, platform);
  const content = `${text}\n`;
  return {
    artifact: step.artifact,
    isBinary: false,
    content,
    comparable: comparableText(content, platform),
    redactions: applied,
  };
}
