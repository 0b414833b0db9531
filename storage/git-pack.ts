/**
 * One pack per store: the text blobs, trees and commit a run writes go into a single packfile
 * with its index (git's pack format 2 and index format 2), instead of one loose file per
 * object. Creating a file is the slow part of writing small objects (0.6 ms each on the disks
 * we measured, for a thousand or more objects per run); a pack is two files however many
 * objects it holds. Objects are stored whole (no deltas), deflated at level 1.
 *
 * A pack is written under a temporary name, checksummed, synced, and renamed into place with its
 * index last, the way git itself does: git and isomorphic-git only see a pack whose index exists.
 */
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, promises as fs } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { constants, crc32, createDeflate, deflateSync, inflateSync } from 'node:zlib';
import { inflatedBytes, looseObjectPath, openLooseObject, tempPackPrefix, type LooseObject, type ObjectType } from './git-objects.ts';

/** The type numbers of pack entries; 6 and 7 are deltas, which these packs never hold. */
const typeNumber: Record<ObjectType, number> = { commit: 1, tree: 2, blob: 3 };
const typeName: Record<number, ObjectType> = { 1: 'commit', 2: 'tree', 3: 'blob' };

/** git gc removes stale `tmp_*` files in objects/pack by itself; the infix marks them as ours. */

export function packFolder(gitdir: string): string {
  return join(gitdir, 'objects', 'pack');
}

/** The entry header: type and size, the size in 4 then 7-bit groups, least significant first. */
function entryHeader(type: number, size: number): Buffer {
  const bytes: number[] = [];
  let byte = (type << 4) | (size & 0x0f);
  let rest = Math.floor(size / 16);
  while (rest > 0) {
    bytes.push(byte | 0x80);
    byte = rest & 0x7f;
    rest = Math.floor(rest / 128);
  }
  bytes.push(byte);
  return Buffer.from(bytes);
}

/** An object's id: the SHA-1 of its header and content. */
export function objectId(type: ObjectType, content: Buffer): Buffer {
  return createHash('sha1').update(`${type} ${content.length}\0`).update(content).digest();
}

function uint32(value: number): Buffer {
  const buffer = Buffer.alloc(4);
  buffer.writeUInt32BE(value >>> 0);
  return buffer;
}

/** Bytes of entries a pack writer holds before writing them. */
const PENDING_BYTES = 1024 * 1024;

export class PackWriter {
  private readonly entries: { oid: Buffer; offset: number; crc: number }[] = [];
  private readonly added = new Set<string>();
  /** Where the next entry goes; the 12-byte header is written last, when the count is known. */
  private offset = 12;
  /**
   * Entries not written yet, from `pendingAt` on: written a megabyte at a time, since one write per
   * object (a run of 14,000 texts) made the store wait on the disk once per object.
   */
  private pending: Buffer[] = [];
  private pendingAt = 12;

  private constructor(
    private readonly gitdir: string,
    private readonly temp: string,
    private readonly handle: fs.FileHandle,
  ) {}

  static async open(gitdir: string): Promise<PackWriter> {
    const folder = packFolder(gitdir);
    await fs.mkdir(folder, { recursive: true });
    const temp = join(folder, `${tempPackPrefix}${randomBytes(8).toString('hex')}`);
    return new PackWriter(gitdir, temp, await fs.open(temp, 'wx+', 0o444));
  }

  get count(): number {
    return this.entries.length;
  }

  /** Adds an object and returns its id. Safe to call many times at once: each entry has its own place. */
  async add(type: ObjectType, content: Buffer): Promise<string> {
    const oidBytes = objectId(type, content);
    const oid = oidBytes.toString('hex');
    if (this.added.has(oid)) return oid;
    this.added.add(oid);
    const entry = Buffer.concat([entryHeader(typeNumber[type], content.length), deflateSync(content, { level: constants.Z_BEST_SPEED })]);
    const offset = this.offset;
    this.offset += entry.length;
    this.entries.push({ oid: oidBytes, offset, crc: crc32(entry) });
    this.pending.push(entry);
    if (this.offset - this.pendingAt >= PENDING_BYTES) await this.flush();
    return oid;
  }

  /** Writes the pending entries where they belong; entries added meanwhile wait for the next flush. */
  private async flush(): Promise<void> {
    if (this.pending.length === 0) return;
    const bytes = Buffer.concat(this.pending);
    const at = this.pendingAt;
    this.pending = [];
    this.pendingAt = this.offset;
    await this.handle.write(bytes, 0, bytes.length, at);
  }

