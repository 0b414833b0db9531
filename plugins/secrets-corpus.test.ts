/**
 * The secrets corpus (plugins/secrets-corpus/<platform-id>.yaml, see its README) holds
 * configuration snippets written from vendor documentation, independently of the redaction
 * rules. Each snippet goes through its platform's redaction: no secret may survive, the lines it
 * lists as `keep` survive byte for byte, and every line still starts as it did (only values
 * are replaced, never keywords or indentation).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { findPlatform } from './registry.ts';
import { redactSecrets } from './runtime/output.ts';

interface CorpusEntry {
  source: string;
  config: string;
  secrets: string[];
  keep?: string[];
}

const corpusDir = join(dirname(fileURLToPath(import.meta.url)), 'secrets-corpus');
const corpus = readdirSync(corpusDir)
  .filter((file) => file.endsWith('.yaml'))
  .sort()
  .map((file) => ({
    platformId: file.replace(/\.yaml$/, ''),
    entries: ((parse(readFileSync(join(corpusDir, file), 'utf8')) as { entries?: CorpusEntry[] }).entries ?? []).map((entry) => ({
      ...entry,
      config: entry.config.replace(/\n$/, ''),
      secrets: entry.secrets.map(String),
      keep: (entry.keep ?? []).map(String),
    })),
  }));

/** Indentation and the first word, up to a value separator: ` key`, `psk`, `<phash`, `set`. */
const firstWord = (line: string) => /^\s*["'<]?[^\s"'=:<>]*/.exec(line)![0];
const holdsMarkerOnly = (line: string) => /^\s*<redacted:[\w.-]+>\s*$/.test(line);

/**
 * Lines whose first word changed, unless that word was part of a secret (a value RouterOS
 * wrapped onto its own line). A line that is only a marker stands for the whole lines a
 * multi-line secret (a PEM body) took; the input lines up to the next matching one are skipped.
 */
function changedStarts(input: string, output: string, secrets: string[]): string[] {
  const isSecret = (word: string) => word.trim().replace(/^["'<]/, '') !== '' && secrets.some((secret) => secret.includes(word.trim().replace(/^["'<]/, '')));
  const before = input.split('\n');
  const after = output.split('\n');
  const changed: string[] = [];
  let i = 0;
  for (let j = 0; j < after.length; j++) {
    if (holdsMarkerOnly(after[j]) && (i >= before.length || firstWord(before[i]) !== firstWord(after[j]))) {
      const next = after[j + 1];
      while (i < before.length && (next === undefined || firstWord(before[i]) !== firstWord(next))) i++;
      continue;
    }
    if (i < before.length && (firstWord(before[i]) === firstWord(after[j]) || isSecret(firstWord(before[i])))) {
      i++;
      continue;
    }
    changed.push(`${before[i] ?? '(none)'} → ${after[j]}`);
    i++;
  }
  return changed;
}

test('the corpus covers every platform with at least 300 configuration lines', () => {
  const lines = corpus.reduce((total, file) => total + file.entries.reduce((sum, entry) => sum + entry.config.split('\n').length, 0), 0);
  expect(lines).toBeGreaterThanOrEqual(300);
  expect(corpus.filter((file) => findPlatform(file.platformId) === undefined).map((file) => file.platformId)).toEqual([]);
});

describe.each(corpus.map((file) => [file.platformId, file.entries] as const))('%s', (platformId, entries) => {
  test.each(entries.map((entry, index) => [`${index + 1}: ${entry.source.slice(0, 90)}`, entry] as const))('%s', (_label, entry) => {
    const { text } = redactSecrets(entry.config, findPlatform(platformId)!);
    const lines = text.split('\n');
    expect(entry.secrets.filter((secret) => text.includes(secret)), 'secrets left').toEqual([]);
    expect(entry.keep.filter((line) => !lines.includes(line)), 'keep lines changed').toEqual([]);
    expect(changedStarts(entry.config, text, entry.secrets), 'lines whose first word changed').toEqual([]);
  });
});
