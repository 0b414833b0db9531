/**
 * NETCONF on a lab device (RFC 6241 over the SSH `netconf` subsystem, RFC 6242): a hello with
 * the persona's capabilities, `<get-config>` answered with the persona's XML configuration
 * rendered from its template, `<rpc-error>` for operations and datastores it does not have,
 * and `<ok/>` before closing on `<close-session>`. A base:1.1 device switches to chunked
 * framing when the client offers base:1.1 too. Faults apply to get-config as to CLI configs.
 *
 * Personas are `plugins/netconf/fixtures/<persona>/netconf.json` with their `*.tpl` templates.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SaxesParser } from 'saxes';
import type { Connection, ServerChannel } from 'ssh2';
import { z } from 'zod';
import { frameMessage, MessageDecoder, type Framing } from '../plugins/netconf/framing.ts';
import { base10, base11, escapeXml, helloMessage, netconfNamespace, parseHello } from '../plugins/netconf/messages.ts';
import { pluginsDir, type Reply } from './persona.ts';
import { fetchVariables, renderTemplate } from './template.ts';

export interface LabNetconf {
  /** The highest base the device offers: `1.1` devices frame in chunks once the client agrees. */
  base: '1.0' | '1.1';
  /** The persona that answers: a folder of plugins/netconf/fixtures. */
  persona: string;
  /** Sends the configuration without line breaks between elements, as IOS XE and many others do. */
  compact?: boolean;
}

/** What NETCONF needs of the lab device it runs on (a DeviceServer). */
export interface NetconfDevice {
  readonly spec: { name: string; index: number; changeEvery: number };
  readonly sessions: number;
  readonly fetches: number;
  /** Counts a configuration fetch and applies the device's fault to its text. */
  reply(command: string, reply: Reply): { text: string; fault: 'hang' | 'disconnect' | 'garbage' | null };
}

const personaSchema = z
  .object({
    /** Capabilities announced besides the base ones. */
    capabilities: z.array(z.string()).default([]),
    /** Namespace declarations on `<rpc-reply>` the configuration uses (`junos:` attributes). */
    replyNamespaces: z.record(z.string(), z.string()).default({}),
    template: z.string(),
    datastores: z.array(z.enum(['running', 'candidate', 'startup'])).default(['running']),
  })
  .strict();

export interface NetconfPersona extends z.infer<typeof personaSchema> {
  name: string;
  templateText: string;
}

export const netconfFixturesDir = join(pluginsDir, 'netconf', 'fixtures');

const personas = new Map<string, NetconfPersona>();

export function hasNetconfPersona(name: string): boolean {
  return existsSync(join(netconfFixturesDir, name, 'netconf.json'));
}

export function netconfPersonas(): string[] {
  if (!existsSync(netconfFixturesDir)) return [];
  return readdirSync(netconfFixturesDir).filter(hasNetconfPersona).sort();
}

export function loadNetconfPersona(name: string): NetconfPersona {
  const cached = personas.get(name);
  if (cached) return cached;
  const folder = join(netconfFixturesDir, name);
  const parsed = personaSchema.parse(JSON.parse(readFileSync(join(folder, 'netconf.json'), 'utf8')));
  const persona = { ...parsed, name, templateText: readFileSync(join(folder, parsed.template), 'utf8') };
  personas.set(name, persona);
  return persona;
}

interface Rpc {
  messageId: string | null;
  /** Attributes of `<rpc>`, returned on `<rpc-reply>` as RFC 6241 asks. */
  attributes: string;
  operation: string;
  source: string | null;
}

function parseRpc(xml: string): Rpc {
  const rpc: Rpc = { messageId: null, attributes: '', operation: '', source: null };
  const parser = new SaxesParser({ xmlns: true });
  const path: string[] = [];
  parser.on('opentag', (tag) => {
    if (path.length === 0) {
      if (tag.local !== 'rpc' || tag.uri !== netconfNamespace) throw new Error(`expected <rpc>, got <${tag.name}>`);
      rpc.messageId = tag.attributes['message-id']?.value ?? null;
      rpc.attributes = Object.values(tag.attributes)
        .filter((attribute) => attribute.name !== 'xmlns')
        .map((attribute) => ` ${attribute.name}="${escapeXml(attribute.value)}"`)
        .join('');
    } else if (path.length === 1 && !rpc.operation) {
      rpc.operation = tag.local;
    } else if (path.length === 2 && path[1] === rpc.operation && tag.local === 'source') {
      rpc.source = '';
    } else if (path.length === 3 && path[2] === 'source' && rpc.source === '') {
      rpc.source = tag.local;
    }
    if (!tag.isSelfClosing) path.push(tag.local);
  });
  parser.on('closetag', (tag) => {
    if (!tag.isSelfClosing) path.pop();
  });
  parser.write(xml.trimStart()).close();
  return rpc;
}

