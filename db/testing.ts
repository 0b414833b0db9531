/**
 * What tests of the domain layer share: a context acting as the system, with a fixed keyring and a
 * silent log, over a test database.
 */
import pino from 'pino';
import { createKeyring } from '../infra/keyring.ts';
import type { Database } from './client.ts';
import type { Ctx } from './context.ts';

export function systemTestContext(db: Database, dataDir = '/nonexistent'): Ctx {
  return {
    db,
    caller: { kind: 'system', name: 'test' },
    keyring: createKeyring(Buffer.alloc(32, 7)),
    log: pino({ level: 'silent' }),
    settings: { dataDir },
  };
}
