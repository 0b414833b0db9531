/**
 * The git backend: a bare repository at `config.path` (see types.ts for the layout and
 * guarantees). git-pack.ts and git-objects.ts write and read what we write; isomorphic-git reads
 * what others packed (deltas) and speaks to the remote.
 */
import { randomBytes } from 'node:crypto';
import fs, { promises as fsp } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import git from 'isomorphic-git';
import { ConflictError, NotFoundError, ValidationError } from '../infra/errors.ts';
import type { Logger } from '../infra/log.ts';
import { checkArtifactFiles } from './artifact-path.ts';
import { pathExists } from './files.ts';
import { createBlobWriter, createSpooledBlobWriter, encodeCommit, looseObjectPath, openLooseObject, removeTempObjects, writeBlobFromFile } from './git-objects.ts';
import { mergePacks, objectId, packFolder, PackedObjects, PackWriter } from './git-pack.ts';
import { signedWhenKeyed } from './commit-signature.ts';
import { checkRemoteUrl, displayUrl } from './git-remote.ts';
import { RemoteError } from './git-ssh.ts';
import { reconcileWithRemote } from './git-rebase.ts';
import { openRemoteTransport } from './git-transport.ts';
import { updateTree } from './git-tree.ts';
import { createLimit } from './limit.ts';
import { storeAll } from './store-writer.ts';
import { markGitRepository } from './repository-folder.ts';
import type {
  ArtifactFile,
  ArtifactSource,
  ObjectWriter,
  PushOptions,
  PushResult,
  Repository,
  RepositoryConfig,
  StorageRef,
  StoredVersion,
  StoreMeta,
  StoreResult,
  StoreWriter,
} from './types.ts';

/** A branch lock older than this is a crashed writer's; a younger one fails the store (which is tried again). */
const staleLockMs = 60_000;

/** The remote-tracking refs live under this name, as after a `git clone`. */
const remoteName = 'origin';

async function isBareRepository(gitdir: string): Promise<boolean> {
  const parts = ['HEAD', 'objects', 'refs'].map((name) => pathExists(join(gitdir, name)));
  return (await Promise.all(parts)).every(Boolean);
}

function isNotFound(error: unknown): boolean {
  return (error as { code?: string } | null)?.code === 'NotFoundError';
}

