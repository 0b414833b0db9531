/**
 * From rendered command output to a stored text artifact: cleanup, validation,
 * redaction and the comparable form.
 */
import { CollectionError } from '../errors.ts';
import type { CommandStep, NamedPattern, Platform } from '../platform.ts';
import type { PagerRule } from './expect.ts';
import type { TextArtifact } from '../types.ts';

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

/** Fails the collection when the output is an error, empty or cut short. */
export function validateOutput(cleaned: string, step: CommandStep, platform: Platform): void {
  for (const rule of platform.errors) {
    rule.pattern.lastIndex = 0;
    const found = rule.pattern.exec(cleaned);
    if (found) {
      const line = cleaned.slice(cleaned.lastIndexOf('\n', found.index) + 1).split('\n')[0];
      throw new CollectionError('COMMAND_FAILED', `"${step.command}" failed (${rule.name}): ${line.slice(0, 200)}`);
    }
  }
  if (cleaned.trim() === '') {
    throw new CollectionError('OUTPUT_INVALID', `"${step.command}" returned empty output`);
  }
  if (step.completeWhen) {
    step.completeWhen.pattern.lastIndex = 0;
    if (!step.completeWhen.pattern.test(cleaned)) {
      throw new CollectionError('OUTPUT_INVALID', `"${step.command}" output cut short: missing ${step.completeWhen.name}`);
    }
  }
}

/** Replaces the `secret` group of every redaction match with a named marker. */
export function redactSecrets(text: string, platform: Platform): { text: string; applied: string[] } {
  const applied: string[] = [];
  let result = text;
  for (const rule of platform.redactions) {
    const pattern = new RegExp(rule.pattern.source, withFlags(rule.pattern.flags, 'gmd'));
    let replaced = '';
    let last = 0;
    for (const match of result.matchAll(pattern)) {
      const span = match.indices?.groups?.secret;
      if (!span || span[0] === span[1]) continue;
      replaced += result.slice(last, span[0]) + redactionMarker(rule.name);
      last = span[1];
    }
    if (last > 0) {
      result = replaced + result.slice(last);
      if (!applied.includes(rule.name)) applied.push(rule.name);
    }
  }
  return { text: result, applied };
}

function withFlags(flags: string, required: string): string {
  return [...new Set([...flags, ...required])].join('');
}

export function comparableText(content: string, platform: Platform): string {
  return content
    .split('\n')
    .filter((line) => !platform.volatile.some((rule) => matchesLine(rule, line)))
    .join('\n');
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
