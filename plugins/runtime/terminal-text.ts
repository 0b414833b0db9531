// Hand-written, not @xterm/headless: `npm run bench -- terminal-render` shows xterm 10–100× slower with 9–44× the memory (README).
/**
 * Turns what a PTY session sends into the text a terminal would show: carriage returns,
 * backspaces and erase sequences overwrite what came before on the same line, which is how
 * pagers remove their own "--More--" prompt.
 */

const escape = '\x1b';
/** ECMA-48 control sequence: parameters (with private markers such as "?"), intermediates, final byte. */
const csiSequence = /\x1b\[([0-?]*)([ -/]*)([@-~])/y;
/** Operating system command (a window title), ended by BEL or ST, then the other escape sequences. */
const otherEscapeSequence = /\x1b(?:\][^\x07\x1b]*(?:\x07|\x1b\\)|[()][0-9A-Za-z]|[@-Z\\-_=>78])/y;

/** Characters that move the cursor or start a control sequence; most lines have none. */
const controlCharacter = /[\r\b\x1b\x07\x00]/;

/** Renders a single line; the caller splits on "\n". */
function renderLine(segment: string): string {
  // A PTY ends every line with "\r\n": a carriage return with nothing after it changes nothing.
  const body = segment.endsWith('\r') ? segment.slice(0, -1) : segment;
  if (!controlCharacter.test(body)) return body;
  const cells: string[] = [];
  let cursor = 0;
  for (let i = 0; i < segment.length; i++) {
    const char = segment[i];
    if (char === '\r') {
      cursor = 0;
    } else if (char === '\b') {
      cursor = Math.max(0, cursor - 1);
    } else if (char === escape) {
      csiSequence.lastIndex = i;
      const csi = csiSequence.exec(segment);
      if (csi) {
        i += csi[0].length - 1;
        // Private (DEC) and intermediate forms change modes, not what the line shows.
        if (csi[2] === '' && !/[<=>?]/.test(csi[1])) cursor = applyCsi(cells, cursor, csi[1], csi[3]);
        continue;
      }
      otherEscapeSequence.lastIndex = i;
      const other = otherEscapeSequence.exec(segment);
      if (other) i += other[0].length - 1;
    } else if (char === '\x07' || char === '\x00') {
      continue;
    } else {
      while (cells.length < cursor) cells.push(' ');
      cells[cursor] = char;
      cursor++;
    }
  }
  return cells.join('');
}

/** A terminal would stop at its right margin; a count past it is a device's bug and must not allocate without bound. */
const maxCount = 4096;

/** Applies a control sequence that edits or moves within the line; returns the new cursor. */
function applyCsi(cells: string[], cursor: number, parameters: string, final: string): number {
  const count = Math.min(maxCount, Math.max(1, Number.parseInt(parameters, 10) || 1));
  switch (final) {
    case 'K':
      eraseInLine(cells, cursor, parameters);
      return cursor;
    case 'C':
      return Math.min(maxCount, cursor + count);
    case 'D':
      return Math.max(0, cursor - count);
    case 'G':
      return count - 1;
    case 'P':
      // Delete characters: the rest of the line moves left.
      if (cursor < cells.length) cells.splice(cursor, count);
      return cursor;
    case '@':
      if (cursor < cells.length) cells.splice(cursor, 0, ...Array<string>(count).fill(' '));
      return cursor;
    case 'X':
      for (let at = cursor; at < cursor + count && at < cells.length; at++) cells[at] = ' ';
      return cursor;
    default:
      return cursor;
  }
}

function eraseInLine(cells: string[], cursor: number, mode: string): void {
  if (mode === '' || mode === '0') cells.length = Math.min(cells.length, cursor);
  else if (mode === '1') for (let i = 0; i <= cursor && i < cells.length; i++) cells[i] = ' ';
  else if (mode === '2') cells.length = 0;
}

/**
 * Next line (ESC E) and insert line (ESC [ n L) start a new line: HP ProCurve and Aruba
 * switches break their output with them instead of CR LF.
 */
const lineBreakSequences = /\x1bE|\x1b\[\d*L/g;

function withLineBreaks(raw: string): string {
  return raw.includes('\x1b') ? raw.replace(lineBreakSequences, '\n') : raw;
}

/** What a terminal would display, with trailing spaces removed from every line. */
export function renderTerminalText(raw: string): string {
  return withLineBreaks(raw)
    .split('\n')
    .map((line) => renderLine(line).trimEnd())
    .join('\n');
}

/** The rendered last line, where a prompt or a pager waits. */
export function renderLastLine(raw: string): string {
  const tail = withLineBreaks(raw.slice(raw.lastIndexOf('\n') + 1));
  return renderLine(tail.slice(tail.lastIndexOf('\n') + 1));
}

const ansiSequences = /\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)|[()][0-9A-Za-z]|[@-Z\\-_=>78])/g;

export function stripAnsi(text: string): string {
  return text.replace(ansiSequences, '');
}
