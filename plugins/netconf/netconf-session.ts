/**
 * A NETCONF session (RFC 6241) over the SSH `netconf` subsystem (RFC 6242): hellos, framing
 * negotiated from the base capabilities, numbered rpcs, and `<close-session>` at the end.
 * Failures are CollectionErrors: no subsystem or no common base TRANSPORT_UNAVAILABLE, an
 * `<rpc-error>` COMMAND_FAILED with the device's message, malformed frames or XML and a
 * channel closed mid-reply OUTPUT_INVALID, silence TIMEOUT, the caller's abort CANCELLED.
 */
import { CollectionError } from '../errors.ts';
import type { SshChannel, SshSession } from '../runtime/ssh-session.ts';
import { FramingError, frameMessage, MessageDecoder, type Framing } from './framing.ts';
import { base10, base11, helloMessage, MessageError, parseHello, parseRpcReply, rpcMessage, type RpcError, type RpcReply } from './messages.ts';

export type Datastore = 'running' | 'candidate' | 'startup';

export interface NetconfSessionOptions {
  /** Longest silence while waiting for a message. */
  commandMs: number;
  signal: AbortSignal;
  maxMessageBytes?: number;
}

/** What Tidemark offers in its hello: both bases, so the device picks chunked framing if it can. */
const clientCapabilities = [base10, base11];

/** Reads one framed message at a time from a channel, failing on silence, abort or close. */
class MessageReader {
  private readonly decoder: MessageDecoder;
  private waiting: { what: string; resolve: (message: string) => void; reject: (error: CollectionError) => void } | null = null;
  /** Silence, cancellation or broken framing: the session is over. */
  private failure: CollectionError | null = null;
  private channelClosed = false;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    channel: SshChannel,
    private readonly options: NetconfSessionOptions,
  ) {
    this.decoder = new MessageDecoder(options.maxMessageBytes);
    channel.onData((chunk) => {
      this.decoder.push(chunk);
      if (this.waiting) this.restartTimer();
      this.deliver();
    });
    channel.onStderr(() => undefined);
    void channel.closed.then(() => {
      this.channelClosed = true;
      this.deliver();
    });
  }

  get framing(): Framing {
    return this.decoder.current;
  }

  /** Whether the device can still be talked to: no failure, channel open. */
  get usable(): boolean {
    return !this.failure && !this.channelClosed;
  }

  useChunked(): void {
    this.decoder.useChunked();
  }

  read(what: string): Promise<string> {
    if (this.options.signal.aborted) return Promise.reject(cancelled());
    return new Promise<string>((resolve, reject) => {
      const onAbort = () => {
        this.failure ??= cancelled();
        this.deliver();
      };
      const settle = () => {
        clearTimeout(this.timer);
        this.options.signal.removeEventListener('abort', onAbort);
        this.waiting = null;
      };
      this.waiting = {
        what,
        resolve: (message) => {
          settle();
          resolve(message);
        },
        reject: (error) => {
          settle();
          reject(error);
        },
      };
      this.options.signal.addEventListener('abort', onAbort, { once: true });
      this.restartTimer();
      this.deliver();
    });
  }

  private restartTimer(): void {
    clearTimeout(this.timer);
    const what = this.waiting?.what ?? 'message';
    this.timer = setTimeout(() => {
      this.failure ??= new CollectionError('TIMEOUT', `no ${what} from the device after ${this.options.commandMs} ms of silence`);
      this.deliver();
    }, this.options.commandMs);
  }

  private deliver(): void {
    const waiting = this.waiting;
    if (!waiting) return;
    if (this.failure) return waiting.reject(this.failure);
    let message: Buffer | null;
    try {
      message = this.decoder.next();
    } catch (error) {
      if (!(error instanceof FramingError)) throw error;
      this.failure = new CollectionError('OUTPUT_INVALID', `NETCONF ${this.decoder.current} framing broken: ${error.message}`, { cause: error });
      return waiting.reject(this.failure);
    }
    if (message) return waiting.resolve(message.toString('utf8'));
    if (this.channelClosed) {
      const detail = this.decoder.pending ? `in the middle of the ${waiting.what}` : `before sending the ${waiting.what}`;
      waiting.reject(new CollectionError('OUTPUT_INVALID', `the device closed the NETCONF channel ${detail}`));
    }
  }
}

