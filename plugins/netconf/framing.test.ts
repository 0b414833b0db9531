import { describe, expect, test } from 'vitest';
import { FramingError, frameMessage, MessageDecoder } from './framing.ts';

const hello = '<?xml version="1.0" encoding="UTF-8"?>\n<hello xmlns="urn:ietf:params:xml:ns:netconf:base:1.0"/>';
const reply = '<rpc-reply message-id="1"><data><description>café ]]> ]]&gt; #12 ##</description></data></rpc-reply>';

/** Everything the decoder hands out for the given pieces, fed one by one. */
function decodeAll(decoder: MessageDecoder, pieces: Buffer[]): string[] {
  const messages: string[] = [];
  for (const piece of pieces) {
    decoder.push(piece);
    for (let message = decoder.next(); message; message = decoder.next()) messages.push(message.toString('utf8'));
  }
  return messages;
}

const splitAt = (bytes: Buffer, at: number) => [bytes.subarray(0, at), bytes.subarray(at)];
const byteByByte = (bytes: Buffer) => [...bytes].map((byte) => Buffer.from([byte]));
const chunked = () => {
  const decoder = new MessageDecoder();
  decoder.useChunked();
  return decoder;
};

describe('end-of-message framing (1.0)', () => {
  test('frames with ]]>]]> and decodes back', () => {
    const framed = frameMessage(hello, 'end-of-message');
    expect(framed.toString('utf8')).toBe(`${hello}]]>]]>`);
    expect(decodeAll(new MessageDecoder(), [framed])).toEqual([hello]);
  });

  test('finds the marker wherever the transport splits it', () => {
    const framed = Buffer.concat([frameMessage(hello, 'end-of-message'), frameMessage(reply, 'end-of-message')]);
    for (let at = 1; at < framed.length; at++) {
      expect(decodeAll(new MessageDecoder(), splitAt(framed, at)), `split at ${at}`).toEqual([hello, reply]);
    }
    expect(decodeAll(new MessageDecoder(), byteByByte(framed))).toEqual([hello, reply]);
  });

  test('keeps a multi-byte character split across reads whole', () => {
    const framed = frameMessage(reply, 'end-of-message');
    const at = framed.indexOf(Buffer.from('é')) + 1;
    expect(decodeAll(new MessageDecoder(), splitAt(framed, at))).toEqual([reply]);
  });

  test('holds an unfinished message and reports it pending', () => {
    const decoder = new MessageDecoder();
    expect(decodeAll(decoder, [Buffer.from('<rpc-reply>partial]]>]]')])).toEqual([]);
    expect(decoder.pending).toBe(true);
  });

  test('refuses to frame a message that contains the marker', () => {
    expect(() => frameMessage('<a>]]>]]></a>', 'end-of-message')).toThrow(FramingError);
  });
});

describe('chunked framing (1.1)', () => {
  test('frames as one chunk with a byte count and decodes back', () => {
    const framed = frameMessage(reply, 'chunked');
    expect(framed.toString('utf8')).toBe(`\n#${Buffer.byteLength(reply)}\n${reply}\n##\n`);
    expect(decodeAll(chunked(), [framed])).toEqual([reply]);
  });

  test('joins several chunks, split at every byte of headers and bodies', () => {
    const framed = Buffer.from(`\n#4\n<rpc\n#10\n-reply/>  \n#1\n\n\n##\n\n#5\n<ok/>\n##\n`, 'utf8');
    const expected = ['<rpc-reply/>  \n', '<ok/>'];
    for (let at = 1; at < framed.length; at++) expect(decodeAll(chunked(), splitAt(framed, at)), `split at ${at}`).toEqual(expected);
    expect(decodeAll(chunked(), byteByByte(framed))).toEqual(expected);
  });

  test('takes a chunk size in bytes, not characters', () => {
    const framed = frameMessage(reply, 'chunked');
    expect(decodeAll(chunked(), byteByByte(framed))).toEqual([reply]);
  });

  test.each([
    ['no newline before #', '#4\n<ok/\n##\n'],
    ['a size that is not a number', '\n#x\n<ok/>\n##\n'],
    ['a size of zero', '\n#0\n\n##\n'],
    ['a leading zero', '\n#05\n<ok/>\n##\n'],
    ['a size of more than 10 digits', '\n#12345678901\n'],
    ['a size beyond 4294967295', '\n#4294967296\n'],
    ['end of chunks before any chunk', '\n##\n'],
    ['text after ## other than a newline', '\n#5\n<ok/>\n##x'],
    ['a chunk longer than its size', '\n#3\n<ok/>\n##\n'],
  ])('rejects %s', (_name, framed) => {
    const decoder = chunked();
    expect(() => decodeAll(decoder, [Buffer.from(framed, 'utf8')])).toThrow(FramingError);
    // A broken stream stays broken: nothing after it is trusted.
    expect(() => decoder.next()).toThrow(FramingError);
  });

  test('rejects a message beyond the size limit before buffering it', () => {
    const decoder = new MessageDecoder(1024);
    decoder.useChunked();
    expect(() => decodeAll(decoder, [Buffer.from('\n#2048\n', 'utf8')])).toThrow(/larger than 1024 bytes/);
    const eom = new MessageDecoder(1024);
    expect(() => decodeAll(eom, [Buffer.alloc(600, 0x61), Buffer.alloc(600, 0x61)])).toThrow(/larger than 1024 bytes/);
  });
});

describe('switching framing after the hellos', () => {
  test('decodes the hello with the marker and what follows in the same read as chunks', () => {
    const decoder = new MessageDecoder();
    decoder.push(frameMessage(hello, 'end-of-message'));
    expect(decoder.next()?.toString('utf8')).toBe(hello);
    decoder.useChunked();
    decoder.push(frameMessage(reply, 'chunked'));
    expect(decoder.next()?.toString('utf8')).toBe(reply);

    const same = new MessageDecoder();
    same.push(Buffer.concat([frameMessage(hello, 'end-of-message'), frameMessage(reply, 'chunked')]));
    expect(same.next()?.toString('utf8')).toBe(hello);
    same.useChunked();
    expect(same.next()?.toString('utf8')).toBe(reply);
    expect(same.next()).toBeNull();
  });

  test('skips the newline a device leaves after its hello before the first chunk', () => {
    const decoder = new MessageDecoder();
    decoder.push(Buffer.concat([frameMessage(hello, 'end-of-message'), Buffer.from('\n'), frameMessage(reply, 'chunked')]));
    expect(decoder.next()?.toString('utf8')).toBe(hello);
    decoder.useChunked();
    expect(decoder.next()?.toString('utf8')).toBe(reply);
  });

  test('refuses to switch inside a message', () => {
    const decoder = new MessageDecoder();
    decoder.push(Buffer.from('<hello'));
    expect(decoder.next()).toBeNull();
    expect(() => decoder.useChunked()).toThrow(FramingError);
  });
});
