/**
 * The filesystem backend: every version under `<root>/.versions/<path>/<version>`, the latest one
 * also at `<root>/<path>` (see types.ts). Version names sort in store order, so the greatest name
 * in a folder is the latest version.
 */
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream, promises as fsp } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { once } from 'node:events';
import { pipeline } from 'node:stream/promises';
import { NotFoundError, ValidationError } from '../infra/errors.ts';
import type { Logger } from '../infra/log.ts';
import { artifactPathSegments, checkArtifactFiles, versionsFolder } from './artifact-path.ts';
import { stagingBufferBytes } from './git-objects.ts';
import { stagedObjectsFolder } from './path-rules.ts';
import { claimFilesystemRoot } from './repository-folder.ts';
import { storeAll } from './store-writer.ts';
import type {
  ArtifactFile,
  ArtifactSource,
  ObjectWriter,
  PushResult,
  Repository,
  RepositoryConfig,
  StorageRef,
  StoredVersion,
  StoreMeta,
  StoreResult,
  StoreWriter,
} from './types.ts';

const tempMarker = '.tidemark-tmp-';

/** "2024-05-01T12:00:00.000Z" → "2024-05-01T12-00-00.000Z": no colons, which Windows shares refuse. */
function dateStamp(date: Date): string {
  return date.toISOString().replace(/:/g, '-');
}

const versionPattern = /^(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}\.\d{3}Z)(?:-(\d+))?$/;

function parseVersion(name: string): { stamp: string; counter: number } | null {
  const match = versionPattern.exec(name);
  return match ? { stamp: match[1], counter: Number(match[2] ?? 1) } : null;
}

function compareVersions(a: { stamp: string; counter: number }, b: { stamp: string; counter: number }): number {
  return a.stamp < b.stamp ? -1 : a.stamp > b.stamp ? 1 : a.counter - b.counter;
}

/**
 * The store date names the version, unless it does not come after the latest version (two stores
 * in one millisecond, a clock set back): then the latest's date with the next counter, so that
 * names keep sorting in store order.
 */
function nextVersionName(latest: string | null, date: Date): string {
  const wanted = { stamp: dateStamp(date), counter: 1 };
  const previous = latest ? parseVersion(latest) : null;
  if (!previous || compareVersions(wanted, previous) > 0) return wanted.stamp;
  return `${previous.stamp}-${previous.counter + 1}`;
}

async function latestVersion(versionsDir: string): Promise<string | null> {
  const names = await fsp.readdir(versionsDir).catch(() => [] as string[]);
  let latest: { name: string; version: { stamp: string; counter: number } } | null = null;
  for (const name of names) {
    const version = parseVersion(name);
    if (version && (!latest || compareVersions(version, latest.version) > 0)) latest = { name, version };
  }
  return latest?.name ?? null;
}

