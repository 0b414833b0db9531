/**
 * Loose git objects for large binary artifacts (text, trees and commits go into one pack per
 * store: git-pack.ts), and the tree and commit formats. Written and read here rather than
 * through isomorphic-git for two reasons:
 * its writeBlob holds the whole object in memory (about 1.6 GB for a 250 MB file), while these
 * functions stream; and it writes an object straight under its final name and skips names that
 * exist, so a crash mid-write would leave a truncated object that is never repaired. Here every
 * object goes to a temporary file under objects/ and is renamed into place when complete.
 */
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream, promises as fs } from 'node:fs';
import { dirname, join } from 'node:path';
import { once } from 'node:events';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { pathExists } from './files.ts';
import { constants, createDeflate, createInflate, deflateSync, inflateSync } from 'node:zlib';

export type ObjectType = 'blob' | 'tree' | 'commit';

/** git gc removes stale `tmp_*` files under objects/ by itself; the suffix marks them as ours. */
const tempPrefix = 'tmp_obj_tidemark_';
/** The same for a pack being written (git-pack.ts). */
export const tempPackPrefix = 'tmp_pack_tidemark_';

export function looseObjectPath(gitdir: string, oid: string): string {
  return join(gitdir, 'objects', oid.slice(0, 2), oid.slice(2));
}

function tempObjectPath(gitdir: string): string {
  return join(gitdir, 'objects', `${tempPrefix}${randomBytes(8).toString('hex')}`);
}

/**
 * A temporary object untouched this long is a crashed writer's: a live one writes to it all the
 * time. Objects are staged while other runs store, so younger ones may be in the middle of a write.
 */
export const staleTempObjectMs = 60 * 60_000;

/**
 * Removes temporary files that crashed writers left behind: packs (written only by a store, which
 * the caller serialises) and loose objects no one has written to for `staleTempObjectMs`.
 */
export async function removeTempObjects(gitdir: string, now = Date.now()): Promise<void> {
  const packFolder = join(gitdir, 'objects', 'pack');
  const packs = await fs.readdir(packFolder).catch(() => [] as string[]);
  await Promise.all(packs.filter((name) => name.startsWith(tempPackPrefix)).map((name) => fs.rm(join(packFolder, name), { force: true })));
  const objectFolder = join(gitdir, 'objects');
  const objects = (await fs.readdir(objectFolder).catch(() => [] as string[])).filter((name) => name.startsWith(tempPrefix));
  await Promise.all(
    objects.map(async (name) => {
      const stats = await fs.stat(join(objectFolder, name)).catch(() => null);
      if (stats && now - stats.mtimeMs > staleTempObjectMs) await fs.rm(join(objectFolder, name), { force: true });
    }),
  );
}

/**
 * Renames a finished temporary object to its name. An object of that name has the same content,
 * so replacing one written meanwhile is harmless; the fan-out folder is created on first need.
 */
