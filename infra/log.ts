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

export function createLogger(options: { level?: string; name?: string; pretty?: boolean } = {}): Logger {
  const base: pino.LoggerOptions = {
    level: options.level ?? 'info',
    name: options.name,
    redact: { paths: secretPaths, censor: '[redacted]' },
  };
  const wantPretty = options.pretty ?? process.stdout.isTTY;
  if (wantPretty) return pino(base, pretty({ colorize: true, ignore: 'pid,hostname', sync: true }));
  return pino(base);
}