function rpcError(tag: string, message: string): string {
  return (
    `<rpc-error>\n<error-type>protocol</error-type>\n<error-tag>${tag}</error-tag>\n` +
    `<error-severity>error</error-severity>\n<error-message>${escapeXml(message)}</error-message>\n</rpc-error>`
  );
}

/** One NETCONF session on an accepted `netconf` subsystem channel. */
export function serveNetconf(channel: ServerChannel, device: NetconfDevice, client: Connection, settings: LabNetconf): void {
  const persona = loadNetconfPersona(settings.persona);
  const decoder = new MessageDecoder(16 * 1024 * 1024);
  let framing: Framing = 'end-of-message';
  let helloReceived = false;
  let closed = false;
  const send = (xml: string) => {
    if (!closed) channel.write(frameMessage(xml, framing));
  };
  const end = () => {
    if (closed) return;
    closed = true;
    channel.exit(0);
    channel.end();
  };
  const replyHeader = (rpc: Rpc) => {
    const namespaces = Object.entries(persona.replyNamespaces)
      .map(([prefix, uri]) => ` xmlns:${prefix}="${escapeXml(uri)}"`)
      .join('');
    return `<rpc-reply xmlns="${netconfNamespace}"${namespaces}${rpc.attributes}>`;
  };

  const offered = settings.base === '1.1' ? [base10, base11] : [base10];
  send(helloMessage([...offered, ...persona.capabilities], device.sessions));

  const getConfig = (rpc: Rpc) => {
    const source = rpc.source ?? '';
    if (!persona.datastores.some((datastore) => datastore === source)) {
      send(`${replyHeader(rpc)}\n${rpcError('operation-not-supported', `the ${source || 'unnamed'} datastore is not supported`)}\n</rpc-reply>`);
      return;
    }
    const variables = fetchVariables(device.spec, { fetch: device.fetches, session: device.sessions - 1 }, device.spec.changeEvery);
    const rendered = renderTemplate(persona.templateText, variables).replace(/\n$/, '');
    const configuration = settings.compact ? rendered.replace(/>\s+</g, '><') : rendered;
    const full = `${replyHeader(rpc)}\n<data>\n${configuration}\n</data>\n</rpc-reply>`;
    const { text, fault } = device.reply('get-config', { text: full, config: true, privileged: false, exit: false });
    if (fault === null || fault === 'garbage') return send(text);
    // Hanging and disconnecting devices stop in the middle of the reply.
    const partial = Buffer.from(text, 'utf8');
    channel.write(framing === 'chunked' ? Buffer.concat([Buffer.from(`\n#${Buffer.byteLength(full)}\n`), partial]) : partial);
    if (fault === 'disconnect') client.end();
  };

  const handle = (xml: string) => {
    if (!helloReceived) {
      helloReceived = true;
      const hello = parseHello(xml);
      if (settings.base === '1.1' && hello.capabilities.includes(base11)) {
        framing = 'chunked';
        decoder.useChunked();
      } else if (!hello.capabilities.includes(base10)) {
        end();
      }
      return;
    }
    const rpc = parseRpc(xml);
    switch (rpc.operation) {
      case 'get-config':
        return getConfig(rpc);
      case 'close-session':
        send(`${replyHeader(rpc)}\n<ok/>\n</rpc-reply>`);
        return end();
      default:
        send(`${replyHeader(rpc)}\n${rpcError('operation-not-supported', `syntax error, expecting <rpc> operation: ${rpc.operation}`)}\n</rpc-reply>`);
    }
  };

  channel.on('data', (chunk: Buffer) => {
    decoder.push(chunk);
    try {
      for (let message = decoder.next(); message && !closed; message = decoder.next()) handle(message.toString('utf8'));
    } catch {
      // Real devices drop a session that sends malformed frames or XML.
      end();
    }
  });
  channel.on('error', () => undefined);
}
