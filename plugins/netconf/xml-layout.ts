/**
 * One element per line for configuration XML a device sends without line breaks (IOS XE,
 * many whiteboxes), so that changes, volatile lines and redactions work line by line as they
 * do for XML a device lays out itself, which is kept as sent.
 */
import { SaxesParser } from 'saxes';

type Token = { kind: 'open' | 'close' | 'empty' | 'text' | 'other'; raw: string };

const indentUnit = '  ';

/** Whether the device already put elements on lines of their own. */
export function isLaidOut(xml: string): boolean {
  return />[ \t]*\r?\n[ \t]*</.test(xml);
}

/** The markup and text of an XML fragment, each as written. */
function tokenize(xml: string): Token[] {
  const tokens: Token[] = [];
  const parser = new SaxesParser({ fragment: true, position: true });
  let end = 0;
  // Text never holds a raw `<`, so each markup starts at the first `<` after the last one.
  // Comments, CDATA and processing instructions end at their terminator, which their content cannot hold.
  const markup = (kind: Token['kind'], terminator?: string) => {
    const start = xml.indexOf('<', end);
    const stop = terminator ? xml.indexOf(terminator, start) + terminator.length : parser.position;
    if (start > end) tokens.push({ kind: 'text', raw: xml.slice(end, start) });
    tokens.push({ kind, raw: xml.slice(start, stop) });
    end = stop;
  };
  parser.on('opentag', (tag) => markup(tag.isSelfClosing ? 'empty' : 'open'));
  parser.on('closetag', (tag) => {
    if (!tag.isSelfClosing) markup('close');
  });
  parser.on('cdata', () => markup('text', ']]>'));
  parser.on('comment', () => markup('other', '-->'));
  parser.on('processinginstruction', () => markup('other', '?>'));
  parser.write(xml).close();
  if (end < xml.length) tokens.push({ kind: 'text', raw: xml.slice(end) });
  return tokens;
}

/**
 * Lays compact XML out one element per line, two spaces per level; an element holding only
 * text stays on one line with its text as written. XML that has line breaks is returned as is.
 */
export function layoutXml(xml: string): string {
  if (isLaidOut(xml)) return xml;
  let tokens: Token[];
  try {
    tokens = tokenize(xml);
  } catch {
    // Already parsed strictly as part of the reply; a fragment rule it trips is no reason to lose it.
    return xml;
  }
  const lines: string[] = [];
  let depth = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const indent = indentUnit.repeat(depth);
    if (token.kind === 'open') {
      let next = i + 1;
      while (tokens[next]?.kind === 'text') next++;
      if (tokens[next]?.kind === 'close') {
        lines.push(indent + tokens.slice(i, next + 1).map((leaf) => leaf.raw).join(''));
        i = next;
      } else {
        lines.push(indent + token.raw);
        depth++;
      }
    } else if (token.kind === 'close') {
      depth = Math.max(0, depth - 1);
      lines.push(indentUnit.repeat(depth) + token.raw);
    } else if (token.kind === 'text') {
      if (token.raw.trim() !== '') lines.push(indent + token.raw.trim());
    } else {
      lines.push(indent + token.raw);
    }
  }
  return lines.join('\n');
}