async function sha256OfFile(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** A source whose bytes are in a file: a local file, or an object staged in the repository (its sha256 is its name). */
type LocatedSource = { kind: 'text'; content: string } | { kind: 'file'; file: string; sha256?: string };

/** Whether the source holds exactly the bytes of `file`; sizes first, so most changes cost one stat. */
async function sameContent(source: LocatedSource, file: string): Promise<boolean> {
  const stored = await fsp.stat(file).catch(() => null);
  if (!stored) return false;
  if (source.kind === 'text') {
    const content = Buffer.from(source.content, 'utf8');
    return content.length === stored.size && content.equals(await fsp.readFile(file));
  }
  const { size } = await fsp.stat(source.file);
  if (size !== stored.size) return false;
  const [a, b] = await Promise.all([source.sha256 ?? sha256OfFile(source.file), sha256OfFile(file)]);
  return a === b;
}

function tempPathBeside(file: string): string {
  return join(dirname(file), `.${basename(file)}${tempMarker}${randomBytes(6).toString('hex')}`);
}

/** Makes a rename in `folder` survive a power cut, not only a process crash. */
async function syncFolder(folder: string): Promise<void> {
  const handle = await fsp.open(folder, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Writes the source to `file`, which must not exist yet, and fsyncs it. A staged object is
 * linked (fsynced when it was staged), so a large binary is never copied.
 */
async function writeSynced(file: string, source: LocatedSource): Promise<void> {
  if (source.kind === 'file' && source.sha256 && (await fsp.link(source.file, file).then(() => true, () => false))) return;
  if (source.kind === 'text') {
    const handle = await fsp.open(file, 'wx');
    try {
      await handle.writeFile(source.content, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    return;
  }
  await pipeline(createReadStream(source.file), createWriteStream(file, { flags: 'wx' }));
  const handle = await fsp.open(file, 'r+');
  await handle.sync().finally(() => handle.close());
}

/** Puts a hard link to the version file in place (a copy where the filesystem refuses links). */
async function placeLatest(versionFile: string, target: string): Promise<void> {
  const temp = tempPathBeside(target);
  try {
    await fsp.link(versionFile, temp).catch(() => fsp.copyFile(versionFile, temp));
    await fsp.rename(temp, target);
    await syncFolder(dirname(target));
  } catch (error) {
    await fsp.rm(temp, { force: true });
    throw error;
  }
}

/** Calls are serialised by the caller, so temporary files found in a folder are a crashed call's. */
async function removeTempFiles(folder: string): Promise<void> {
  const names = await fsp.readdir(folder).catch(() => [] as string[]);
  await Promise.all(
    names.filter((name) => name.includes(tempMarker)).map((name) => fsp.rm(join(folder, name), { force: true })),
  );
}

/** A store's own folder in the root, where its new versions are written before they move into place. */
const stagingPrefix = '.tidemark-staging-';

/** Staging folders left by a crashed call (calls are serialised by the caller). */
async function removeStagingFolders(root: string): Promise<void> {
  const names = await fsp.readdir(root).catch(() => [] as string[]);
  await Promise.all(names.filter((name) => name.startsWith(stagingPrefix)).map((name) => fsp.rm(join(root, name), { recursive: true, force: true })));
}

/** A new version, written to the staging folder, and where it goes. */
interface PendingVersion {
  path: string;
  staged: string;
  versionsDir: string;
  version: string;
  latestFile: string;
  /** The latest version before this store, put back at `latestFile` if the store fails. */
  previous: string | null;
}

/** What placing one version changed, so that a store that fails can take it back. */
interface PlacedVersion {
  pending: PendingVersion;
  /** Each folder made, with the topmost one `mkdir` had to create for it. */
  createdFolders: { folder: string; top: string }[];
  versionPlaced: boolean;
  latestPlaced: boolean;
}

/** Moves a staged version into place, making its folders; records each step in `placed` first. */
async function placeVersion(pending: PendingVersion, placed: PlacedVersion[], cleaned: Set<string>): Promise<void> {
  const record: PlacedVersion = { pending, createdFolders: [], versionPlaced: false, latestPlaced: false };
  placed.push(record);
  for (const folder of [pending.versionsDir, dirname(pending.latestFile)]) {
    const top = await fsp.mkdir(folder, { recursive: true });
    if (top) record.createdFolders.push({ folder, top });
    if (!cleaned.has(folder)) await removeTempFiles(folder);
    cleaned.add(folder);
  }
  const versionFile = join(pending.versionsDir, pending.version);
  await fsp.rename(pending.staged, versionFile);
  record.versionPlaced = true;
  await syncFolder(pending.versionsDir);
  await placeLatest(versionFile, pending.latestFile);
  record.latestPlaced = true;
}

/**
 * Undoes what a failed store placed, last first: its version files removed (which frees their
 * space first), the latest files put back to the previous version (or removed when there was
 * none), and the folders it made removed while empty. The repository is as before the store.
 */
async function takeBack(placed: PlacedVersion[], log?: Logger): Promise<void> {
  for (const { pending, createdFolders, versionPlaced, latestPlaced } of [...placed].reverse()) {
    try {
      if (versionPlaced) await fsp.rm(join(pending.versionsDir, pending.version), { force: true });
      if (latestPlaced && pending.previous) await placeLatest(join(pending.versionsDir, pending.previous), pending.latestFile);
      else if (latestPlaced) await fsp.rm(pending.latestFile, { force: true });
      for (const created of [...createdFolders].reverse()) await removeEmptyFolders(created.folder, created.top);
    } catch (error) {
      log?.error({ err: error, path: pending.path }, 'could not take back a version of a failed store');
    }
  }
}

/** Removes `folder` and its parents up to `top` while they are empty. */
async function removeEmptyFolders(folder: string, top: string): Promise<void> {
  for (let current = folder; ; current = dirname(current)) {
    const removed = await fsp.rmdir(current).then(
      () => true,
      () => false,
    );
    if (!removed || current === top || current === dirname(current)) return;
  }
}

const batchPattern = /^[\w-]{1,100}$/;
const stagedIdPattern = /^[\w-]{1,100}\/[0-9a-f]{64}$/;

/** A temporary staged object untouched this long is a crashed writer's; a live one writes to it all the time. */
const staleTempMs = 60 * 60_000;

/** Removes temporary staged objects that crashed writers left in a batch folder. */
async function removeStaleTempObjects(objects: string, now = Date.now()): Promise<void> {
  const batches = await fsp.readdir(objects).catch(() => [] as string[]);
  for (const batch of batches) {
    const folder = join(objects, batch);
    const names = await fsp.readdir(folder).catch(() => [] as string[]);
    for (const name of names.filter((candidate) => candidate.includes(tempMarker))) {
      const stats = await fsp.stat(join(folder, name)).catch(() => null);
      if (stats && now - stats.mtimeMs > staleTempMs) await fsp.rm(join(folder, name), { force: true });
    }
  }
}

export function openFilesystemRepository(config: RepositoryConfig, log?: Logger): Repository {
  const root = resolve(config.path);
  const objects = join(root, stagedObjectsFolder);

  /** The file of a staged object, `<root>/.tidemark-objects/<batch>/<sha256>`. */
  async function locateObject(id: string): Promise<LocatedSource> {
    if (!stagedIdPattern.test(id)) throw new ValidationError(`"${id}" is not a staged object`);
    const file = join(objects, ...id.split('/'));
    if (!(await fsp.stat(file).catch(() => null))?.isFile()) {
      throw new Error(`the staged object ${id} is not in ${root}: was it collected by a worker that reaches this repository at another path?`);
    }
    return { kind: 'file', file, sha256: id.split('/')[1] };
  }

  const locateSource = (source: ArtifactSource): Promise<LocatedSource> | LocatedSource =>
    source.kind === 'object' ? locateObject(source.id) : source;

  function locate(path: string) {
    const segments = artifactPathSegments(path);
    return { latestFile: join(root, ...segments), versionsDir: join(root, versionsFolder, ...segments) };
  }

  /** See `Repository.beginStore`: new versions go to a staging folder as they are added, into place at `commit`. */
  async function beginStore(meta: StoreMeta): Promise<StoreWriter> {
    await removeStagingFolders(root);
    await removeStaleTempObjects(objects);
    const refs: StoreResult['refs'] = {};
    const paths = new Set<string>();
    const staging = join(root, `${stagingPrefix}${randomBytes(6).toString('hex')}`);
    await fsp.mkdir(staging);
    const pending: PendingVersion[] = [];
    const removeStaging = () => fsp.rm(staging, { recursive: true, force: true });

    return {
      // The new versions are written to the staging folder first: a disk that fills up fails
      // here, before anything in the repository changed.
      async add(files) {
        checkArtifactFiles(files);
        for (const file of files) {
          if (paths.has(file.path)) throw new ValidationError(`Artifact path "${file.path}" is given twice`, { field: 'path' });
          paths.add(file.path);
          const { latestFile, versionsDir } = locate(file.path);
          const latest = await latestVersion(versionsDir);
          const source = await locateSource(file.source);
          if (latest && (await sameContent(source, join(versionsDir, latest)))) {
            refs[file.path] = { kind: 'filesystem', path: file.path, version: latest };
            continue;
          }
          const staged = join(staging, String(paths.size));
          await writeSynced(staged, source);
          pending.push({ path: file.path, staged, versionsDir, version: nextVersionName(latest, meta.date), latestFile, previous: latest });
        }
      },

      // Then moved into place: renames and links, taken back if one fails.
      async commit() {
        const changedPaths: string[] = [];
        const placed: PlacedVersion[] = [];
        try {
          const cleaned = new Set<string>();
          for (const version of pending) {
            await placeVersion(version, placed, cleaned);
            refs[version.path] = { kind: 'filesystem', path: version.path, version: version.version };
            changedPaths.push(version.path);
          }
        } catch (error) {
          await takeBack(placed, log);
          throw error;
        } finally {
          await removeStaging();
        }
        if (changedPaths.length) log?.info({ root, filesChanged: changedPaths.length }, 'stored the changed artifacts');
        return { commit: null, filesChanged: changedPaths.length, refs, changedPaths };
      },

      abort: removeStaging,
    };
  }

  return {
    config,

    async ensure() {
      // Never writes into a folder that is not ours (repository-folder.ts).
      await claimFilesystemRoot(root);
    },

    store: (files: ArtifactFile[], meta: StoreMeta): Promise<StoreResult> => storeAll(files, meta, beginStore),
    beginStore,

    async stageObject(size: number | null, batch: string): Promise<ObjectWriter> {
      if (!batchPattern.test(batch)) throw new ValidationError(`"${batch}" cannot name a batch of staged objects`);
      await claimFilesystemRoot(root);
      const folder = join(objects, batch);
      await fsp.mkdir(folder, { recursive: true });
      const temp = join(folder, `${tempMarker}${randomBytes(6).toString('hex')}`);
      const out = createWriteStream(temp, { flags: 'wx', highWaterMark: stagingBufferBytes });
      const closed = once(out, 'close');
      closed.catch(() => undefined);
      const hash = createHash('sha256');
      let seen = 0;
      const abort = async () => {
        out.destroy();
        await closed.catch(() => undefined);
        await fsp.rm(temp, { force: true });
      };
      return {
        async write(chunk) {
          seen += chunk.length;
          hash.update(chunk);
          if (!out.write(chunk)) await Promise.race([once(out, 'drain'), closed]);
        },
        async finish() {
          try {
            if (size !== null && seen !== size) throw new Error(`${seen} bytes arrived of the announced ${size}`);
            out.end();
            await closed;
            const handle = await fsp.open(temp, 'r');
            await handle.sync().finally(() => handle.close());
            const sha256 = hash.digest('hex');
            // Content-addressed within the batch: the same bytes staged twice are one file.
            await fsp.rename(temp, join(folder, sha256));
            await syncFolder(folder);
            return { id: `${batch}/${sha256}`, size: seen, sha256 };
          } catch (error) {
            await abort();
            throw error;
          }
        },
        abort,
      };
    },

    async discardStaged(batch: string) {
      if (!batchPattern.test(batch)) throw new ValidationError(`"${batch}" cannot name a batch of staged objects`);
      await fsp.rm(join(objects, batch), { recursive: true, force: true });
    },

    async push(): Promise<PushResult> {
      return { pushed: false, error: 'a filesystem repository has no remote' };
    },

    async unpushed() {
      return false;
    },

    async openRead(ref: StorageRef): Promise<StoredVersion> {
      if (ref.kind !== 'filesystem') {
        throw new ValidationError('A git storage reference cannot be read from a filesystem repository');
      }
      if (!parseVersion(ref.version)) throw new ValidationError(`"${ref.version}" is not a version name`);
      const file = join(locate(ref.path).versionsDir, ref.version);
      const stats = await fsp.stat(file).catch(() => null);
      if (!stats?.isFile()) throw new NotFoundError('stored version', `${ref.path}@${ref.version}`);
      return {
        size: stats.size,
        stream: (range) => createReadStream(file, range ? { start: range.start, end: range.end } : {}),
      };
    },
  };
}
