import { Writable } from 'node:stream';
import { expect, test } from 'vitest';
import { createLogger, LOG_BOUNDS } from './log.ts';

function capture() {
  const lines: string[] = [];
  const log = createLogger({
    level: 'info',
    destination: new Writable({
      write(chunk, _encoding, done) {
        lines.push(...chunk.toString().split('\n').filter(Boolean));
        done();
      },
    }),
  });
  return { log, lines };
}

test('F12: no field a call site logs, however large, makes a line of more than a few KB', () => {
  const { log, lines } = capture();
  const huge = 'B'.repeat(4 * 1024 * 1024);
  log.warn({ username: huge }, 'failed login');
  log.error({ err: new Error(`cannot parse ${huge}`), request: { query: huge, variables: Array(5000).fill('v') } }, 'request failed');
  log.info(`interpolated ${huge}`);

  expect(lines).toHaveLength(3);
  for (const line of lines) expect(line.length).toBeLessThan(16 * 1024);
  const first = JSON.parse(lines[0]);
  expect(first.username).toBe(`${'B'.repeat(LOG_BOUNDS.stringChars)}… [${huge.length} characters]`);
  const second = JSON.parse(lines[1]);
  expect(second.err.type).toBe('Error');
  expect(second.err.message.length).toBeLessThan(LOG_BOUNDS.stringChars + 50);
  expect(second.request.variables).toHaveLength(LOG_BOUNDS.arrayItems + 1);
  expect(JSON.parse(lines[2]).msg.length).toBeLessThan(LOG_BOUNDS.stringChars + 50);
});

test('F12: bounding keeps short fields as they are and secrets redacted', () => {
  const { log, lines } = capture();
  log.info({ deviceId: 'd-1', count: 3, nested: { password: 'hunter2', host: 'r1' }, at: new Date(0) }, 'ok');
  const line = JSON.parse(lines[0]);
  expect(line).toMatchObject({ deviceId: 'd-1', count: 3, nested: { password: '[redacted]', host: 'r1' }, at: '1970-01-01T00:00:00.000Z', msg: 'ok' });
  expect(lines[0]).not.toContain('hunter2');
});
