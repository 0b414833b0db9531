/**
 * NETCONF message framing over SSH (RFC 6242): the 1.0 end-of-message marker `]]>]]>` and
 * the 1.1 chunked framing `\n#<size>\n<bytes>…\n##\n`. Both ends start with end-of-message
 * framing for the hellos and switch to chunks when both offer base:1.1.
 *
 * The decoder takes bytes as they arrive, however TCP splits them, and hands out one
 * message at a time, so a caller can switch framing between two messages. It holds the
 * message being assembled and the bytes not yet asked for, never more than one message's
 * worth beyond `maxMessageBytes`.
 */

export type Framing = 'end-of-message' | 'chunked';

export const endOfMessage = Buffer.from(']]>]]>', 'utf8');

/** Largest chunk RFC 6242 allows. */
const maximumChunkSize = 4_294_967_295;
/** `\n#` + up to 10 digits + `\n`. */
const maximumHeaderBytes = 13;

/** Configurations run to tens of MB; a reply beyond this is not a configuration. */
export const defaultMaxMessageBytes = 256 * 1024 * 1024;

export class FramingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FramingError';
  }
}

export function frameMessage(xml: string, framing: Framing): Buffer {
  const body = Buffer.from(xml, 'utf8');
  if (framing === 'end-of-message') {
    if (body.includes(endOfMessage)) throw new FramingError('a 1.0 message cannot contain "]]>]]>"');
    return Buffer.concat([body, endOfMessage]);
  }
  if (body.length === 0) throw new FramingError('a chunked message needs at least one byte');
  return Buffer.concat([Buffer.from(`\n#${body.length}\n`, 'utf8'), body, Buffer.from('\n##\n', 'utf8')]);
}

const newline = 0x0a;
const hash = 0x23;
const zero = 0x30;
const nine = 0x39;

export class MessageDecoder {
  private framing: Framing = 'end-of-message';
  /** Bytes received and not yet decoded. */
  private readonly unread: Buffer[] = [];
  /** The message being assembled. */
  private parts: Buffer[] = [];
  private size = 0;
  /** End-of-message: the last bytes of the message so far, where a split marker may begin. */
  private tail = Buffer.alloc(0);
  /** Chunked: the header being read, or the bytes left of the current chunk. */
  private header: number[] = [];
  private chunkLeft = 0;
  private chunks = 0;
  private failed: FramingError | null = null;

  constructor(private readonly maxMessageBytes = defaultMaxMessageBytes) {}

  get current(): Framing {
    return this.framing;
  }

  /** Chunked framing from the next message on; only between messages. */
  useChunked(): void {
    if (this.size > 0 || this.header.length > 0 || this.chunkLeft > 0) throw new FramingError('framing switched inside a message');
    this.framing = 'chunked';
  }

  push(chunk: Buffer): void {
    if (chunk.length > 0) this.unread.push(chunk);
  }

  /** The next complete message, or null until more bytes arrive. Throws FramingError on a malformed frame. */
  next(): Buffer | null {
    if (this.failed) throw this.failed;
    try {
      while (this.unread.length > 0) {
        const chunk = this.unread.shift()!;
        const { message, rest } = this.framing === 'chunked' ? this.decodeChunked(chunk) : this.decodeEndOfMessage(chunk);
        if (rest.length > 0) this.unread.unshift(rest);
        if (message) return message;
      }
      return null;
    } catch (error) {
      if (error instanceof FramingError) this.failed = error;
      throw error;
    }
  }

  /** Whether bytes of an unfinished message are held (a reply cut short). */
  get pending(): boolean {
    return this.size > 0 || this.header.length > 0 || this.chunkLeft > 0 || this.unread.some((chunk) => chunk.length > 0);
  }

  private decodeEndOfMessage(chunk: Buffer): { message: Buffer | null; rest: Buffer } {
    const window = this.tail.length > 0 ? Buffer.concat([this.tail, chunk]) : chunk;
    const at = window.indexOf(endOfMessage);
    if (at < 0) {
      this.append(chunk);
      this.tail = Buffer.from(window.subarray(Math.max(0, window.length - (endOfMessage.length - 1))));
      return { message: null, rest: Buffer.alloc(0) };
    }
    // The marker may begin in bytes already appended (the tail): take them back out.
    const fromChunk = at - this.tail.length;
    if (fromChunk < 0) this.unappend(-fromChunk);
    else this.append(chunk.subarray(0, fromChunk));
    const message = this.take();
    return { message, rest: chunk.subarray(fromChunk + endOfMessage.length) };
  }

  private decodeChunked(chunk: Buffer): { message: Buffer | null; rest: Buffer } {
    let at = 0;
    while (at < chunk.length) {
      if (this.chunkLeft > 0) {
        const body = chunk.subarray(at, at + this.chunkLeft);
        this.append(body);
        this.chunkLeft -= body.length;
        at += body.length;
        continue;
      }
      const byte = chunk[at++];
      const ended = this.readHeaderByte(byte);
      if (ended) return { message: this.take(), rest: chunk.subarray(at) };
    }
    return { message: null, rest: Buffer.alloc(0) };
  }

  /** One byte of `\n#<size>\n` or `\n##\n`; true when it ends the message. */
  private readHeaderByte(byte: number): boolean {
    const header = this.header;
    header.push(byte);
    const position = header.length - 1;
    const malformed = (what: string) =>
      new FramingError(`malformed chunk header ${JSON.stringify(Buffer.from(header).toString('latin1'))}: ${what}`);
    if (position === 0) {
      if (byte !== newline) throw malformed('expected a newline');
      return false;
    }
    if (position === 1) {
      // Devices that end their hello with "]]>]]>\n" leave a newline before the first chunk.
      if (byte === newline && this.chunks === 0) {
        header.pop();
        return false;
      }
      if (byte !== hash) throw malformed('expected "#"');
      return false;
    }
    if (position === 2 && byte === hash) return false;
    if (header[2] === hash) {
      if (byte !== newline) throw malformed('expected a newline after "##"');
      if (this.chunks === 0) throw malformed('end of chunks before any chunk');
      this.header = [];
      this.chunks = 0;
      return true;
    }
    if (byte === newline && position > 2) {
      const size = Number(Buffer.from(header.slice(2, -1)).toString('latin1'));
      if (size > maximumChunkSize) throw malformed('chunk size too large');
      this.header = [];
      this.chunkLeft = size;
      this.chunks++;
      if (this.size + size > this.maxMessageBytes) throw this.tooLarge();
      return false;
    }
    if (byte < zero || byte > nine || (position === 2 && byte === zero)) throw malformed('expected a chunk size');
    if (header.length >= maximumHeaderBytes) throw malformed('chunk size too long');
    return false;
  }

  private append(bytes: Buffer): void {
    if (bytes.length === 0) return;
    this.size += bytes.length;
    if (this.size > this.maxMessageBytes) throw this.tooLarge();
    // Chunks arrive in buffers the transport may reuse; the message keeps its own copy.
    this.parts.push(Buffer.from(bytes));
  }

  private unappend(count: number): void {
    let left = count;
    while (left > 0) {
      const last = this.parts.pop()!;
      if (last.length > left) {
        this.parts.push(last.subarray(0, last.length - left));
        this.size -= left;
        return;
      }
      this.size -= last.length;
      left -= last.length;
    }
  }

  private take(): Buffer {
    const message = Buffer.concat(this.parts, this.size);
    this.parts = [];
    this.size = 0;
    this.tail = Buffer.alloc(0);
    return message;
  }

  private tooLarge(): FramingError {
    return new FramingError(`message larger than ${this.maxMessageBytes} bytes`);
  }
}
