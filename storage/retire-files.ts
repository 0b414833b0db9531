/**
 * Takes a retired device's files out of a repository's current state and puts them back, without
 * touching any stored version:
 * - git: one commit that removes the paths from the branch's tree (a folder left empty goes too),
 *   and one that adds the same blobs back; the history before stays as it was.
 * - filesystem: the latest files at `<root>/<path>` are removed (and folders left empty), and
 *   linked to their version file again on restore; `.versions/` is never touched.
 * Calls for one repository are serialised by the caller, as for `store`.
 */
import { promises as fsp } from 'node:fs';
import fs from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import git from 'isomorphic-git';
import { ConflictError, ValidationError } from '../infra/errors.ts';
import type { Logger } from '../infra/log.ts';
import { artifactPathSegments, versionsFolder } from './artifact-path.ts';
import { signedWhenKeyed } from './commit-signature.ts';
import { encodeCommit } from './git-objects.ts';
import { PackedObjects, PackWriter } from './git-pack.ts';
import { updateTree } from './git-tree.ts';
import type { RepositoryConfig, StorageRef } from './types.ts';

export interface CurrentFilesChange {
  /** git: the new commit, or null when none of the paths was in the tree (nothing to commit). */
  commit: string | null;
  /** The paths that were taken out or put back. */
  paths: string[];
}

/** Removes the paths from the repository's current files; their stored versions stay. */
export async function retireFiles(config: RepositoryConfig, paths: string[], meta: { message: string; date: Date }, log?: Logger): Promise<CurrentFilesChange> {
  for (const path of paths) artifactPathSegments(path);
  if (config.kind === 'git') return commitTreeChange(config, { blobs: [], removals: paths }, meta, log);
  const root = resolve(config.path);
  const removed: string[] = [];
  for (const path of paths) {
    const file = join(root, ...artifactPathSegments(path));
    const stats = await fsp.lstat(file).catch(() => null);
    if (!stats?.isFile()) continue;
    await fsp.rm(file);
    removed.push(path);
    await removeEmptyParents(dirname(file), root);
  }
  return { commit: null, paths: removed };
}

/** Puts each stored version back as the repository's current file at its path. */
export async function restoreFiles(config: RepositoryConfig, refs: StorageRef[], meta: { message: string; date: Date }, log?: Logger): Promise<CurrentFilesChange> {
  for (const ref of refs) artifactPathSegments(ref.path);
  if (config.kind === 'git') {
    const blobs = refs.map((ref) => {
      if (ref.kind !== 'git') throw new ValidationError('A filesystem storage reference cannot be restored into a git repository');
      return { path: ref.path, blob: ref.blob };
    });
    return commitTreeChange(config, { blobs, removals: [] }, meta, log);
  }
  const root = resolve(config.path);
  const restored: string[] = [];
  for (const ref of refs) {
    if (ref.kind !== 'filesystem') throw new ValidationError('A git storage reference cannot be restored into a filesystem repository');
    const segments = artifactPathSegments(ref.path);
    const versionFile = join(root, versionsFolder, ...segments, ref.version);
    const target = join(root, ...segments);
    if (!(await fsp.stat(versionFile).catch(() => null))?.isFile()) continue;
    await fsp.mkdir(dirname(target), { recursive: true });
    const temp = join(dirname(target), `.${basename(target)}.tidemark-tmp-${randomBytes(6).toString('hex')}`);
    try {
      await fsp.link(versionFile, temp).catch(() => fsp.copyFile(versionFile, temp));
      await fsp.rename(temp, target);
    } finally {
      await fsp.rm(temp, { force: true });
    }
    restored.push(ref.path);
  }
  return { commit: null, paths: restored };
}

async function removeEmptyParents(folder: string, root: string): Promise<void> {
  for (let current = folder; current.startsWith(`${root}/`); current = dirname(current)) {
    const removed = await fsp.rmdir(current).then(
      () => true,
      () => false,
    );
    if (!removed) return;
  }
}

/** One commit on the branch with the tree changed as asked; none when the tree stays the same. */
async function commitTreeChange(
  config: RepositoryConfig,
  change: { blobs: { path: string; blob: string }[]; removals: string[] },
  meta: { message: string; date: Date },
  log?: Logger,
): Promise<CurrentFilesChange> {
  const gitdir = resolve(config.path);
  const branchRef = `refs/heads/${config.branch}`;
  const head = await git.resolveRef({ fs, gitdir, ref: branchRef }).catch(() => null);
  if (!head) return { commit: null, paths: [] };
  const cache = {};
  const packed = new PackedObjects(gitdir);
  const oldTree = (await git.readCommit({ fs, gitdir, oid: head, cache })).commit.tree;
  const pack = await PackWriter.open(gitdir);
  let commit: string;
  let paths: string[];
  try {
    const update = await updateTree({ gitdir, cache, oldTree, blobs: change.blobs, packed, pack, removals: change.removals });
    paths = [...update.changedPaths];
    if (paths.length === 0) {
      await pack.abort();
      return { commit: null, paths };
    }
    const person = { name: config.authorName, email: config.authorEmail, date: meta.date };
    // Signed like the runs' commits, so a branch that must verify keeps verifying.
    const content = await signedWhenKeyed(encodeCommit({ tree: update.tree, parents: [head], author: person, committer: person, message: meta.message }), config.signingKey);
    commit = await pack.add('commit', content);
    await pack.finish();
  } catch (error) {
    await pack.abort();
    throw error;
  }
  await moveBranch(gitdir, branchRef, commit, head);
  log?.info({ commit, paths: paths.length }, 'committed a change of the current files');
  return { commit, paths };
}

/** Moves the branch the way git does, through `<ref>.lock`; refuses when it moved since it was read. */
async function moveBranch(gitdir: string, ref: string, oid: string, expected: string): Promise<void> {
  const file = join(gitdir, ref);
  const lock = `${file}.lock`;
  const handle = await fsp.open(lock, 'wx').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'EEXIST') throw new ConflictError(`${file} is locked by another writer`);
    throw error;
  });
  try {
    const current = await git.resolveRef({ fs, gitdir, ref }).catch(() => null);
    if (current !== expected) throw new ConflictError(`${file} moved while the current files were being changed`);
    await handle.writeFile(`${oid}\n`);
    await handle.sync();
    await handle.close();
    await fsp.rename(lock, file);
  } catch (error) {
    await handle.close().catch(() => {});
    await fsp.rm(lock, { force: true });
    throw error;
  }
}