  has(oid: Buffer): boolean {
    return this.added.has(oid.toString('hex'));
  }

  /**
   * Copies entries that lie back to back in another pack as they are (ids and CRCs from that
   * pack's index), a megabyte at a time.
   */
  async copyEntries(source: fs.FileHandle, entries: { oid: Buffer; offset: number; end: number; crc: number }[]): Promise<void> {
    await this.flush();
    const start = entries[0].offset;
    const end = entries[entries.length - 1].end;
    for (const { oid, offset, crc } of entries) {
      this.added.add(oid.toString('hex'));
      this.entries.push({ oid, offset: this.offset + offset - start, crc });
    }
    const buffer = Buffer.alloc(Math.min(1024 * 1024, end - start));
    for (let at = start; at < end; ) {
      const { bytesRead } = await source.read(buffer, 0, Math.min(buffer.length, end - at), at);
      if (bytesRead === 0) throw new Error(`pack ended before offset ${end}`);
      await this.handle.write(buffer, 0, bytesRead, this.offset);
      this.offset += bytesRead;
      at += bytesRead;
    }
    this.pendingAt = this.offset;
  }

  /** Completes the pack and its index and moves both into place; nothing is left when no object was added. */
  async finish(): Promise<string | null> {
    if (this.entries.length === 0) {
      await this.abort();
      return null;
    }
    const count = this.entries.length;
    await this.flush();
    await this.handle.write(Buffer.concat([Buffer.from('PACK'), uint32(2), uint32(count)]), 0, 12, 0);
    // Read back through one reused buffer, not a stream's new buffer per chunk: hashing the pack
    // makes no garbage the size of the pack.
    const hash = createHash('sha1');
    const buffer = Buffer.allocUnsafe(Math.min(PENDING_BYTES, this.offset));
    for (let at = 0; at < this.offset; ) {
      const { bytesRead } = await this.handle.read(buffer, 0, Math.min(buffer.length, this.offset - at), at);
      if (bytesRead === 0) throw new Error(`pack ended before offset ${this.offset}`);
      hash.update(buffer.subarray(0, bytesRead));
      at += bytesRead;
    }
    const packChecksum = hash.digest();
    await this.handle.write(packChecksum, 0, 20, this.offset);
    await this.handle.sync();
    await this.handle.close();

    const name = `pack-${packChecksum.toString('hex')}`;
    const folder = packFolder(this.gitdir);
    const tempIndex = `${this.temp}.idx`;
    try {
      await fs.writeFile(tempIndex, packIndex(this.entries, packChecksum), { mode: 0o444, flush: true });
      await fs.rename(this.temp, join(folder, `${name}.pack`));
      await fs.rename(tempIndex, join(folder, `${name}.idx`));
    } catch (error) {
      await fs.rm(tempIndex, { force: true });
      await fs.rm(this.temp, { force: true });
      throw error;
    }
    return name;
  }

  async abort(): Promise<void> {
    this.pending = [];
    await this.handle.close().catch(() => {});
    await fs.rm(this.temp, { force: true });
  }
}

/**
 * Index format 2: fan-out table, sorted ids, CRC32s, offsets (large ones in a table of their own),
 * checksums. Written into one buffer: a small buffer per id, CRC and offset (360,000 of them for
 * a commit of 50,000 devices) raised that commit's peak RSS by about 40 MB.
 */
