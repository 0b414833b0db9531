import { describe, expect, test } from 'vitest';
import { generic } from '../generic/index.ts';
import { redactSecrets } from './output.ts';
import { renderLastLine, renderTerminalText, stripAnsi } from './terminal-text.ts';

describe('renderTerminalText', () => {
  test('backspaces and spaces erase a pager prompt the way a terminal shows it', () => {
    const raw = 'line 23\r\n --More-- \b\b\b\b\b\b\b\b\b\b          \b\b\b\b\b\b\b\b\b\bline 24\r\n';
    expect(renderTerminalText(raw)).toBe('line 23\nline 24\n');
  });

  test('carriage return and erase-line overwrite what came before', () => {
    expect(renderTerminalText('-- MORE --, next page: Space\x1b[2K\rhostname "sw1"\r\n')).toBe('hostname "sw1"\n');
    expect(renderTerminalText('--More-- \r         \rset hostname fw1')).toBe('set hostname fw1');
  });

  test('next line (ESC E) and insert line (ESC [ n L) break lines, as HP ProCurve and Aruba send them', () => {
    expect(renderTerminalText('hostname "sw1"\x1bEvlan 1\x1bE   name "DEFAULT_VLAN"')).toBe('hostname "sw1"\nvlan 1\n   name "DEFAULT_VLAN"');
    expect(renderTerminalText('\x1b[1M\x1b[24;1H\x1b[1Lsnmp-server contact "ops"\x1b[1Lend')).toBe('\nsnmp-server contact "ops"\nend');
    expect(renderLastLine('vlan 1\x1bEsw1# ')).toBe('sw1# ');
  });

  test('drops colour and cursor sequences', () => {
    expect(renderLastLine('\x1b[24;1H\x1b[2Ksw1# ')).toBe('sw1# ');
    expect(stripAnsi('\x1b[1;32mok\x1b[0m')).toBe('ok');
  });

  // Cases where the renderer showed other text than xterm.js (`npm run bench -- terminal-render`).
  test('drops a window title and sequences with intermediate bytes, as xterm does', () => {
    const title = `\x1b]0;backup@${'very-long-host-name.'.repeat(5)}example.net: ~\x07`;
    expect(renderTerminalText(`${title}backup@host:~$ \r\n`)).toBe('backup@host:~$\n');
    expect(renderLastLine('\x1b]2;title\x1b\\sw1# ')).toBe('sw1# ');
    expect(renderLastLine('\x1b[!p\x1b[>0csw1# ')).toBe('sw1# ');
    expect(stripAnsi('\x1b]0;title\x1b\\ok\x1b[!p')).toBe('ok');
  });

  test('cursor forward leaves blanks; delete, insert and erase characters edit the line, as xterm does', () => {
    expect(renderTerminalText('Port\x1b[6CStatus\r\n')).toBe('Port      Status\n');
    expect(renderTerminalText('abcdef\x1b[3D\x1b[Pxy')).toBe('abcxy');
    expect(renderTerminalText('abcdef\x1b[3D\x1b[2Xz')).toBe('abcz f');
    expect(renderTerminalText('abcdef\x1b[3D\x1b[2@Z')).toBe('abcZ def');
  });
});

describe('redactSecrets', () => {
  test('replaces only the secret group and names each redaction once', () => {
    const config = 'enable secret 5 $1$abc$def\nusername a secret 5 $1$x\nusername b password 7 0822\n';
    expect(redactSecrets(config, generic)).toEqual({
      text: 'enable secret 5 <redacted:enable-secret>\nusername a secret 5 <redacted:user-password>\nusername b password 7 <redacted:user-password>\n',
      applied: ['enable-secret', 'user-password'],
    });
  });

  test('leaves text without secrets untouched', () => {
    expect(redactSecrets('hostname r1\nend\n', generic)).toEqual({ text: 'hostname r1\nend\n', applied: [] });
  });
});
