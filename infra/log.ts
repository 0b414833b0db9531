import pino from 'pino';
import pretty from 'pino-pretty';

export type Logger = pino.Logger;

/** Field names whose values are never written, wherever they appear in a log object. */
const secretPaths = [
  'password',
  'passphrase',
  'privateKey',
  'enableSecret',
  'token',
  'remoteToken',
  'authorization',
  'cookie',
  '*.password',
  '*.passphrase',
  '*.privateKey',
  '*.enableSecret',
  '*.token',
  '*.remoteToken',
  '*.authorization',
  '*.cookie',
  'req.headers.authorization',
  'req.headers.cookie',
];

/**
 * Anything logged may hold what an anonymous client sent; these bounds keep one request from
 * writing megabytes to the log, whatever a call site forgot to cut.
 */
export const LOG_BOUNDS = { stringChars: 4096, arrayItems: 100, depth: 8 } as const;

/** `text` cut to `max` characters, saying how long it was. */
export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max)}… [${text.length} characters]`;
}

function bound(value: unknown, depth: number): unknown {
  if (typeof value === 'string') return truncate(value, LOG_BOUNDS.stringChars);
  if (value === null || typeof value !== 'object') return value;
  if (depth >= LOG_BOUNDS.depth) return '[too deep]';
  if (value instanceof Error) return boundError(value, depth);
  if (Array.isArray(value)) {
    const items = value.slice(0, LOG_BOUNDS.arrayItems).map((item) => bound(item, depth + 1));
    if (value.length > LOG_BOUNDS.arrayItems) items.push(`… [${value.length} items]`);
    return items;
  }
  if (ArrayBuffer.isView(value)) return `[${value.byteLength} bytes]`;
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return value;
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) copy[key] = bound(item, depth + 1);
  return copy;
}

/** A copy of the error, still an Error of its class (pino's serializer names it by that), with bounded fields. */
function boundError(error: Error, depth: number): Error {
  const copy = Object.create(Object.getPrototypeOf(error)) as Error;
  for (const key of ['message', 'stack'] as const) {
    const text = error[key];
    if (typeof text === 'string') Object.defineProperty(copy, key, { value: truncate(text, LOG_BOUNDS.stringChars), writable: true, configurable: true });
  }
  if (error.cause !== undefined) Object.defineProperty(copy, 'cause', { value: bound(error.cause, depth + 1), writable: true, configurable: true });
  for (const [key, item] of Object.entries(error)) (copy as unknown as Record<string, unknown>)[key] = bound(item, depth + 1);
  return copy;
}

/** pino options every Tidemark logger shares: secrets redacted, every field bounded. */
export function logOptions(options: { level?: string; name?: string } = {}): pino.LoggerOptions {
  return {
    level: options.level ?? 'info',
    name: options.name,
    redact: { paths: secretPaths, censor: '[redacted]' },
    formatters: { log: (object) => bound(object, 0) as Record<string, unknown> },
    hooks: {
      logMethod(args, method) {
        method.apply(this, args.map((arg) => (typeof arg === 'string' ? truncate(arg, LOG_BOUNDS.stringChars) : arg)) as Parameters<typeof method>);
      },
    },
  };
}

export function createLogger(
  options: { level?: string; name?: string; pretty?: boolean; destination?: pino.DestinationStream } = {},
): Logger {
  const base = logOptions(options);
  if (options.destination) return pino(base, options.destination);
  const wantPretty = options.pretty ?? process.stdout.isTTY;
  if (wantPretty) return pino(base, pretty({ colorize: true, ignore: 'pid,hostname', sync: true }));
  return pino(base);
}
