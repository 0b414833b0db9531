/**
 * Turns what a PTY session sends into the text a terminal would show: carriage returns,
 * backspaces and erase sequences overwrite what came before on the same line, which is how
 * pagers remove their own "--More--" prompt.
 */

const escape = '\x1b';
const csiSequence = /^\x1b\[([0-9;?]*)([@-~])/;
const otherEscapeSequence = /^\x1b(?:[()][0-9A-Za-z]|[@-Z\\-_=>78]|\][^\x07]*\x07)/;

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
      const rest = segment.slice(i, i + 64);
      const csi = csiSequence.exec(rest);
      if (csi) {
        i += csi[0].length - 1;
        if (csi[2] === 'K') eraseInLine(cells, cursor, csi[1]);
        else if (csi[2] === 'D') cursor = Math.max(0, cursor - Number(csi[1] || 1));
        else if (csi[2] === 'G') cursor = Math.max(0, Number(csi[1] || 1) - 1);
        continue;
      }
      const other = otherEscapeSequence.exec(rest);
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

const ansiSequences = /\x1b(?:\[[0-9;?]*[@-~]|[()][0-9A-Za-z]|\][^\x07]*\x07|[@-Z\\-_=>78])/g;

export function stripAnsi(text: string): string {
  return text.replace(ansiSequences, '');
}