function packIndex(entries: { oid: Buffer; offset: number; crc: number }[], packChecksum: Buffer): Buffer {
  const sorted = [...entries].sort((a, b) => Buffer.compare(a.oid, b.oid));
  const count = sorted.length;
  const largeCount = sorted.filter(({ offset }) => offset >= 0x80000000).length;
  const index = Buffer.alloc(8 + 256 * 4 + count * (20 + 4 + 4) + largeCount * 8 + 20 + 20);
  index.set([0xff, 0x74, 0x4f, 0x63], 0);
  index.writeUInt32BE(2, 4);
  const fanoutAt = 8;
  for (let byte = 0, at = 0; byte < 256; byte++) {
    while (at < count && sorted[at].oid[0] <= byte) at++;
    index.writeUInt32BE(at, fanoutAt + byte * 4);
  }
  const oidsAt = fanoutAt + 256 * 4;
  const crcsAt = oidsAt + count * 20;
  const offsetsAt = crcsAt + count * 4;
  const largeAt = offsetsAt + count * 4;
  let large = 0;
  for (const [at, { oid, offset, crc }] of sorted.entries()) {
    oid.copy(index, oidsAt + at * 20);
    index.writeUInt32BE(crc >>> 0, crcsAt + at * 4);
    if (offset < 0x80000000) {
      index.writeUInt32BE(offset, offsetsAt + at * 4);
    } else {
      index.writeUInt32BE((0x80000000 | large) >>> 0, offsetsAt + at * 4);
      index.writeBigUInt64BE(BigInt(offset), largeAt + large * 8);
      large++;
    }
  }
  const checksumAt = largeAt + largeCount * 8;
  packChecksum.copy(index, checksumAt);
  createHash('sha1').update(index.subarray(0, checksumAt + 20)).digest().copy(index, checksumAt + 20);
  return index;
}

/** Every object of a pack's index with its offset and CRC. */
function indexEntries(index: Buffer): { oid: Buffer; offset: number; crc: number }[] {
  const count = index.readUInt32BE(8 + 255 * 4);
  const namesAt = 8 + 256 * 4;
  const crcsAt = namesAt + count * 20;
  const offsetsAt = crcsAt + count * 4;
  return Array.from({ length: count }, (_, i) => {
    const small = index.readUInt32BE(offsetsAt + i * 4);
    const offset = small & 0x80000000 ? Number(index.readBigUInt64BE(offsetsAt + count * 4 + (small & 0x7fffffff) * 8)) : small;
    return { oid: Buffer.from(index.subarray(namesAt + i * 20, namesAt + i * 20 + 20)), offset, crc: index.readUInt32BE(crcsAt + i * 4) };
  });
}

/**
 * Each pack should be at least this many times the size of the next smaller one; where that
 * progression breaks, the smaller packs are merged. So a run's small pack is merged with its
 * neighbours of like size, and a large pack is copied again only once the packs smaller than it
 * add up to about its size: every object is copied a logarithmic number of times however long
 * the history, and the number of packs stays logarithmic in the repository's size (git's
 * `git repack --geometric`, by bytes rather than objects).
 */
export const geometricFactor = 2;

/** Of packs sorted by size, smallest first, how many of the smallest to merge (0: none). */
export function packsToMerge(sizes: number[], factor = geometricFactor): number {
  let split = 0;
  for (let i = sizes.length - 1; i > 0; i--) {
    if (sizes[i] < factor * sizes[i - 1]) {
      split = i + 1;
      break;
    }
  }
  let total = sizes.slice(0, split).reduce((sum, size) => sum + size, 0);
  while (split < sizes.length && sizes[split] < factor * total) total += sizes[split++];
  return split >= 2 ? split : 0;
}

/** Whether a pack holds only whole objects, by pack file; pack names never change content. */
const wholeVerdicts = new Map<string, boolean>();

/** Reads a pack once, front to back, checking the type of every entry. */
async function holdsOnlyWholeObjects(pack: string, offsets: number[]): Promise<boolean> {
  const known = wholeVerdicts.get(pack);
  if (known !== undefined) return known;
  let at = 0;
  let position = 0;
  let whole = true;
  for await (const chunk of createReadStream(pack, { highWaterMark: 1024 * 1024 }) as AsyncIterable<Buffer>) {
    while (at < offsets.length && offsets[at] < position + chunk.length) {
      if (!typeName[(chunk[offsets[at] - position] >> 4) & 0x07]) whole = false;
      at++;
    }
    position += chunk.length;
    if (!whole) break;
  }
  wholeVerdicts.set(pack, whole);
  return whole;
}

/** Files git may keep beside a pack; they go with it. */
const packCompanions = ['.keep', '.promisor', '.rev', '.bitmap', '.mtimes'];

/**
 * Merges the repository's smaller packs into one where the geometric progression breaks (see
 * `geometricFactor`), copying their entries as they are, byte ranges at a time. Packs holding
 * deltas (from a fetch or a `git gc`) and packs git was told to keep (`.keep`, `.promisor`) are
 * left as they are. Callers serialise stores, as for every other write.
 */
