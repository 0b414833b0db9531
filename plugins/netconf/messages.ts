/**
 * The NETCONF messages a backup needs (RFC 6241): the hello both ends send, the rpc a client
 * sends, and the rpc-reply with its `<data>`, `<ok/>` or `<rpc-error>`s. Replies are read
 * with a strict, namespace-aware XML parser; `<data>` is returned as the device wrote it
 * (its formatting, comments and CDATA sections), with the namespace declarations it borrows
 * from `<rpc-reply>` copied onto its top elements so that it reads as XML on its own.
 */
import { SaxesParser, type SaxesTagNS } from 'saxes';

export const netconfNamespace = 'urn:ietf:params:xml:ns:netconf:base:1.0';
export const base10 = 'urn:ietf:params:netconf:base:1.0';
export const base11 = 'urn:ietf:params:netconf:base:1.1';

export class MessageError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'MessageError';
  }
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function helloMessage(capabilities: string[], sessionId?: number): string {
  const listed = capabilities.map((capability) => `<capability>${escapeXml(capability)}</capability>`).join('');
  const session = sessionId === undefined ? '' : `<session-id>${sessionId}</session-id>`;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<hello xmlns="${netconfNamespace}"><capabilities>${listed}</capabilities>${session}</hello>`;
}

export function rpcMessage(messageId: string, operation: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<rpc message-id="${escapeXml(messageId)}" xmlns="${netconfNamespace}">${operation}</rpc>`;
}

export interface Hello {
  capabilities: string[];
  sessionId: string | null;
}

export interface RpcError {
  type: string;
  tag: string;
  severity: string;
  message: string;
  path: string;
}

export interface RpcReply {
  messageId: string | null;
  ok: boolean;
  errors: RpcError[];
  /** The content of `<data>` as sent, or null when the reply has no `<data>`. */
  data: string | null;
}

/** `at` is the index just after the tag in the message. */
type TagHandler = (tag: SaxesTagNS, depth: number, at: number) => void;

interface Walk {
  open?: TagHandler;
  close?: TagHandler;
  text?: (text: string, depth: number) => void;
}

/** Runs a strict namespace-aware parse of one message; malformed XML is a MessageError. */
function walk(xml: string, handlers: Walk): void {
  const parser = new SaxesParser({ xmlns: true, position: true });
  let depth = 0;
  parser.on('opentag', (tag) => {
    handlers.open?.(tag, depth, parser.position);
    if (tag.isSelfClosing) handlers.close?.(tag, depth, parser.position);
    else depth++;
  });
  parser.on('closetag', (tag) => {
    if (tag.isSelfClosing) return;
    depth--;
    handlers.close?.(tag, depth, parser.position);
  });
  parser.on('text', (text) => handlers.text?.(text, depth));
  parser.on('cdata', (text) => handlers.text?.(text, depth));
  try {
    // Devices put a newline after the previous message's end marker, before `<?xml`.
    parser.write(xml.trimStart()).close();
  } catch (error) {
    throw new MessageError(`malformed XML: ${(error as Error).message}`, { cause: error });
  }
}

const isNetconf = (tag: SaxesTagNS, local: string) => tag.local === local && tag.uri === netconfNamespace;

export function parseHello(xml: string): Hello {
  const capabilities: string[] = [];
  let sessionId: string | null = null;
  let root: string | null = null;
  let collecting: 'capability' | 'session-id' | null = null;
  let text = '';
  walk(xml, {
    open(tag, depth) {
      if (depth === 0) root = tag.uri === netconfNamespace ? tag.local : `{${tag.uri}}${tag.local}`;
      if ((depth === 2 && isNetconf(tag, 'capability')) || (depth === 1 && isNetconf(tag, 'session-id'))) {
        collecting = tag.local as 'capability' | 'session-id';
        text = '';
      }
    },
    close(tag) {
      if (collecting === 'capability' && isNetconf(tag, 'capability')) capabilities.push(text.trim());
      if (collecting === 'session-id' && isNetconf(tag, 'session-id')) sessionId = text.trim();
      collecting = null;
    },
    text(chunk) {
      if (collecting) text += chunk;
    },
  });
  if (root !== 'hello') throw new MessageError(`expected <hello>, got <${root}>`);
  return { capabilities, sessionId };
}