const cancelled = () => new CollectionError('CANCELLED', 'collection cancelled');

function describeErrors(errors: RpcError[]): string {
  return errors
    .map((error) => {
      const said = (error.message || error.tag || 'no error-message').slice(0, 200);
      const where = error.path ? ` at ${error.path.slice(0, 200)}` : '';
      return `${said}${error.tag && error.message ? ` (${error.tag})` : ''}${where}`;
    })
    .join('; ');
}

export class NetconfSession {
  private nextMessageId = 1;

  private constructor(
    private readonly channel: SshChannel,
    private readonly reader: MessageReader,
    private readonly options: NetconfSessionOptions,
    /** The capabilities the device announced in its hello. */
    readonly capabilities: string[],
    readonly sessionId: string | null,
  ) {}

  /** Opens the `netconf` subsystem and exchanges hellos. */
  static async open(ssh: SshSession, options: NetconfSessionOptions): Promise<NetconfSession> {
    const channel = await ssh.openSubsystem('netconf');
    const reader = new MessageReader(channel, options);
    try {
      channel.write(frameMessage(helloMessage(clientCapabilities), 'end-of-message').toString('utf8'));
      const { capabilities, sessionId } = await asCollectionError(async () => parseHello(await reader.read('hello')), 'hello');
      if (capabilities.includes(base11)) reader.useChunked();
      else if (!capabilities.includes(base10)) {
        throw new CollectionError('TRANSPORT_UNAVAILABLE', `the device's hello offers no NETCONF base capability (${capabilities.slice(0, 5).join(', ') || 'none'})`);
      }
      return new NetconfSession(channel, reader, options, capabilities, sessionId);
    } catch (error) {
      channel.close();
      throw error;
    }
  }

  get framing(): Framing {
    return this.reader.framing;
  }

  /** Sends one operation and returns its reply, whatever it holds. */
  async rpc(operation: string): Promise<RpcReply> {
    const messageId = String(this.nextMessageId++);
    this.channel.write(frameMessage(rpcMessage(messageId, operation), this.reader.framing).toString('utf8'));
    const reply = await asCollectionError(async () => parseRpcReply(await this.reader.read('rpc-reply')), 'rpc-reply');
    if (reply.messageId !== null && reply.messageId !== messageId) {
      throw new CollectionError('OUTPUT_INVALID', `rpc-reply for message ${reply.messageId}, expected ${messageId}`);
    }
    return reply;
  }

  /** `<get-config>` of a datastore; the device's `<rpc-error>` fails with its error-message. */
  async getConfig(source: Datastore = 'running'): Promise<{ data: string; warnings: RpcError[] }> {
    const reply = await this.rpc(`<get-config><source><${source}/></source></get-config>`);
    const errors = reply.errors.filter((error) => error.severity !== 'warning');
    if (errors.length > 0) throw new CollectionError('COMMAND_FAILED', `get-config failed: ${describeErrors(errors)}`);
    if (reply.data === null) throw new CollectionError('OUTPUT_INVALID', 'get-config answered without <data>');
    return { data: reply.data, warnings: reply.errors.filter((error) => error.severity === 'warning') };
  }

  /** Ends the session politely; a device that does not answer is closed all the same. */
  async close(): Promise<void> {
    try {
      if (this.reader.usable && !this.options.signal.aborted) await this.rpc('<close-session/>');
    } catch {
      // The backup is complete; a device that drops the channel on close-session is common.
    } finally {
      this.channel.close();
    }
  }
}

async function asCollectionError<T>(work: () => Promise<T> | T, what: string): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof MessageError) throw new CollectionError('OUTPUT_INVALID', `the device's ${what} is not NETCONF: ${error.message}`, { cause: error });
    throw error;
  }
}