export async function mergePacks(gitdir: string): Promise<{ merged: number } | null> {
  const folder = packFolder(gitdir);
  const files = await fs.readdir(folder).catch(() => [] as string[]);
  const kept = new Set(files.filter((name) => name.endsWith('.keep') || name.endsWith('.promisor')).map((name) => name.replace(/\.[a-z]+$/, '')));
  const names = files.filter((name) => /^pack-[0-9a-f]{40}\.idx$/.test(name)).map((name) => name.slice(0, -4)).filter((name) => !kept.has(name));
  let packs = await Promise.all(names.map(async (name) => ({ name, size: (await fs.stat(join(folder, `${name}.pack`))).size })));
  packs = packs.filter(({ name }) => wholeVerdicts.get(join(folder, `${name}.pack`)) !== false).sort((a, b) => a.size - b.size);

  // Entries by offset, each with where it ends, read from the index once per candidate.
  const layouts = new Map<string, { oid: Buffer; offset: number; end: number; crc: number }[]>();
  // By the bytes of their entries: with the header and checksum counted, two merged packs would
  // weigh less than the two, and a pack of like size would be merged again at every store.
  const weights = () => packs.map(({ size }) => size - 32);
  let count = packsToMerge(weights());
  for (let checked = 0; checked < count; ) {
    const { name, size } = packs[checked];
    const entries = indexEntries(await fs.readFile(join(folder, `${name}.idx`))).sort((a, b) => a.offset - b.offset);
    if (await holdsOnlyWholeObjects(join(folder, `${name}.pack`), entries.map(({ offset }) => offset))) {
      layouts.set(name, entries.map((entry, i) => ({ ...entry, end: i + 1 < entries.length ? entries[i + 1].offset : size - 20 })));
      checked++;
      continue;
    }
    // Left alone: the progression is worked out again without it.
    packs.splice(checked, 1);
    count = packsToMerge(weights());
  }
  if (count === 0) return null;

  const merged = packs.slice(0, count).map(({ name }) => name);
  const writer = await PackWriter.open(gitdir);
  let mergedInto: string | null;
  try {
    for (const name of merged) {
      const handle = await fs.open(join(folder, `${name}.pack`), 'r');
      try {
        // An object already copied from another pack breaks the range around it: a pack holds each object once.
        let range: { oid: Buffer; offset: number; end: number; crc: number }[] = [];
        for (const entry of [...layouts.get(name)!, null]) {
          if (entry && !writer.has(entry.oid)) {
            range.push(entry);
            continue;
          }
          if (range.length > 0) await writer.copyEntries(handle, range);
          range = [];
        }
      } finally {
        await handle.close();
      }
    }
    mergedInto = await writer.finish();
  } catch (error) {
    await writer.abort();
    throw error;
  }
  // Every object of the old packs is in the new one (its index is in place) before they go.
  for (const name of merged.filter((name) => name !== mergedInto)) {
    await fs.rm(join(folder, `${name}.idx`), { force: true });
    await fs.rm(join(folder, `${name}.pack`), { force: true });
    for (const suffix of packCompanions) await fs.rm(join(folder, `${name}${suffix}`), { force: true });
  }
  return { merged: merged.length };
}

/** Where an object sits in a pack, from the pack's index. */
function findInIndex(index: Buffer, oid: Buffer): number | null {
  if (index.readUInt32BE(0) !== 0xff744f63 || index.readUInt32BE(4) !== 2) return null;
  const count = index.readUInt32BE(8 + 255 * 4);
  const namesAt = 8 + 256 * 4;
  let low = oid[0] === 0 ? 0 : index.readUInt32BE(8 + (oid[0] - 1) * 4);
  let high = index.readUInt32BE(8 + oid[0] * 4);
  while (low < high) {
    const middle = (low + high) >>> 1;
    const order = Buffer.compare(index.subarray(namesAt + middle * 20, namesAt + middle * 20 + 20), oid);
    if (order === 0) {
      const offsetsAt = namesAt + count * 24;
      const offset = index.readUInt32BE(offsetsAt + middle * 4);
      if (!(offset & 0x80000000)) return offset;
      return Number(index.readBigUInt64BE(offsetsAt + count * 4 + (offset & 0x7fffffff) * 8));
    }
    if (order < 0) low = middle + 1;
    else high = middle;
  }
  return null;
}

/**
 * Each pack's entry offsets in order, and its size: where an entry ends. Kept across stores, as
 * a pack's name is the checksum of its content; forgotten all at once when many packs came and
 * went.
 */
