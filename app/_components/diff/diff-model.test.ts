import { createTwoFilesPatch } from 'diff';
import { describe, expect, it } from 'vitest';
import { buildDiffModel, pairLines, parseUnifiedDiff, type DiffItem, type DiffLine } from './diff-model';
import { intraLine, similarity } from './intra-line';

const config = (lines: string[]) => `${lines.join('\n')}\n`;

function model(before: string[], after: string[], options: { context?: number; fromVolatile?: number[]; toVolatile?: number[] } = {}) {
  const unified = createTwoFilesPatch('a', 'b', config(before), config(after), undefined, undefined, { context: options.context ?? 3 });
  return buildDiffModel({
    hunks: parseUnifiedDiff(unified),
    fromVolatile: new Set(options.fromVolatile ?? []),
    toVolatile: new Set(options.toVolatile ?? []),
    fromLineCount: before.length,
    toLineCount: after.length,
  });
}

const changes = (items: DiffItem[]) => items.filter((i) => i.kind === 'change');
const line = (kind: DiffLine['kind'], text: string, n: number, ignored = false): DiffLine => ({
  kind,
  text,
  oldNumber: kind === 'added' ? null : n,
  newNumber: kind === 'removed' ? null : n,
  ignored,
});
const changedText = (segments: { text: string; changed: boolean }[] | undefined) => segments?.filter((s) => s.changed).map((s) => s.text);

describe('intraLine', () => {
  it('marks only the word that changed', () => {
    const parts = intraLine(' description access port 1 rev 0', ' description access port 1 rev 1')!;
    expect(changedText(parts.before)).toEqual(['0']);
    expect(changedText(parts.after)).toEqual(['1']);
    expect(parts.before.map((s) => s.text).join('')).toBe(' description access port 1 rev 0');
    expect(parts.after.map((s) => s.text).join('')).toBe(' description access port 1 rev 1');
  });

  it('goes down to characters inside a similar token', () => {
    const parts = intraLine('username backup password 7 0822455D0A16', 'username backup password 7 0822455D0B16')!;
    expect(changedText(parts.before)).toEqual(['A']);
    expect(changedText(parts.after)).toEqual(['B']);
  });

  it('keeps whitespace changes visible', () => {
    const parts = intraLine('ip address 10.0.0.1  255.255.255.0', 'ip address 10.0.0.1 255.255.255.0')!;
    expect(changedText(parts.before)).toHaveLength(1);
    expect(changedText(parts.before)![0].trim()).toBe('');
    expect(changedText(parts.after)!.join('').trim()).toBe('');
  });

  it('gives up on rewritten or very long lines', () => {
    expect(intraLine('hostname core-01', 'ntp server 10.0.0.1 prefer')).toBeNull();
    expect(intraLine('x'.repeat(3000), `${'x'.repeat(2999)}y`)).toBeNull();
  });

  it('scores similarity by shared words', () => {
    expect(similarity('interface Gi0/1', 'interface Gi0/1')).toBe(1);
    expect(similarity('a b c d', 'a b c e')).toBe(0.75);
    expect(similarity('hostname x', 'ntp server y')).toBe(0);
  });
});

describe('pairLines', () => {
  it('pairs an edited line with its new version even when a line was inserted before it', () => {
    const pairs = pairLines([line('removed', ' description uplink rev 0', 5)], [line('added', ' shutdown', 5), line('added', ' description uplink rev 1', 6)]);
    expect(pairs.map((p) => [p.left?.text ?? null, p.right?.text ?? null])).toEqual([
      [null, ' shutdown'],
      [' description uplink rev 0', ' description uplink rev 1'],
    ]);
    expect(changedText(pairs[1].left!.segments)).toEqual(['0']);
    expect(pairs[0].right!.segments).toBeUndefined();
  });

  it('puts unlike lines side by side without a highlight inside them', () => {
    const pairs = pairLines([line('removed', 'hostname a', 1)], [line('added', 'snmp-server community x RO', 1)]);
    expect(pairs).toHaveLength(1);
    expect(pairs[0].left!.segments).toBeUndefined();
    expect(pairs[0].right!.segments).toBeUndefined();
  });

  it('never pairs a volatile line with a real change', () => {
    const pairs = pairLines([line('removed', '! Last configuration change at 10:00:00', 1, true), line('removed', 'logging host 10.0.0.1', 2)], [line('added', 'logging host 10.0.0.2', 1)]);
    const real = pairs.find((p) => p.left?.text === 'logging host 10.0.0.1')!;
    expect(real.right?.text).toBe('logging host 10.0.0.2');
    expect(changedText(real.right!.segments)).toEqual(['2']);
  });

  it('keeps every line once, in order, on large blocks', () => {
    const removed = Array.from({ length: 300 }, (_, i) => line('removed', `vlan ${i} name old`, i + 1));
    const added = Array.from({ length: 250 }, (_, i) => line('added', `vlan ${i} name new`, i + 1));
    const pairs = pairLines(removed, added);
    expect(pairs.flatMap((p) => (p.left ? [p.left.oldNumber] : []))).toEqual(removed.map((l) => l.oldNumber));
    expect(pairs.flatMap((p) => (p.right ? [p.right.newNumber] : []))).toEqual(added.map((l) => l.newNumber));
  });
});

