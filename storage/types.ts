/**
 * Repository storage: the one place that writes backups into a repository and reads them back.
 *
 * Glossary
 * - repository: where backups go, either a Git repository (optionally pushed to a remote) or a
 *   filesystem folder. `RepositoryConfig` describes one.
 * - artifact file: one artifact of one device as the finish step of a run hands it over, already
 *   placed at its repository-relative path (rendered from the repository's path template).
 * - storage reference (`StorageRef`): what a backup row keeps to find its stored version again.
 *
 * Calls for one repository are serialised by the caller (the finish-run job queue); the backends
 * still leave nothing broken behind when a previous call crashed half way.
 *
 * Git backend (`kind: 'git'`)
 * - `path` holds a bare repository (HEAD, objects/, refs/ directly in `path`); there is no work tree
 *   to keep in step. Read it with `git --git-dir=<path> …` or clone it.
 * - `store` writes the changed text, the trees and one commit as one pack (git-pack.ts), and
 *   binary files as loose objects hashed and deflated as a stream; it moves `refs/heads/<branch>`
 *   last, so a crash leaves the branch at the previous commit. A branch lock
 *   (`refs/heads/<branch>.lock`) held by another writer fails the store; one older than a minute
 *   is taken for the leftover of a crashed call and removed. Past 16 packs, a store first merges
 *   them into one. Commits are dated with `meta.date` in UTC.
 * - Binary artifacts are staged while they are collected (`stageObject`), by whichever worker
 *   collects them: each is a loose blob, hashed (sha1 and sha256) and deflated as it arrives into
 *   a temporary `objects/tmp_obj_tidemark_*` file and renamed to its id when complete; the store
 *   only names it in the tree. Only the first megabyte is deflated to decide: content that does
 *   not shrink (firmware, archives) is stored at zlib level 0. A blob no commit names is
 *   unreachable, which git tolerates and `git gc` prunes; temporary files untouched for an hour are
 *   a crashed writer's and a store removes them.
 * - An http(s) remote is spoken to over smart HTTP. The token goes as HTTP basic auth with the
 *   username `x-access-token` and the token as password: GitHub needs that name for app tokens,
 *   GitLab and Gitea take any name with a token as password. An SSH remote goes through the system
 *   git with a credential set's key and the remote's pinned host key (git-ssh.ts).
 * - A push first fetches the remote branch. When the remote has commits we do not have, our unpushed
 *   commits are rebased onto them if they touch no path Tidemark owns (a README a person added);
 *   otherwise nothing is pushed and the push reports REMOTE_DIVERGED with both heads. A push is never
 *   forced, and the local commits are kept either way.
 * - With a signing key, every commit carries an SSH signature (`gpgsig`, namespace "git"), which
 *   `git log --show-signature` verifies with `gpg.format=ssh` and an allowed-signers file.
 * - On first use with a remote whose branch already has commits, the branch is fetched so that
 *   history continues; when that remote cannot be reached, `ensure` fails rather than start a
 *   history that could never be pushed.
 *
 * Filesystem backend (`kind: 'filesystem'`)
 * - Every version lives at `<root>/.versions/<path>/<version>`, where version is the store date in
 *   UTC as `YYYY-MM-DDTHH-MM-SS.sssZ`. When that date does not come after the latest version's, the
 *   latest's name gets a `-2`, `-3` … suffix instead, so the greatest name is always the latest.
 *   The latest version is also at `<root>/<path>`, as a hard link to its version file (a copy where
 *   links are refused). Edit neither: a version file is what a storage reference points at.
 * - A store writes its new versions to a folder of its own in the root,
 *   `.tidemark-staging-<random>`, fsynced, and only then moves them into place (renames, and a
 *   link for the latest through a temporary `.<name>.tidemark-tmp-<random>` beside it). When any
 *   step fails, what the store placed is taken back (its version files and the folders it made
 *   removed, the latest files pointed at the previous version again): a failed store leaves no file
 *   the database does not record. Leftovers of a crashed call are removed by the next store.
 * - Binary artifacts are staged while they are collected (`stageObject`) in
 *   `<root>/.tidemark-objects/<batch>/<sha256>` (a batch is a run), written through a temporary
 *   file and fsynced; a store links a staged object into its version file, never copying it. The
 *   batch folder is removed once its run is recorded (`discardStaged`) and kept while a retry of
 *   the store may need it; temporary files untouched for an hour are a crashed writer's and a
 *   store removes them.
 *
 * A store that fails throws; nothing it was given is lost (the caller keeps it and stores again).
 */

import type { RemoteErrorCode, SshRemoteAuth } from './git-ssh.ts';

export type RepositoryKind = 'git' | 'filesystem';

export interface SigningKey {
  privateKey: string;
  passphrase: string | null;
}

export interface RepositoryConfig {
  kind: RepositoryKind;
  /** git: the bare repository folder; filesystem: the root folder. Created when missing. */
  path: string;
  /** git only: an http:// or https:// smart HTTP remote. */
  remoteUrl: string | null;
  /** git only: sent as the basic-auth password with the username `x-access-token`. */
  remoteToken: string | null;
  /** git only, SSH remotes: the key that logs in and the pinned host key. */
  remoteSsh?: SshRemoteAuth | null;
  /** git only: commits are signed with this SSH key when set. */
  signingKey?: SigningKey | null;
  /** git only: the branch commits go to. */
  branch: string;
  authorName: string;
  authorEmail: string;
}

