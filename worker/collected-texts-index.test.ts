import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectDatabase, type DatabaseHandle } from '../db/client.ts';
import { indexStoredVersions } from '../db/config-search/index-stored-versions.ts';
import { createKeyring } from '../infra/keyring.ts';
import { createTestDatabase, type TestDatabase } from '../infra/postgres/test-database.ts';
import type { StagedArtifact } from '../db/runs/types.ts';
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

const sha = (n: number) => n.toString(16).padStart(64, '0');

/** A collected running-config whose sha256 is `sha(n)`; its comparable content `sha(comparable)`. */
const staged = (n: number, content = `hostname sw-${n}\nenable secret 5 $1$abc$xyz${n}\nntp server 10.0.0.${n}`, comparable = n): StagedArtifact => ({
  artifact: 'running-config',
  isBinary: false,
  content,
  size: Buffer.byteLength(content),
  sha256: sha(n),
  comparableSha256: sha(comparable),
  redactions: [],
});

let repositoryId: string;
let device: { id: string; backupMethod: string; keepSecrets: boolean };

beforeAll(async () => {
  [{ id: repositoryId }] = await handle.sql`insert into repositories (name, kind, path) values ('search', 'git', '/nonexistent/search') returning id`;
  const [{ id }] = await handle.sql`insert into devices (name, host, backup_method, repository_id) values ('sw', '127.0.0.1', 'cisco-ios', ${repositoryId}) returning id`;
  device = { id, backupMethod: 'cisco-ios', keepSecrets: false };
});

const savedTexts = async () => (await handle.sql<{ sha256: string; content: string }[]>`select sha256, content from config_texts order by sha256`).map((row) => ({ ...row }));

describe('CollectedTextsIndex', () => {
  it('saves collected texts for search in the background, redacted and split into lines, each once', async () => {
    const index = new CollectedTextsIndex(handle.db, log);
    index.add(repositoryId, device, [staged(1), staged(2)]);
    index.add(repositoryId, device, [staged(2), staged(3)]);
    await index.idle();
    const saved = await savedTexts();
    expect(saved.map((row) => row.sha256)).toEqual([sha(1), sha(2), sha(3)]);
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
    index.add(repositoryId, device, [staged(11), staged(12), staged(13)]);
    expect(index.dropped).toBe(1);
    await index.idle();
    expect((await savedTexts()).map((row) => row.sha256)).toEqual([sha(11), sha(12)]);

    // A text PostgreSQL refuses (a NUL byte) fails its batch; the next batch is saved.
    index.add(repositoryId, device, [staged(14, 'bad \u0000 text')]);
    await index.idle();
    index.add(repositoryId, device, [staged(15)]);
    await index.idle();
    expect((await savedTexts()).map((row) => row.sha256)).toEqual([sha(11), sha(12), sha(15)]);
    await handle.sql`delete from config_texts`;
  });

  it('does not save a text that matches the latest version of its artifact but for volatile lines', async () => {
    // The latest backup of the device's running-config: comparable content sha(31).
    await handle.sql`
      insert into backups (device_id, repository_id, artifact, is_text, size, sha256, comparable_sha256, changed, storage_ref)
      values (${device.id}, ${repositoryId}, 'running-config', true, 1, ${sha(30)}, ${sha(31)}, true,
        ${JSON.stringify({ kind: 'git', commit: 'c'.repeat(40), path: 'sw/running-config', blob: 'b'.repeat(40) })}::jsonb)`;
    const index = new CollectedTextsIndex(handle.db, log);
    // Another clock line, the same comparable content: no new version, nothing to search.
    index.add(repositoryId, device, [staged(32, 'hostname sw\n! Last change at 10:00', 31)]);
    await index.idle();
    expect(await savedTexts()).toEqual([]);
    // A real change is saved; so is the same content in another repository, where it is new.
    index.add(repositoryId, device, [staged(33, 'hostname sw-renamed', 33)]);
    const [{ id: other }] = await handle.sql`insert into repositories (name, kind, path) values ('other', 'git', '/nonexistent/other') returning id`;
    index.add(other, device, [staged(34, 'hostname sw\n! Last change at 11:00', 31)]);
    await index.idle();
    expect((await savedTexts()).map((row) => row.sha256)).toEqual([sha(33), sha(34)]);
    await handle.sql`delete from config_texts`;
    await handle.sql`delete from backups`;
  });

  it('is not undone by the daily clean-up while a run is under way: a text no version names yet stays until the run ends', async () => {
    const [{ id: runId }] = await handle.sql`insert into runs (trigger, status, created_at) values ('manual', 'running', now() - interval '10 minutes') returning id`;
    const index = new CollectedTextsIndex(handle.db, log);
    index.add(repositoryId, device, [staged(21)]);
    await index.idle();
    // Saved before the run began: a text a run that was never stored left behind.
    await handle.sql`insert into config_texts (sha256, content, created_at) values (${sha(22)}, 'left behind', now() - interval '1 hour')`;

    const keyring = createKeyring(Buffer.alloc(32, 7));
    const during = await indexStoredVersions({ db: handle.db, keyring, log });
    expect(during.removed).toBe(1);
    expect((await savedTexts()).map((row) => row.sha256)).toEqual([sha(21)]);

    // The run ended without storing it: the text goes.
    await handle.sql`update runs set status = 'failed', finished_at = now() where id = ${runId}`;
    const after = await indexStoredVersions({ db: handle.db, keyring, log });
    expect(after.removed).toBe(1);
    expect(await savedTexts()).toEqual([]);
  });
});
