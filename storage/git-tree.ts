/**
 * Builds the next root tree from the branch head's tree by replacing only the changed paths:
 * subtrees without a change keep their object id and are neither read nor written.
 */
import fs from 'node:fs';
import git from 'isomorphic-git';
import { ValidationError } from '../infra/errors.ts';
import { artifactPathSegments } from './artifact-path.ts';
import { createLimit } from './limit.ts';
import { encodeTree, isFolderMode, parseTree, readLooseTree, type TreeItem } from './git-objects.ts';
import type { PackedObjects, PackWriter } from './git-pack.ts';

const fileMode = '100644';
const folderMode = '040000';

export interface BlobAtPath {
  path: string;
  blob: string;
}

export interface TreeUpdate {
  /** The new root tree; equal to the old one when no blob differed. */
  tree: string;
  /** Paths whose blob differed from the old tree (or that were new), and removed paths that were there. */
  changedPaths: Set<string>;
}

/**
 * A folder of the new tree. A device's folder holds files only, so the maps of removals and
 * subfolders are made when first needed: a commit of 50,000 devices' folders would otherwise hold
 * 100,000 empty maps.
 */
interface Folder {
  files: Map<string, BlobAtPath>;
  /** Names of files to take out of this folder, with their paths. */
  removed?: Map<string, string>;
  folders?: Map<string, Folder>;
}

function emptyFolder(): Folder {
  return { files: new Map() };
}

function groupByFolder(blobs: BlobAtPath[], removals: string[]): Folder {
  const root = emptyFolder();
  const folderOf = (segments: string[]) => {
    let folder = root;
    for (const name of segments.slice(0, -1)) {
      folder.folders ??= new Map();
      let next = folder.folders.get(name);
      if (!next) folder.folders.set(name, (next = emptyFolder()));
      folder = next;
    }
    return folder;
  };
  for (const item of blobs) {
    const segments = artifactPathSegments(item.path);
    folderOf(segments).files.set(segments[segments.length - 1], item);
  }
  for (const path of removals) {
    const segments = artifactPathSegments(path);
    const folder = folderOf(segments);
    (folder.removed ??= new Map()).set(segments[segments.length - 1], path);
  }
  return root;
}

/** Subfolders of one folder rewritten at once. */
const FOLDERS_AT_ONCE = 64;

export async function updateTree(options: {
  gitdir: string;
  /** isomorphic-git's object cache, shared by one call so packs are indexed once. */
  cache: object;
  oldTree: string | null;
  blobs: BlobAtPath[];
  /** Where existing trees may be packed, and the pack new trees go into. */
  packed: PackedObjects;
  pack: PackWriter;
  /** Paths to take out of the tree; a folder left empty goes too. Missing paths are no change. */
  removals?: string[];
}): Promise<TreeUpdate> {
  const { gitdir, cache, packed, pack } = options;
  const changedPaths = new Set<string>();
  const limit = createLimit(16);

  const clash = (path: string, what: string) =>
    new ValidationError(`Artifact path "${path}" clashes with a ${what} of the same name in the repository`, {
      field: 'path',
      details: { path },
    });

  async function readTree(oid: string): Promise<TreeItem[]> {
    const loose = await limit(() => readLooseTree(gitdir, oid));
    if (loose) return loose;
    const whole = await limit(() => packed.read(oid));
    if (whole?.type === 'tree') return parseTree(whole.content);
    const { tree } = await git.readTree({ fs, gitdir, oid, cache });
    return tree.map((entry) => ({ mode: entry.mode, name: entry.path, oid: entry.oid }));
  }

  /** The folder's new tree, or null when nothing is left in it. */
  async function rewrite(oldOid: string | null, folder: Folder, prefix: string): Promise<string | null> {
    const entries = new Map<string, TreeItem>();
    if (oldOid) for (const item of await readTree(oldOid)) entries.set(item.name, item);
    let modified = false;
    for (const [name, { path, blob }] of folder.files) {
      const existing = entries.get(name);
      if (existing && isFolderMode(existing.mode)) throw clash(path, 'folder');
      if (existing?.oid === blob) continue;
      entries.set(name, { mode: fileMode, name, oid: blob });
      changedPaths.add(path);
      modified = true;
    }
    for (const [name, path] of folder.removed ?? []) {
      const existing = entries.get(name);
      if (!existing || isFolderMode(existing.mode)) continue;
      entries.delete(name);
      changedPaths.add(path);
      modified = true;
    }
    const rewriteChild = async ([name, child]: [string, Folder]) => {
      const existing = entries.get(name);
      if (existing && !isFolderMode(existing.mode)) throw clash(prefix + name, 'file');
      return { name, existing, oid: await rewrite(existing?.oid ?? null, child, `${prefix}${name}/`) };
    };
    // A few subfolders at a time, each batch's trees taken into this folder before the next starts:
    // a folder of 50,000 devices' folders, all rewritten (or only queued) at once, would hold every
    // one's entries, new tree and pending promise in memory together. Per folder, not shared: a
    // folder waiting for its subfolders holds no slot they need.
    const subfolders = [...(folder.folders ?? [])];
    for (let at = 0; at < subfolders.length; at += FOLDERS_AT_ONCE) {
      const children = await Promise.all(subfolders.slice(at, at + FOLDERS_AT_ONCE).map(rewriteChild));
      for (const { name, existing, oid } of children) {
        if (oid === (existing?.oid ?? null)) continue;
        if (oid) entries.set(name, { mode: folderMode, name, oid });
        else entries.delete(name);
        modified = true;
      }
    }
    if (oldOid && !modified) return oldOid;
    if (entries.size === 0 && prefix !== '') return null;
    return pack.add('tree', encodeTree([...entries.values()]));
  }

  const tree = (await rewrite(options.oldTree, groupByFolder(options.blobs, options.removals ?? []), ''))!;
  return { tree, changedPaths };
}
