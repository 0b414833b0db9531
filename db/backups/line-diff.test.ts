import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { applyPatch, parsePatch } from 'diff';
import { describe, expect, it } from 'vitest';
import { diffTextLines } from './line-diff.ts';

const text = (lines: string[]) => `${lines.join('\n')}\n`;
const config = Array.from({ length: 60 }, (_, i) => (i % 6 === 0 ? `interface Gi0/${i}` : ` description port ${i} rev 0`));

/** What git itself makes of the same two texts: hunk headers and lines, without its file header. */
function gitDiff(before: string, after: string, context: number): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tidemark-line-diff-'));
  try {
    fs.writeFileSync(path.join(dir, 'a'), before);
    fs.writeFileSync(path.join(dir, 'b'), after);
    let output = '';
    try {
      execFileSync('git', ['diff', '--no-index', '--no-color', '--diff-algorithm=myers', `-U${context}`, 'a', 'b'], { cwd: dir, encoding: 'utf8' });
    } catch (error) {
      output = (error as { stdout: string }).stdout;
    }
    // Without the function name git adds after a hunk header.
    return output.slice(output.indexOf('@@')).replace(/^(@@ [^@]+ @@).*$/gm, '$1');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe('diffTextLines', () => {
  it('makes a patch that turns the older text into the newer one, for any context', () => {
    const after = config.map((line, i) => (i % 10 === 1 ? line.replace('rev 0', 'rev 1') : line));
    after.splice(30, 2, 'new line');
    after.push('end');
    for (const context of [0, 1, 3, 25]) {
      const { unified } = diffTextLines(text(config), text(after), { context, fromLabel: 'a', toLabel: 'b' });
      expect(applyPatch(text(config), unified)).toBe(text(after));
    }
  });

  it('writes the hunks git writes', () => {
    const after = [...config];
    after[4] = ' description port 4 rev 1';
    after.splice(20, 0, 'inserted 1', 'inserted 2');
    after.splice(50, 3);
    const { unified } = diffTextLines(text(config), text(after), { context: 3, fromLabel: 'a', toLabel: 'b' });
    expect(unified.slice(unified.indexOf('@@'))).toBe(gitDiff(text(config), text(after), 3));
  });

  it('numbers empty ranges as diff(1) does, at the start and the end', () => {
    const { unified, added, removed } = diffTextLines('', text(['one', 'two']), { context: 3, fromLabel: 'a', toLabel: 'b' });
    expect(unified).toContain('@@ -0,0 +1,2 @@\n+one\n+two\n');
    expect([added, removed]).toEqual([2, 0]);
    const appended = diffTextLines(text(['x']), text(['x', 'y']), { context: 0, fromLabel: 'a', toLabel: 'b' }).unified;
    expect(appended).toContain('@@ -1,0 +2 @@\n+y\n');
    expect(appended.slice(appended.indexOf('@@'))).toBe(gitDiff(text(['x']), text(['x', 'y']), 0));
    expect(parsePatch(appended)[0].hunks[0]).toMatchObject({ oldLines: 0, newStart: 2, newLines: 1 });
  });

  it('counts added, removed and unchanged lines, and has no hunk for equal texts', () => {
    const after = [...config];
    after[10] = 'changed';
    expect(diffTextLines(text(config), text(after), { context: 3, fromLabel: 'a', toLabel: 'b' })).toMatchObject({ added: 1, removed: 1, unchanged: 59 });
    const same = diffTextLines(text(config), text(config), { context: 3, fromLabel: 'a', toLabel: 'b' });
    expect(same).toMatchObject({ added: 0, removed: 0, unchanged: 60 });
    expect(same.unified).not.toContain('@@');
  });
});