const errorFields: Record<string, keyof RpcError> = {
  'error-type': 'type',
  'error-tag': 'tag',
  'error-severity': 'severity',
  'error-message': 'message',
  'error-path': 'path',
};

/** Where the text of `<data>` gets namespace declarations for prefixes bound outside it. */
interface TopElement {
  /** Index just after the element's name in its start tag. */
  nameEnd: number;
  borrowed: Map<string, string>;
}

export function parseRpcReply(xml: string): RpcReply {
  const text = xml.trimStart();
  const reply: RpcReply = { messageId: null, ok: false, errors: [], data: null };
  let root: string | null = null;
  let current: RpcError | null = null;
  let field: keyof RpcError | null = null;
  let fieldText = '';
  let dataStart = -1;
  const tops: TopElement[] = [];
  /** Prefixes declared inside `<data>`, per open element below it. */
  const declared: Set<string>[] = [];

  const borrow = (prefix: string, uri: string) => {
    if (prefix === 'xml' || declared.some((level) => level.has(prefix))) return;
    // Without a prefix, the NETCONF namespace a device leaves in effect is not the data's.
    if (prefix === '' && (uri === '' || uri === netconfNamespace)) return;
    tops.at(-1)!.borrowed.set(prefix, uri);
  };

  walk(text, {
    open(tag, depth, at) {
      if (depth === 0) {
        root = tag.uri === netconfNamespace ? tag.local : `{${tag.uri}}${tag.local}`;
        reply.messageId = (tag.attributes['message-id'] as { value: string } | undefined)?.value ?? null;
        return;
      }
      if (dataStart >= 0 && reply.data === null) {
        if (depth === 2) {
          const start = text.lastIndexOf('<', at - 1);
          tops.push({ nameEnd: start + 1 + tag.name.length, borrowed: new Map() });
        }
        const own = new Set<string>();
        for (const attribute of Object.values(tag.attributes)) {
          if (attribute.prefix === 'xmlns') own.add(attribute.local);
          else if (attribute.name === 'xmlns') own.add('');
        }
        declared.push(own);
        borrow(tag.prefix, tag.uri);
        for (const attribute of Object.values(tag.attributes)) {
          if (attribute.prefix !== '' && attribute.prefix !== 'xmlns') borrow(attribute.prefix, attribute.uri);
        }
        return;
      }
      if (depth === 1 && isNetconf(tag, 'data')) {
        dataStart = at;
        if (tag.isSelfClosing) reply.data = '';
      } else if (depth === 1 && isNetconf(tag, 'ok')) {
        reply.ok = true;
      } else if (depth === 1 && isNetconf(tag, 'rpc-error')) {
        current = { type: '', tag: '', severity: 'error', message: '', path: '' };
      } else if (depth === 2 && current && tag.uri === netconfNamespace && errorFields[tag.local]) {
        field = errorFields[tag.local];
        fieldText = '';
      }
    },
    close(tag, depth, at) {
      if (dataStart >= 0 && reply.data === null) {
        if (depth > 1) {
          declared.pop();
          return;
        }
        if (!tag.isSelfClosing) reply.data = withBorrowedNamespaces(text, dataStart, text.lastIndexOf('</', at - 1), tops);
        return;
      }
      if (depth === 2 && field && current) {
        current[field] = fieldText.trim();
        field = null;
      } else if (depth === 1 && current && isNetconf(tag, 'rpc-error')) {
        reply.errors.push(current);
        current = null;
      }
    },
    text(chunk) {
      if (field) fieldText += chunk;
    },
  });
  if (root !== 'rpc-reply') throw new MessageError(`expected <rpc-reply>, got <${root}>`);
  return reply;
}

function withBorrowedNamespaces(text: string, start: number, end: number, tops: TopElement[]): string {
  let result = '';
  let at = start;
  for (const top of tops) {
    if (top.borrowed.size === 0) continue;
    const declarations = [...top.borrowed]
      .map(([prefix, uri]) => ` ${prefix === '' ? 'xmlns' : `xmlns:${prefix}`}="${escapeXml(uri)}"`)
      .join('');
    result += text.slice(at, top.nameEnd) + declarations;
    at = top.nameEnd;
  }
  return result + text.slice(at, end);
}
