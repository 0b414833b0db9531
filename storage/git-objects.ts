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

/** Removes temporary object and pack files that a crashed store left behind. */
export async function removeTempObjects(gitdir: string): Promise<void> {
  for (const [folder, prefix] of [
    [join(gitdir, 'objects'), tempPrefix],
    [join(gitdir, 'objects', 'pack'), tempPackPrefix],
  ]) {
    const names = await fs.readdir(folder).catch(() => [] as string[]);
    await Promise.all(names.filter((name) => name.startsWith(prefix)).map((name) => fs.rm(join(folder, name), { force: true })));
  }
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

/**
 * Large artifacts are often compressed or encrypted already (firmware, encrypted backups), and
 * deflating those costs about 25 MB/s here and saves nothing; so the first megabyte decides
 * whether the blob is deflated (level 1) or only stored in zlib framing (about 400 MB/s).
 */
async function deflateLevelFor(file: string): Promise<number> {
  const handle = await fs.open(file, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(1024 * 1024), 0, 1024 * 1024, 0);
    const sample = buffer.subarray(0, bytesRead);
    const compressed = deflateSync(sample, { level: constants.Z_BEST_SPEED }).length;
    return compressed > sample.length * 0.9 ? constants.Z_NO_COMPRESSION : constants.Z_BEST_SPEED;
  } finally {
    await handle.close();
  }
}

/**
 * Hashes and writes a file as a blob in one pass: the object id is only known at the end, so the
 * deflated bytes go to a temporary file first.
 */
export async function writeBlobFromFile(gitdir: string, file: string): Promise<{ oid: string; size: number }> {
  const { size } = await fs.stat(file);
  const header = Buffer.from(`blob ${size}\0`);
  const hash = createHash('sha1').update(header);
  let seen = 0;
  async function* headerAndContent() {
    yield header;
    for await (const chunk of createReadStream(file, { highWaterMark: 1024 * 1024 }) as AsyncIterable<Buffer>) {
      hash.update(chunk);
      seen += chunk.length;
      yield chunk;
    }
  }
  const level = await deflateLevelFor(file);
  const temp = tempObjectPath(gitdir);
  try {
    await pipeline(
      headerAndContent,
      createDeflate({ level }),
      createWriteStream(temp, { mode: 0o444 }),
    );
    // The header promised `size` bytes; a file that changed while we read it would make a corrupt object.
    if (seen !== size) throw new Error(`${file} changed size while it was being stored (${size} → ${seen} bytes)`);
    const oid = hash.digest('hex');
    await moveIntoPlace(gitdir, temp, oid);
    return { oid, size };
  } catch (error) {
    await fs.rm(temp, { force: true });
    throw error;
  }
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