export function openGitRepository(config: RepositoryConfig, log?: Logger): Repository {
  const gitdir = resolve(config.path);
  const branchRef = `refs/heads/${config.branch}`;
  const trackingRef = `refs/remotes/${remoteName}/${config.branch}`;
  const branchFile = join(gitdir, branchRef);
  const lockFile = `${branchFile}.lock`;

  async function readRef(ref: string): Promise<string | null> {
    try {
      return await git.resolveRef({ fs, gitdir, ref });
    } catch (error) {
      if (isNotFound(error)) return null;
      throw error;
    }
  }

  /**
   * Moves a ref the way git does: through `<ref>.lock`, created exclusively, renamed over the ref.
   * With `expected`, refuses when the ref moved since it was read.
   */
  async function writeRef(ref: string, oid: string, expected?: string | null): Promise<void> {
    const file = join(gitdir, ref);
    const lock = `${file}.lock`;
    await fsp.mkdir(dirname(file), { recursive: true });
    const handle = await fsp.open(lock, 'wx').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'EEXIST') throw new ConflictError(`${ref} in ${gitdir} is locked by another writer`);
      throw error;
    });
    try {
      if (expected !== undefined && (await readRef(ref)) !== expected) {
        throw new ConflictError(`${ref} in ${gitdir} moved while this backup was being stored`);
      }
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

  /**
   * Calls are serialised by the caller, so temporary objects seen at the start are a crashed call's.
   * A branch lock is only taken for one when it is old: a writer holds it for milliseconds, and it
   * may be another's (the git CLI, or another process on this folder), which git never removes.
   */
  async function removeLeftovers(): Promise<void> {
    await removeTempObjects(gitdir);
    const lock = await fsp.stat(lockFile).catch(() => null);
    if (lock && Date.now() - lock.mtimeMs > staleLockMs) await fsp.rm(lockFile, { force: true });
  }

  /** The root tree of a commit; our packs are read directly, anything else through isomorphic-git. */
  async function readCommitTree(oid: string, packed: PackedObjects, cache: object): Promise<string> {
    const whole = (await packed.read(oid)) ?? null;
    const line = whole?.type === 'commit' ? /^tree ([0-9a-f]{40})$/m.exec(whole.content.toString('utf8')) : null;
    if (line) return line[1];
    return (await git.readCommit({ fs, gitdir, oid, cache })).commit.tree;
  }

  /**
   * A text blob's id, its content kept to be packed if its path changed; a binary file streams
   * into a loose object of its own at once; a staged object is in place already.
   */
  async function blobOf(source: ArtifactSource, packed: PackedObjects): Promise<string> {
    if (source.kind === 'file') return (await writeBlobFromFile(gitdir, source.file)).oid;
    if (source.kind === 'object') {
      if (!(await pathExists(looseObjectPath(gitdir, source.id))) && !(await packed.open(source.id))) {
        throw new Error(`the staged object ${source.id} is not in ${gitdir}: was it collected by a worker that reaches this repository at another path?`);
      }
      return source.id;
    }
    return objectId('blob', Buffer.from(source.content, 'utf8')).toString('hex');
  }

  /**
   * Reads share one view of the packs (their indexes read once) while the pack folder holds the
   * same packs: a run reads the version before of every changed artifact, and the indexes of a
   * long history weigh megabytes.
   */
  let readingView: { packs: string; packed: PackedObjects } | null = null;
  async function packsForReading(): Promise<PackedObjects> {
    const packs = (await fsp.readdir(packFolder(gitdir)).catch(() => [] as string[])).filter((name) => name.endsWith('.idx')).sort().join(' ');
    if (readingView?.packs !== packs) readingView = { packs, packed: new PackedObjects(gitdir) };
    return readingView.packed;
  }

  /** Refuses folders that hold something else, so a typo in `path` never writes into a project. */
  async function checkFolderIsFree(): Promise<void> {
    if ((await fsp.stat(gitdir).catch(() => null))?.isFile()) {
      throw new ValidationError(`${gitdir} is a file, not a folder`, { field: 'path' });
    }
    if (await pathExists(join(gitdir, '.git'))) {
      throw new ValidationError(
        `${gitdir} holds a repository with a work tree; Tidemark keeps a bare repository, use an empty or new folder`,
        { field: 'path' },
      );
    }
    const names = await fsp.readdir(gitdir).catch((error: NodeJS.ErrnoException) => {
      // Only a folder that does not exist yet is free; a file or an unreadable folder is never replaced.
      if (error.code === 'ENOENT') return [] as string[];
      throw error;
    });
    if (names.length > 0) {
      throw new ValidationError(`${gitdir} is neither empty nor a bare Git repository`, { field: 'path' });
    }
  }

  /**
   * Builds the repository in a sibling folder and renames it into place, so a fetch that fails half
   * way leaves no repository behind that a later call would take for a finished one.
   */
  async function createRepository(): Promise<void> {
    const building = `${gitdir}.tidemark-init-${randomBytes(6).toString('hex')}`;
    try {
      await git.init({ fs, gitdir: building, bare: true, defaultBranch: config.branch });
      await markGitRepository(building);
      if (config.remoteUrl) await fetchRemoteBranch(building, config.remoteUrl);
      // Only an empty folder is replaced. Workers staging their first objects may create the
      // repository at the same time: the first rename wins and the others keep its repository.
      await fsp.rmdir(gitdir).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'ENOENT' && error.code !== 'ENOTEMPTY' && error.code !== 'EEXIST') throw error;
      });
      await fsp.mkdir(dirname(gitdir), { recursive: true });
      await fsp.rename(building, gitdir).catch(async (error: NodeJS.ErrnoException) => {
        if (!['ENOTEMPTY', 'EEXIST'].includes(error.code ?? '') || !(await isBareRepository(gitdir))) throw error;
      });
    } finally {
      await fsp.rm(building, { recursive: true, force: true });
    }
  }

  /**
   * Names the remote in the repository's config (without credentials), as a clone would: git CLI
   * users can fetch and push it, and isomorphic-git's fetch reads its refspec from there.
   */
  async function configureRemote(dir: string, url: string): Promise<void> {
    const plain = displayUrl(url);
    if ((await git.getConfig({ fs, gitdir: dir, path: `remote.${remoteName}.url` })) === plain) return;
    await git.addRemote({ fs, gitdir: dir, remote: remoteName, url: plain, force: true });
  }

  /** Continues the remote's history when its branch already has commits. */
  async function fetchRemoteBranch(into: string, url: string): Promise<void> {
    checkRemoteUrl(url);
    await configureRemote(into, url);
    const transport = await openRemoteTransport(config, 'fetch from');
    try {
      const remoteHead = await transport.fetchBranch(into, trackingRef);
      if (!remoteHead) return;
      await git.writeRef({ fs, gitdir: into, ref: branchRef, value: remoteHead, force: true });
      log?.info({ remote: displayUrl(url), commit: remoteHead }, 'continued the history of the remote branch');
    } finally {
      await transport.close();
    }
  }

  async function ensure(): Promise<void> {
    if (await isBareRepository(gitdir)) {
      if (config.remoteUrl) await configureRemote(gitdir, config.remoteUrl);
      return;
    }
    await checkFolderIsFree();
    await createRepository();
    log?.info({ path: gitdir, branch: config.branch }, 'created the git repository');
  }

  /** See `Repository.beginStore`: text goes into the run's pack as it is added; trees, commit and branch at `commit`. */
  async function beginStore(meta: StoreMeta): Promise<StoreWriter> {
    await removeLeftovers();
    // Checked again when the branch moves; failing here first writes no pack that nothing names.
    if (await pathExists(lockFile)) throw new ConflictError(`${branchRef} in ${gitdir} is locked by another writer`);
    const merge = await mergePacks(gitdir);
    if (merge) log?.info({ packs: merge.merged }, 'merged the repository\'s packs into one');
    const head = await readRef(branchRef);
    const cache = {};
    const packed = new PackedObjects(gitdir);
    const pack = await PackWriter.open(gitdir);
    const blobs: { path: string; blob: string }[] = [];
    const paths = new Set<string>();

    // Loose objects by folder (an id's first two digits), each folder listed once per store
    // instead of a file look-up per text. An object that turns loose later (a binary staged
    // meanwhile) and is also a text here is packed as well: a copy, never a loss.
    const looseFolders = new Map<string, Promise<Set<string>>>();
    const isLoose = async (oid: string) => {
      const folder = oid.slice(0, 2);
      let names = looseFolders.get(folder);
      if (!names) looseFolders.set(folder, (names = fsp.readdir(join(gitdir, 'objects', folder)).then((found) => new Set(found), () => new Set<string>())));
      return (await names).has(oid.slice(2));
    };
    /** Whether the repository holds the object already, so the pack need not. */
    const inRepository = async (oid: string) => pack.has(Buffer.from(oid, 'hex')) || (await packed.has(oid)) || (await isLoose(oid));

    return {
      async add(files) {
        checkArtifactFiles(files);
        for (const { path } of files) {
          if (paths.has(path)) throw new ValidationError(`Artifact path "${path}" is given twice`, { field: 'path' });
          paths.add(path);
        }
        const limit = createLimit(8);
        // Each file's blob id, and for text whether the repository lacks it (looked up at once, not one after another).
        const added = await Promise.all(
          files.map((file) =>
            limit(async () => {
              const blob = await blobOf(file.source, packed);
              return { path: file.path, blob, fresh: file.source.kind === 'text' && !(await inRepository(blob)) };
            }),
          ),
        );
        // Text new to the repository goes into the pack now, so the caller may drop it. Text the
        // repository holds (unchanged, or the same bytes at another path) is not written again;
        // the same new text at two paths is packed once (the pack writer skips an object it has).
        for (const [index, { fresh }] of added.entries()) {
          const source = files[index].source;
          if (fresh && source.kind === 'text') await pack.add('blob', Buffer.from(source.content, 'utf8'));
        }
        blobs.push(...added.map(({ path, blob }) => ({ path, blob })));
      },

      async commit() {
        let commit = head;
        let changedPaths: Set<string>;
        try {
          const oldTree = head ? await readCommitTree(head, packed, cache) : null;
          const update = await updateTree({ gitdir, cache, oldTree, blobs, packed, pack });
          changedPaths = update.changedPaths;
          if (changedPaths.size > 0) {
            const person = { name: config.authorName, email: config.authorEmail, date: meta.date };
            const content = await signedWhenKeyed(encodeCommit({ tree: update.tree, parents: head ? [head] : [], author: person, committer: person, message: meta.message }), config.signingKey);
            commit = await pack.add('commit', content);
            // Every object the commit names is in place before the branch moves to it.
            await pack.finish();
          } else {
            // Nothing changed: the blobs are in the repository already.
            await pack.abort();
          }
        } catch (error) {
          await pack.abort();
          throw error;
        }
        if (commit && commit !== head) {
          await writeRef(branchRef, commit, head);
          log?.info({ commit, filesChanged: changedPaths.size }, 'committed the changed artifacts');
        }

        const refs: StoreResult['refs'] = {};
        if (commit) for (const { path, blob } of blobs) refs[path] = { kind: 'git', commit, path, blob };
        return {
          commit: changedPaths.size > 0 ? commit : null,
          filesChanged: changedPaths.size,
          refs,
          changedPaths: blobs.map((b) => b.path).filter((path) => changedPaths.has(path)),
        };
      },

      abort: () => pack.abort(),
    };
  }

  return {
    config,
    ensure,

    async stageObject(size: number | null): Promise<ObjectWriter> {
      // Blobs are named by their content alone; the batch only matters to discardStaged.
      if (!(await isBareRepository(gitdir))) await ensure();
      const writer = size === null ? createSpooledBlobWriter(gitdir) : createBlobWriter(gitdir, size);
      return {
        write: (chunk) => writer.write(chunk),
        finish: async () => {
          const { oid, size: written, sha256 } = await writer.finish();
          return { id: oid, size: written, sha256 };
        },
        abort: () => writer.abort(),
      };
    },

    async discardStaged() {
      // A staged blob that was stored is the stored blob; one that was not is unreachable, and
      // `git gc` prunes it (after two weeks, git's default, so a retry of the store finds it).
    },

    store: (files: ArtifactFile[], meta: StoreMeta): Promise<StoreResult> => storeAll(files, meta, beginStore),
    beginStore,

    async push(options: PushOptions = {}): Promise<PushResult> {
      const url = config.remoteUrl;
      if (!url) return { pushed: false, error: 'no remote is configured' };
      const local = await readRef(branchRef);
      if (!local) return { pushed: false, error: `branch ${config.branch} has no commits yet` };
      let transport: Awaited<ReturnType<typeof openRemoteTransport>> | null = null;
      let hostKey: string | null = null;
      try {
        checkRemoteUrl(url);
        transport = await openRemoteTransport(config, 'push to');
        const remote = await transport.fetchBranch(gitdir, trackingRef);
        hostKey = await transport.hostKey();
        const plan = await reconcileWithRemote({ gitdir, local, remote, signingKey: config.signingKey ?? null, ownedPaths: options.ownedPaths });
        if (plan.kind === 'diverged') {
          const { paths } = plan;
          const shown = paths.slice(0, 5).join(', ') + (paths.length > 5 ? ` and ${paths.length - 5} more` : '');
          const error =
            `REMOTE_DIVERGED: ${config.branch} on ${displayUrl(url)} is at ${plan.remote}, with changes to paths Tidemark owns (${shown}); ` +
            `the local commit ${local} is kept and was not pushed`;
          log?.warn({ local, remote: plan.remote, paths: paths.slice(0, 20) }, 'the remote branch diverged; nothing pushed');
          return { pushed: false, code: 'REMOTE_DIVERGED', error, diverged: { local, remote: plan.remote, paths }, ...(hostKey ? { hostKey } : {}) };
        }
        if (plan.kind === 'rebased' || plan.kind === 'fast-forward') {
          await writeRef(branchRef, plan.head, local);
          log?.info({ from: local, to: plan.head, remote }, plan.kind === 'rebased' ? 'rebased the local commits onto the remote branch' : 'took the remote branch');
        }
        if (plan.kind === 'push' || plan.kind === 'rebased') {
          await transport.pushBranch(gitdir, remote);
          await writeRef(trackingRef, plan.head);
        }
        log?.info({ remote: displayUrl(url) }, 'pushed the branch');
        return { pushed: true, ...(hostKey ? { hostKey } : {}), ...(plan.kind === 'rebased' ? { rebased: plan.rebased } : {}) };
      } catch (error) {
        const remoteError = error instanceof RemoteError ? error : null;
        const message = remoteError ? remoteError.message : `push to ${displayUrl(url)} failed: ${(error as Error).message}`;
        log?.warn(message);
        const seen = remoteError?.code === 'HOST_KEY_CHANGED' ? remoteError.presentedHostKey : hostKey;
        return { pushed: false, error: message, ...(remoteError ? { code: remoteError.code } : {}), ...(seen ? { hostKey: seen } : {}) };
      } finally {
        await transport?.close();
      }
    },

    async unpushed(): Promise<boolean> {
      if (!config.remoteUrl) return false;
      const head = await readRef(branchRef);
      return head !== null && head !== (await readRef(trackingRef));
    },

    async openRead(ref: StorageRef): Promise<StoredVersion> {
      if (ref.kind !== 'git') throw new ValidationError('A filesystem storage reference cannot be read from a git repository');
      const loose = (await openLooseObject(gitdir, ref.blob)) ?? (await (await packsForReading()).open(ref.blob));
      if (loose) {
        if (loose.type !== 'blob') throw new NotFoundError('stored version', `${ref.path}@${ref.commit}`);
        return { size: loose.size, stream: (range) => loose.stream(range) };
      }
      // Deltified objects come from a fetch or a `git gc`; isomorphic-git reads them whole.
      let content: Uint8Array;
      try {
        content = (await git.readBlob({ fs, gitdir, oid: ref.blob })).blob;
      } catch (error) {
        if (isNotFound(error)) throw new NotFoundError('stored version', `${ref.path}@${ref.commit}`);
        throw error;
      }
      const whole = Buffer.from(content.buffer, content.byteOffset, content.byteLength);
      return {
        size: whole.length,
        stream: (range) => Readable.from([whole.subarray(range?.start ?? 0, (range?.end ?? whole.length - 1) + 1)]),
      };
    },
  };
}