async function moveIntoPlace(gitdir: string, temp: string, oid: string): Promise<void> {
  const target = looseObjectPath(gitdir, oid);
  try {
    await fs.rename(temp, target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    await fs.mkdir(dirname(target), { recursive: true });
    await fs.rename(temp, target);
  }
}

/** How much of a blob decides whether it is deflated at all. */
const sampleBytes = 1024 * 1024;

/**
 * Large artifacts are often compressed or encrypted already (firmware, encrypted backups), and
 * deflating those costs about 25 MB/s here and saves nothing; so the first megabyte decides
 * whether the blob is deflated (level 1) or only stored in zlib framing (level 0, disk speed).
 */
function deflateLevelFor(sample: Buffer): number {
  if (sample.length === 0) return constants.Z_BEST_SPEED;
  const compressed = deflateSync(sample, { level: constants.Z_BEST_SPEED }).length;
  return compressed > sample.length * 0.9 ? constants.Z_NO_COMPRESSION : constants.Z_BEST_SPEED;
}

export interface WrittenBlob {
  oid: string;
  size: number;
  /** sha256 of the content (without the git header), as the backups rows keep it. */
  sha256: string;
}

/** zlib's output chunks: large ones keep the write calls few at disk speed. */
const deflateChunkBytes = 256 * 1024;
/**
 * What may wait for zlib and the disk before a write waits for a drain: with the default (16 kB)
 * every chunk of a download waited for a round trip through the thread pool.
 */
export const stagingBufferBytes = 4 * 1024 * 1024;

/**
 * Writes a blob of `size` bytes as they arrive: sha1 of the git object and sha256 of the content
 * taken on the way, deflated into a temporary file under objects/ and renamed to its id when
 * complete, so a crash leaves only a temporary file (removed later: removeTempObjects). The first
 * megabyte is held back until it decides the deflate level.
 */
export function createBlobWriter(gitdir: string, size: number): ObjectWriterOf<WrittenBlob> {
  const header = Buffer.from(`blob ${size}\0`);
  const sha1 = createHash('sha1').update(header);
  const sha256 = createHash('sha256');
  const temp = tempObjectPath(gitdir);
  let seen = 0;
  let sample: Buffer[] | null = [];
  let sampled = 0;
  let deflate: ReturnType<typeof createDeflate> | null = null;
  let written: Promise<void> | null = null;

  /** Starts zlib and the file once the level is known, and hands it what was held back. */
  async function start(): Promise<void> {
    const held = Buffer.concat(sample ?? []);
    sample = null;
    // zlib passes its options on to its stream, whose buffer size the typings do not name.
    const streamOptions = { highWaterMark: stagingBufferBytes } as object;
    deflate = createDeflate({ level: deflateLevelFor(held), chunkSize: deflateChunkBytes, ...streamOptions });
    written = pipeline(deflate, createWriteStream(temp, { mode: 0o444, highWaterMark: stagingBufferBytes }));
    written.catch(() => undefined);
    await push(header);
    await push(held);
  }

  async function push(chunk: Buffer): Promise<void> {
    if (chunk.length === 0) return;
    if (!deflate!.write(chunk)) await Promise.race([once(deflate!, 'drain'), written!]);
  }

  async function abort(): Promise<void> {
    deflate?.destroy();
    await written?.catch(() => undefined);
    await fs.rm(temp, { force: true });
  }

  return {
    async write(chunk) {
      seen += chunk.length;
      if (seen > size) throw new Error(`more than the announced ${size} bytes arrived`);
      sha1.update(chunk);
      sha256.update(chunk);
      if (sample) {
        sample.push(chunk);
        sampled += chunk.length;
        if (sampled >= sampleBytes) await start();
        return;
      }
      await push(chunk);
    },
    async finish() {
      try {
        // The header promised `size` bytes; fewer would make a corrupt object.
        if (seen !== size) throw new Error(`${seen} bytes arrived of the announced ${size}`);
        if (sample) await start();
        deflate!.end();
        await written;
        const oid = sha1.digest('hex');
        await moveIntoPlace(gitdir, temp, oid);
        return { oid, size, sha256: sha256.digest('hex') };
      } catch (error) {
        await abort();
        throw error;
      }
    },
    abort,
  };
}

/** A writer that resolves to `T` when finished; storage/types.ts ObjectWriter is the one the backends hand out. */
export interface ObjectWriterOf<T> {
  write(chunk: Buffer): Promise<void>;
  finish(): Promise<T>;
  abort(): Promise<void>;
}

/**
 * A blob whose size is not known before its bytes: they are spooled to a temporary file under
 * objects/ and stored from there at the end, which reads them a second time.
 */
export function createSpooledBlobWriter(gitdir: string): ObjectWriterOf<WrittenBlob> {
  const spool = tempObjectPath(gitdir);
  const out = createWriteStream(spool, { mode: 0o600 });
  const closed = once(out, 'close');
  closed.catch(() => undefined);
  const abort = async () => {
    out.destroy();
    await closed.catch(() => undefined);
    await fs.rm(spool, { force: true });
  };
  return {
    async write(chunk) {
      if (!out.write(chunk)) await Promise.race([once(out, 'drain'), closed]);
    },
    async finish() {
      try {
        out.end();
        await closed;
        return await writeBlobFromFile(gitdir, spool);
      } finally {
        await abort();
      }
    },
    abort,
  };
}

/** Hashes and writes a file as a blob in one pass. */
export async function writeBlobFromFile(gitdir: string, file: string): Promise<WrittenBlob> {
  const { size } = await fs.stat(file);
  const writer = createBlobWriter(gitdir, size);
  try {
    for await (const chunk of createReadStream(file, { highWaterMark: sampleBytes }) as AsyncIterable<Buffer>) await writer.write(chunk);
  } catch (error) {
    await writer.abort();
    // A file that grew while it was read would make a corrupt object; say which file.
    throw new Error(`${file} could not be stored: ${(error as Error).message}`, { cause: error });
  }
  return writer.finish().catch((error: Error) => {
    throw new Error(`${file} changed size while it was being stored: ${error.message}`, { cause: error });
  });
}

/** Yields the inflated bytes of a loose object (or of a pack entry at `fileOffset`) from `skip` on, at most `length` of them. */
export async function* inflatedBytes(path: string, skip: number, length: number, fileOffset = 0): AsyncGenerator<Buffer> {
  if (length <= 0) return;
  // A pack entry's deflated data starts inside the file and is followed by other entries.
  const raw = createReadStream(path, { start: fileOffset });
  const inflate = createInflate();
  raw.on('error', (error) => inflate.destroy(error));
  raw.pipe(inflate);
  let toSkip = skip;
  let remaining = length;
  try {
    for await (const chunk of inflate as AsyncIterable<Buffer>) {
      if (toSkip >= chunk.length) {
        toSkip -= chunk.length;
        continue;
      }
      const part = chunk.subarray(toSkip, toSkip + remaining);
      toSkip = 0;
      remaining -= part.length;
      yield part;
      // Stop inflating as soon as the range is served: a short range of a large blob stays cheap.
      if (remaining === 0) return;
    }
  } finally {
    raw.destroy();
    inflate.destroy();
  }
}

export interface LooseObject {
  type: string;
  size: number;
  /** The object's content (without the git header), or an inclusive byte range of it. */
  stream(range?: { start: number; end: number }): Readable;
}

/** Opens a loose object for streaming, or returns null when it is not stored loose (e.g. packed). */
export async function openLooseObject(gitdir: string, oid: string): Promise<LooseObject | null> {
  const path = looseObjectPath(gitdir, oid);
  if (!(await pathExists(path))) return null;
  let head = Buffer.alloc(0);
  // The header ("blob 1234\0") is in the first inflated bytes; 64 is more than any header needs.
  for await (const chunk of inflatedBytes(path, 0, 64)) head = Buffer.concat([head, chunk]);
  const end = head.indexOf(0);
  const match = end > 0 ? /^([a-z]+) (\d+)$/.exec(head.subarray(0, end).toString('latin1')) : null;
  if (!match) throw new Error(`git object ${oid} has no valid header`);
  const headerLength = end + 1;
  const size = Number(match[2]);
  return {
    type: match[1],
    size,
    stream(range) {
      const start = range?.start ?? 0;
      const last = Math.min(range?.end ?? size - 1, size - 1);
      return Readable.from(inflatedBytes(path, headerLength + start, Math.max(0, last - start + 1)), {
        objectMode: false,
      });
    },
  };
}

export interface TreeItem {
  /** '100644' for a file, '040000' (or '40000') for a folder, as isomorphic-git's readTree gives them. */
  mode: string;
  name: string;
  oid: string;
}

/** Git orders tree entries by name bytes, comparing a folder as if its name ended in "/". */
function treeSortKey(item: TreeItem): Buffer {
  return Buffer.from(isFolderMode(item.mode) ? `${item.name}/` : item.name);
}

export function isFolderMode(mode: string): boolean {
  return mode === '040000' || mode === '40000';
}

/**
 * Reads a loose tree, or returns null when it is not loose (packed). isomorphic-git's readTree
 * looks through the packs on every call, which made walking a thousand folders take a second.
 */
export async function readLooseTree(gitdir: string, oid: string): Promise<TreeItem[] | null> {
  let raw: Buffer;
  try {
    raw = inflateSync(await fs.readFile(looseObjectPath(gitdir, oid)));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  const at = raw.indexOf(0) + 1;
  if (!raw.subarray(0, at).toString('latin1').startsWith('tree ')) throw new Error(`git object ${oid} is not a tree`);
  return parseTree(raw.subarray(at));
}

/** A tree object's content (without the git header) as its entries. */
export function parseTree(content: Buffer): TreeItem[] {
  const items: TreeItem[] = [];
  let at = 0;
  while (at < content.length) {
    const space = content.indexOf(0x20, at);
    const nul = content.indexOf(0, space);
    const mode = content.subarray(at, space).toString('latin1');
    items.push({
      mode: mode.length === 5 ? `0${mode}` : mode,
      name: content.subarray(space + 1, nul).toString('utf8'),
      oid: content.subarray(nul + 1, nul + 21).toString('hex'),
    });
    at = nul + 21;
  }
  return items;
}

export function encodeTree(items: TreeItem[]): Buffer {
  const sorted = [...items].sort((a, b) => Buffer.compare(treeSortKey(a), treeSortKey(b)));
  return Buffer.concat(
    sorted.flatMap((item) => [
      Buffer.from(`${isFolderMode(item.mode) ? '40000' : item.mode} ${item.name}\0`),
      Buffer.from(item.oid, 'hex'),
    ]),
  );
}

export interface Person {
  name: string;
  email: string;
  date: Date;
}

/** Git itself strips these from names and addresses: they would break the header line. */
function signature({ name, email, date }: Person): string {
  const clean = (value: string) => value.replace(/[<>\n]/g, '').trim();
  return `${clean(name)} <${clean(email)}> ${Math.floor(date.getTime() / 1000)} +0000`;
}

export function encodeCommit(commit: { tree: string; parents: string[]; author: Person; committer: Person; message: string }): Buffer {
  const lines = [
    `tree ${commit.tree}`,
    ...commit.parents.map((parent) => `parent ${parent}`),
    `author ${signature(commit.author)}`,
    `committer ${signature(commit.committer)}`,
  ];
  const message = commit.message.endsWith('\n') ? commit.message : `${commit.message}\n`;
  return Buffer.from(`${lines.join('\n')}\n\n${message}`);
}