const layouts = new Map<string, Promise<{ offsets: Float64Array; size: number }>>();

function packLayout(pack: string, index: Buffer): Promise<{ offsets: Float64Array; size: number }> {
  let layout = layouts.get(pack);
  if (!layout) {
    if (layouts.size >= 256) layouts.clear();
    layout = (async () => ({ offsets: Float64Array.from(indexEntries(index), ({ offset }) => offset).sort(), size: (await fs.stat(pack)).size }))();
    layout.catch(() => layouts.delete(pack));
    layouts.set(pack, layout);
  }
  return layout;
}

/**
 * Reads the packs' indexes once for many lookups (one store, one download). Objects stored
 * whole are opened here, as a stream; deltas (from a fetch or `git gc`) answer null, for
 * isomorphic-git to resolve.
 */
export class PackedObjects {
  private indexes: Promise<{ pack: string; index: Buffer }[]> | null = null;

  constructor(private readonly gitdir: string) {}

  /** Whether one of the packs holds the object. */
  async has(oid: string): Promise<boolean> {
    const wanted = Buffer.from(oid, 'hex');
    for (const { index } of await this.loadIndexes()) if (findInIndex(index, wanted) !== null) return true;
    return false;
  }

  /** Where an object's entry lies in its pack (`end` exclusive), to be copied as it is; null when it is not packed. */
  async entry(oid: string): Promise<{ pack: string; start: number; end: number } | null> {
    const wanted = Buffer.from(oid, 'hex');
    for (const { pack, index } of await this.loadIndexes()) {
      const start = findInIndex(index, wanted);
      if (start === null) continue;
      const { offsets, size } = await packLayout(pack, index);
      let low = 0;
      let high = offsets.length;
      while (low < high) {
        const middle = (low + high) >>> 1;
        if (offsets[middle] <= start) low = middle + 1;
        else high = middle;
      }
      return { pack, start, end: low < offsets.length ? offsets[low] : size - 20 };
    }
    return null;
  }

  private loadIndexes(): Promise<{ pack: string; index: Buffer }[]> {
    this.indexes ??= (async () => {
      const folder = packFolder(this.gitdir);
      const names = (await fs.readdir(folder).catch(() => [] as string[])).filter((name) => name.startsWith('pack-') && name.endsWith('.idx'));
      // The newest packs hold the objects a store most often looks for.
      const withTimes = await Promise.all(names.map(async (name) => ({ name, mtime: (await fs.stat(join(folder, name))).mtimeMs })));
      withTimes.sort((a, b) => b.mtime - a.mtime);
      return Promise.all(withTimes.map(async ({ name }) => ({ pack: join(folder, name.replace(/\.idx$/, '.pack')), index: await fs.readFile(join(folder, name)) })));
    })();
    return this.indexes;
  }

  async open(oid: string, retried = false): Promise<LooseObject | null> {
    const wanted = Buffer.from(oid, 'hex');
    for (const { pack, index } of await this.loadIndexes()) {
      const offset = findInIndex(index, wanted);
      if (offset === null) continue;
      const handle = await fs.open(pack, 'r').catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'ENOENT' || retried) throw error;
        return null;
      });
      if (!handle) {
        // Merged into a new pack since the indexes were read: look again.
        this.indexes = null;
        return this.open(oid, true);
      }
      let head: Buffer;
      try {
        ({ buffer: head } = await handle.read(Buffer.alloc(16), 0, 16, offset));
      } finally {
        await handle.close();
      }
      const type = typeName[(head[0] >> 4) & 0x07];
      if (!type) return null;
      let size = head[0] & 0x0f;
      let at = 0;
      for (let shift = 4; head[at] & 0x80; shift += 7) size += (head[++at] & 0x7f) * 2 ** shift;
      const dataAt = offset + at + 1;
      return {
        type,
        size,
        stream(range) {
          const start = range?.start ?? 0;
          const last = Math.min(range?.end ?? size - 1, size - 1);
          return Readable.from(inflatedBytes(pack, start, Math.max(0, last - start + 1), dataAt), { objectMode: false });
        },
      };
    }
    return null;
  }

  /** The whole content of a small object (a tree, a commit), or null when it is not stored whole in a pack. */
  async read(oid: string, retried = false): Promise<{ type: ObjectType; content: Buffer } | null> {
    const range = await this.entry(oid);
    if (!range) return null;
    let entry: Buffer;
    try {
      const handle = await fs.open(range.pack, 'r');
      try {
        entry = await readRange(handle, range.start, range.end);
      } finally {
        await handle.close();
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || retried) throw error;
      // Merged into a new pack since the indexes were read: look again.
      this.indexes = null;
      return this.read(oid, true);
    }
    const type = typeName[(entry[0] >> 4) & 0x07];
    if (!type) return null;
    let at = 0;
    while (entry[at] & 0x80) at++;
    return { type, content: inflateSync(entry.subarray(at + 1)) };
  }

}