export type ArtifactSource =
  | { kind: 'text'; content: string }
  /** A local file; read as a stream, never whole, because it may be hundreds of megabytes. */
  | { kind: 'file'; file: string }
  /** Content staged in this repository's object store while it was collected (`stageObject`). */
  | { kind: 'object'; id: string };

export interface ArtifactFile {
  /** Repository-relative with `/` separators, e.g. "emea/ams1/core-sw-01/running-config". */
  path: string;
  source: ArtifactSource;
}

/** `blob` locates the content; `commit` and `path` say where it sits in the history. */
export interface GitStorageRef {
  kind: 'git';
  /** The commit that holds this version: the new commit, or the branch head when it did not change. */
  commit: string;
  path: string;
  blob: string;
}

export interface FilesystemStorageRef {
  kind: 'filesystem';
  path: string;
  /** The file name under `<root>/.versions/<path>/`. */
  version: string;
}

export type StorageRef = GitStorageRef | FilesystemStorageRef;

export interface StoreMeta {
  message: string;
  date: Date;
}

export interface StoreResult {
  /** git: the new commit, or null when nothing differed from the branch head (no commit is made). Always null for filesystem. */
  commit: string | null;
  /** How many of the given files differed from their latest stored version. */
  filesChanged: number;
  /** One reference per given path, changed or not. */
  refs: Record<string, StorageRef>;
  /** The paths that differed, in the order given. */
  changedPaths: string[];
}

/**
 * A store under way. `add` writes a page's content where the store keeps it until the commit (git:
 * new text into the run's pack; filesystem: the staging folder), so the caller may drop it;
 * `commit` makes it all visible at once and returns what `store` would have for every file added;
 * `abort` (also after a failed `add` or `commit`) leaves the repository as it was.
 */
export interface StoreWriter {
  add(files: ArtifactFile[]): Promise<void>;
  commit(): Promise<StoreResult>;
  abort(): Promise<void>;
}

export interface PushResult {
  pushed: boolean;
  /** Why the push failed, fit to show to a user; never contains the token. */
  error?: string;
  /** What kind of failure: REMOTE_DIVERGED, or how the exchange with the remote failed. */
  code?: 'REMOTE_DIVERGED' | RemoteErrorCode;
  /** REMOTE_DIVERGED: our unpushed head, the remote's head, and the paths Tidemark owns that the remote changed. */
  diverged?: { local: string; remote: string; paths: string[] };
  /** Our commits that were rebased onto the remote's before the push: old id → new id. */
  rebased?: Record<string, string>;
  /** SSH: the host key the remote presented ("type base64"); with HOST_KEY_CHANGED, the new key awaiting acceptance. */
  hostKey?: string | null;
}

export interface PushOptions {
  /**
   * Which of these paths Tidemark owns (the backups it recorded in this repository). Paths our own
   * unpushed commits touch are owned whatever it answers.
   */
  ownedPaths?: (paths: string[]) => Promise<string[]>;
}

/** An inclusive byte range, as in an HTTP Range header. */
export interface ByteRange {
  start: number;
  end: number;
}

export interface StoredVersion {
  size: number;
  stream(range?: ByteRange): NodeJS.ReadableStream;
}

/**
 * A binary artifact being written into the repository's object store as its bytes arrive, before
 * any store names it: whichever worker stores the run reads it from the repository, not from the
 * collecting worker's disk. Both hashes are taken on the way, so the bytes are read once.
 */
export interface ObjectWriter {
  /** Resolves once the chunk is taken (after a drain when the disk falls behind). */
  write(chunk: Buffer): Promise<void>;
  /** Completes the object; fails when fewer or more bytes came than announced. */
  finish(): Promise<StagedObject>;
  /** Removes what was written; the object is not staged. */
  abort(): Promise<void>;
}

export interface StagedObject {
  /** What `{ kind: 'object', id }` names: git, the blob id; filesystem, the staged file's name. */
  id: string;
  size: number;
  sha256: string;
}

export interface Repository {
  readonly config: RepositoryConfig;
  /**
   * Starts a staged object of `size` bytes (null when unknown: the bytes are then spooled and
   * hashed once more at the end), one of `batch` (a run: letters, digits, `-`, `_`). Creates the
   * repository on first use, like `ensure()`.
   */
  stageObject(size: number | null, batch: string): Promise<ObjectWriter>;
  /**
   * Drops a batch's staged objects once nothing will store them (its run is recorded). git keeps
   * them: a stored blob is the same object, and an unreachable one is pruned by `git gc`;
   * filesystem removes the batch's folder of staged files, whose stored versions are links of
   * their own.
   */
  discardStaged(batch: string): Promise<void>;
  /** git: create the bare repository, or fetch the remote's branch on first use; filesystem: create the root. */
  ensure(): Promise<void>;
  /** Writes every changed file in one commit (git) or one set of versions (filesystem). */
  store(files: ArtifactFile[], meta: StoreMeta): Promise<StoreResult>;
  /**
   * The same store, handed its files a page at a time (`store` is one page): a fleet's texts
   * need not be in memory at once. Nothing is visible before `commit`.
   */
  beginStore(meta: StoreMeta): Promise<StoreWriter>;
  /** Sends every unpushed commit of the branch. A failed push keeps the local commits for the next one. */
  push(options?: PushOptions): Promise<PushResult>;
  /** Whether the branch has commits the remote has not received (false without a remote). */
  unpushed(): Promise<boolean>;
  /** Opens one stored version; throws NotFoundError when it is gone. */
  openRead(ref: StorageRef): Promise<StoredVersion>;
}