describe('buildDiffModel', () => {
  const base = Array.from({ length: 40 }, (_, i) => `line ${i + 1}`);

  it('folds unchanged lines into gaps that number their first line on both sides', () => {
    const after = [...base];
    after[19] = 'line 20 edited';
    const { items, changeCount, added, removed } = model(base, after);
    expect(items[0]).toEqual({ kind: 'gap', key: 'gap-1', oldStart: 1, newStart: 1, count: 16 });
    expect(items.at(-1)).toEqual({ kind: 'gap', key: 'gap-24', oldStart: 24, newStart: 24, count: 17 });
    expect(items.filter((i) => i.kind === 'context')).toHaveLength(6);
    expect([changeCount, added, removed]).toEqual([1, 1, 1]);
  });

  it('numbers gaps after lines were inserted on one side', () => {
    const after = [...base.slice(0, 5), 'new a', 'new b', ...base.slice(5)];
    after[35] = 'edited';
    const { items } = model(base, after, { context: 1 });
    const gaps = items.filter((i) => i.kind === 'gap');
    expect(gaps.map((g) => [g.oldStart, g.newStart, g.count])).toEqual([
      [1, 1, 4],
      [7, 9, 26],
      [36, 38, 5],
    ]);
    // Hidden + shown lines add up to each side's length.
    const shownNew = items.reduce((n, i) => n + (i.kind === 'gap' ? i.count : i.kind === 'context' ? 1 : i.added.length), 0);
    expect(shownNew).toBe(after.length);
  });

  it('shows a change made only of volatile lines as ignored, and counts only real changes', () => {
    const before = ['!', '! Last configuration change at 10:00:00 UTC', ...base];
    const after = ['!', '! Last configuration change at 10:05:00 UTC', ...base];
    after[30] = 'line 29 edited';
    const result = model(before, after, { fromVolatile: [2], toVolatile: [2] });
    const [clock, real] = changes(result.items);
    expect(clock).toMatchObject({ kind: 'change', ignored: true, index: null });
    expect(real).toMatchObject({ kind: 'change', ignored: false, index: 0 });
    expect(result).toMatchObject({ changeCount: 1, added: 1, removed: 1, ignored: 2 });
    if (clock.kind !== 'change') throw new Error('not a change');
    expect(clock.pairs[0].left).toMatchObject({ ignored: true, text: '! Last configuration change at 10:00:00 UTC' });
    expect(changedText(clock.pairs[0].right!.segments)).toEqual(['5']);
  });

  it('splits removed lines that follow added ones into a change of their own', () => {
    const hunks = parseUnifiedDiff('@@ -1,2 +1,2 @@\n-a\n+b\n-c\n+d\n');
    const result = buildDiffModel({ hunks, fromVolatile: new Set(), toVolatile: new Set(), fromLineCount: 2, toLineCount: 2 });
    expect(changes(result.items)).toHaveLength(2);
    expect(result.changeCount).toBe(2);
  });

  it('reads added files and the end-of-file marker', () => {
    const hunks = parseUnifiedDiff('--- a\n+++ b\n@@ -0,0 +1,2 @@\n+one\n+two\n\\ No newline at end of file\n');
    expect(hunks[0].lines.map((l) => [l.kind, l.newNumber])).toEqual([
      ['added', 1],
      ['added', 2],
    ]);
    const result = buildDiffModel({ hunks, fromVolatile: new Set(), toVolatile: new Set(), fromLineCount: 0, toLineCount: 2 });
    expect(result.items.filter((i) => i.kind === 'gap')).toHaveLength(0);
  });
});
