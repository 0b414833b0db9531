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
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { constants, crc32, deflateSync } from 'node:zlib';
import { inflatedBytes, tempPackPrefix, type LooseObject, type ObjectType } from './git-objects.ts';

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

export class PackWriter {
  private readonly entries: { oid: Buffer; offset: number; crc: number }[] = [];
  private readonly added = new Set<string>();
  /** Where the next entry goes; the 12-byte header is written last, when the count is known. */
  private offset = 12;

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
    await this.handle.write(entry, 0, entry.length, offset);
    return oid;
  }

  /** Copies an entry from another pack as it is (its id and CRC known from that pack's index). */
  async addEntry(oid: Buffer, crc: number, entry: Buffer): Promise<void> {
    const hex = oid.toString('hex');
    if (this.added.has(hex)) return;
    this.added.add(hex);
    const offset = this.offset;
    this.offset += entry.length;
    this.entries.push({ oid, offset, crc });
    await this.handle.write(entry, 0, entry.length, offset);
  }

  /** Completes the pack and its index and moves both into place; nothing is left when no object was added. */
  async finish(): Promise<string | null> {
    if (this.entries.length === 0) {
      await this.abort();
      return null;
    }
    const count = this.entries.length;
    await this.handle.write(Buffer.concat([Buffer.from('PACK'), uint32(2), uint32(count)]), 0, 12, 0);
    const hash = createHash('sha1');
    for await (const chunk of this.handle.createReadStream({ start: 0, end: this.offset - 1, autoClose: false })) hash.update(chunk as Buffer);
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
    await this.handle.close().catch(() => {});
    await fs.rm(this.temp, { force: true });
  }
}

/** Index format 2: fan-out table, sorted ids, CRC32s, offsets (large ones in a table of their own), checksums. */
function packIndex(entries: { oid: Buffer; offset: number; crc: number }[], packChecksum: Buffer): Buffer {
  const sorted = [...entries].sort((a, b) => Buffer.compare(a.oid, b.oid));
  const fanout = Buffer.alloc(256 * 4);
  for (let byte = 0, at = 0; byte < 256; byte++) {
    while (at < sorted.length && sorted[at].oid[0] <= byte) at++;
    fanout.writeUInt32BE(at, byte * 4);
  }
  const large: Buffer[] = [];
  const offsets = sorted.map(({ offset }) => {
    if (offset < 0x80000000) return uint32(offset);
    const entry = Buffer.alloc(8);
    entry.writeBigUInt64BE(BigInt(offset));
    large.push(entry);
    return uint32(0x80000000 | (large.length - 1));
  });
  const body = Buffer.concat([
    Buffer.from([0xff, 0x74, 0x4f, 0x63]),
    uint32(2),
    fanout,
    ...sorted.map(({ oid }) => oid),
    ...sorted.map(({ crc }) => uint32(crc)),
    ...offsets,
    ...large,
    packChecksum,
  ]);
  return Buffer.concat([body, createHash('sha1').update(body).digest()]);
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

/** Packs beyond this many are merged at the next store, so lookups stay cheap after years of runs. */
export const mergePacksAbove = 16;
const largestCopiedEntry = 16 * 1024 * 1024;

/**
 * Merges the repository's packs into one when there are more than `mergePacksAbove`, copying
 * entries as they are. The largest pack is left alone while it outweighs all the others, so a
 * long history is not copied again every few runs. Packs holding deltas (from a fetch or a
 * `git gc`) are left as they are. Callers serialise stores, as for every other write.
 */
export async function mergePacks(gitdir: string): Promise<{ merged: number } | null> {
  const folder = packFolder(gitdir);
  const names = (await fs.readdir(folder).catch(() => [] as string[])).filter((name) => /^pack-[0-9a-f]{40}\.idx$/.test(name)).map((name) => name.slice(0, -4));
  if (names.length <= mergePacksAbove) return null;
  const packs = await Promise.all(names.map(async (name) => ({ name, size: (await fs.stat(join(folder, `${name}.pack`))).size })));
  packs.sort((a, b) => b.size - a.size);
  const rest = packs.slice(1).reduce((sum, pack) => sum + pack.size, 0);
  const candidates = packs[0].size > rest ? packs.slice(1) : packs;

  const writer = await PackWriter.open(gitdir);
  const merged: string[] = [];
  try {
    for (const { name, size } of candidates) {
      const entries = indexEntries(await fs.readFile(join(folder, `${name}.idx`))).sort((a, b) => a.offset - b.offset);
      const handle = await fs.open(join(folder, `${name}.pack`), 'r');
      try {
        const copies: { oid: Buffer; crc: number; entry: Buffer }[] = [];
        let deltas = false; // or an entry too large to copy in memory
        for (const [i, { oid, offset, crc }] of entries.entries()) {
          const end = i + 1 < entries.length ? entries[i + 1].offset : size - 20;
          // Large objects come from elsewhere (ours are text); such packs stay as they are.
          if (end - offset > largestCopiedEntry) {
            deltas = true;
            break;
          }
          const { buffer: entry } = await handle.read(Buffer.alloc(end - offset), 0, end - offset, offset);
          if (!typeName[(entry[0] >> 4) & 0x07]) {
            deltas = true;
            break;
          }
          copies.push({ oid, crc, entry });
        }
        if (deltas) continue;
        for (const copy of copies) await writer.addEntry(copy.oid, copy.crc, copy.entry);
        merged.push(name);
      } finally {
        await handle.close();
      }
    }
    if (merged.length < 2) {
      await writer.abort();
      return null;
    }
  } catch (error) {
    await writer.abort();
    throw error;
  }
  const mergedInto = await writer.finish();
  // Every object of the old packs is in the new one (its index is in place) before they go.
  for (const name of merged.filter((name) => name !== mergedInto)) {
    await fs.rm(join(folder, `${name}.idx`), { force: true });
    await fs.rm(join(folder, `${name}.pack`), { force: true });
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
 * Reads the packs' indexes once for many lookups (one store, one download). Objects stored
 * whole are opened here, as a stream; deltas (from a fetch or `git gc`) answer null, for
 * isomorphic-git to resolve.
 */
export class PackedObjects {
  private indexes: Promise<{ pack: string; index: Buffer }[]> | null = null;

  constructor(private readonly gitdir: string) {}

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

  /** The whole content of a small object (a tree), or null when it is not stored whole in a pack. */
  async read(oid: string): Promise<{ type: ObjectType; content: Buffer } | null> {
    const object = await this.open(oid);
    if (!object) return null;
    const chunks: Buffer[] = [];
    for await (const chunk of object.stream()) chunks.push(chunk as Buffer);
    return { type: object.type as ObjectType, content: Buffer.concat(chunks) };
  }
}
