import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectDatabase, type DatabaseHandle } from '../db/client.ts';
import { indexStoredVersions } from '../db/config-search/index-stored-versions.ts';
import { createKeyring } from '../infra/keyring.ts';
import { createTestDatabase, type TestDatabase } from '../infra/postgres/test-database.ts';
import { CollectedTextsIndex } from './collected-texts-index.ts';

let database: TestDatabase;
let handle: DatabaseHandle;
const log = pino({ level: 'silent' });

beforeAll(async () => {
  database = await createTestDatabase();
  handle = connectDatabase(database.url, { max: 3 });
});
afterAll(async () => {
  await handle?.close();
  await database?.drop();
});

const text = (n: number, content = `hostname sw-${n}\nenable secret 5 $1$abc$xyz${n}\nntp server 10.0.0.${n}`) => ({
  sha256: n.toString(16).padStart(64, '0'),
  content,
  backupMethod: 'cisco-ios',
  redacted: false,
});

const savedTexts = async () => (await handle.sql<{ sha256: string; content: string }[]>`select sha256, content from config_texts order by sha256`).map((row) => ({ ...row }));

describe('CollectedTextsIndex', () => {
  it('saves collected texts for search in the background, redacted and split into lines, each once', async () => {
    const index = new CollectedTextsIndex(handle.db, log);
    index.add([text(1), text(2)]);
    index.add([text(2), text(3)]);
    await index.idle();
    const saved = await savedTexts();
    expect(saved.map((row) => row.sha256)).toEqual([text(1).sha256, text(2).sha256, text(3).sha256]);
    // The platform's rules redact what the device did not redact at collection.
    expect(saved[0].content).toContain('hostname sw-1');
    expect(saved[0].content).not.toContain('$1$abc$xyz1');
    const [{ unsplit }] = await handle.sql`select count(*)::int as unsplit from config_texts where line_ids is null`;
    expect(unsplit).toBe(0);
    expect(index.dropped).toBe(0);
    await handle.sql`delete from config_texts`;
  });

  it('leaves texts to the run\'s finish when too many wait, and goes on after a failed save', async () => {
    const index = new CollectedTextsIndex(handle.db, log, 2);
    index.add([text(11), text(12), text(13)]);
    expect(index.dropped).toBe(1);
    await index.idle();
    expect((await savedTexts()).map((row) => row.sha256)).toEqual([text(11).sha256, text(12).sha256]);

    // A text PostgreSQL refuses (a NUL byte) fails its batch; the next batch is saved.
    index.add([text(14, 'bad \u0000 text')]);
    await index.idle();
    index.add([text(15)]);
    await index.idle();
    expect((await savedTexts()).map((row) => row.sha256)).toEqual([text(11).sha256, text(12).sha256, text(15).sha256]);
    await handle.sql`delete from config_texts`;
  });

  it('is not undone by the daily clean-up while a run is under way: a text no version names yet stays until the run ends', async () => {
    const [{ id: runId }] = await handle.sql`insert into runs (trigger, status, created_at) values ('manual', 'running', now() - interval '10 minutes') returning id`;
    const index = new CollectedTextsIndex(handle.db, log);
    index.add([text(21)]);
    await index.idle();
    // Saved before the run began: a text a run that was never stored left behind.
    await handle.sql`insert into config_texts (sha256, content, created_at) values (${text(22).sha256}, 'left behind', now() - interval '1 hour')`;

    const keyring = createKeyring(Buffer.alloc(32, 7));
    const during = await indexStoredVersions({ db: handle.db, keyring, log });
    expect(during.removed).toBe(1);
    expect((await savedTexts()).map((row) => row.sha256)).toEqual([text(21).sha256]);

    // The run ended without storing it: the text goes.
    await handle.sql`update runs set status = 'failed', finished_at = now() where id = ${runId}`;
    const after = await indexStoredVersions({ db: handle.db, keyring, log });
    expect(after.removed).toBe(1);
    expect(await savedTexts()).toEqual([]);
  });
});