/** How a pack stream gets an object stored neither whole in a pack nor loose: a delta from a fetch or a `git gc`. */
export type ReadWholeObject = (oid: string) => Promise<{ type: ObjectType; content: Buffer }>;

/** Entries smaller than this are gathered into one chunk, so a pack of many small objects is not many tiny writes. */
const streamChunk = 256 * 1024;

/**
 * Yields a pack of `oids` (format 2, whole objects, trailing checksum) while it is read, for a
 * push: an entry of a pack is copied as it is stored; a loose object (a binary artifact) streams
 * through zlib, stored without compression when it barely compressed on disk; anything else is
 * read whole by `readWhole`. Memory stays at a few hundred kilobytes whatever the objects' size.
 */
export async function* packStream(gitdir: string, oids: string[], readWhole: ReadWholeObject): AsyncGenerator<Buffer> {
  const hash = createHash('sha1');
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  const take = (chunk: Buffer): Buffer | null => {
    hash.update(chunk);
    pending.push(chunk);
    pendingBytes += chunk.length;
    if (pendingBytes < streamChunk) return null;
    const out = Buffer.concat(pending);
    pending = [];
    pendingBytes = 0;
    return out;
  };
  const packed = new PackedObjects(gitdir);
  const handles = new Map<string, fs.FileHandle>();
  try {
    const header = take(Buffer.concat([Buffer.from('PACK'), uint32(2), uint32(oids.length)]));
    if (header) yield header;
    for (const oid of oids) {
      for await (const chunk of entryBytes(oid)) {
        const out = take(chunk);
        if (out) yield out;
      }
    }
    pending.push(hash.digest());
    yield Buffer.concat(pending);
  } finally {
    for (const handle of handles.values()) await handle.close().catch(() => {});
  }

  async function* entryBytes(oid: string): AsyncGenerator<Buffer> {
    const range = await packed.entry(oid);
    if (range) {
      let handle = handles.get(range.pack);
      if (!handle) handles.set(range.pack, (handle = await fs.open(range.pack, 'r')));
      const first = await readRange(handle, range.start, Math.min(range.end, range.start + 1024 * 1024));
      if (typeName[(first[0] >> 4) & 0x07]) {
        yield first;
        for (let at = range.start + first.length; at < range.end; at += 1024 * 1024) yield await readRange(handle, at, Math.min(range.end, at + 1024 * 1024));
        return;
      }
    }
    const loose = await openLooseObject(gitdir, oid);
    if (loose) {
      const type = loose.type as ObjectType;
      if (!typeNumber[type]) throw new Error(`git object ${oid} is a ${loose.type}, which a push of this branch never sends`);
      const stored = (await fs.stat(looseObjectPath(gitdir, oid))).size;
      yield entryHeader(typeNumber[type], loose.size);
      const deflate = createDeflate({ level: stored > loose.size * 0.9 ? constants.Z_NO_COMPRESSION : constants.Z_BEST_SPEED });
      const content = loose.stream();
      content.on('error', (error) => deflate.destroy(error));
      content.pipe(deflate);
      try {
        yield* deflate as AsyncIterable<Buffer>;
      } finally {
        content.destroy();
      }
      return;
    }
    const { type, content } = await readWhole(oid);
    yield Buffer.concat([entryHeader(typeNumber[type], content.length), deflateSync(content, { level: constants.Z_BEST_SPEED })]);
  }
}

async function readRange(handle: fs.FileHandle, start: number, end: number): Promise<Buffer> {
  const buffer = Buffer.alloc(end - start);
  for (let at = 0; at < buffer.length; ) {
    const { bytesRead } = await handle.read(buffer, at, buffer.length - at, start + at);
    if (bytesRead === 0) throw new Error(`pack ended before offset ${end}`);
    at += bytesRead;
  }
  return buffer;
}
