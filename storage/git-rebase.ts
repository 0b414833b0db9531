/**
 * What a push does when the remote branch moved: our unpushed commits are replayed onto the
 * remote's head when the remote's new commits touch no path Tidemark owns, and the push stops with
 * REMOTE_DIVERGED when they do. Nothing here moves a ref; the caller does, once, with the result.
 *
 * Tidemark's commits only set artifact files, so replaying one is setting the same paths in the
 * remote's tree: no merge of file contents is ever needed. The replayed commits keep their
 * author, committer, dates and message, and are signed again when the repository signs.
 */
import fs from 'node:fs';
import git, { type TreeEntry } from 'isomorphic-git';
import { openCommitSigner, withoutSignature, withSignature, type CommitSigner } from './commit-signature.ts';
import type { SigningKey } from './types.ts';

export type RemotePlan =
  /** The remote has nothing we lack: push `head` (our branch) as it is. */
  | { kind: 'push'; head: string }
  /** The remote is at our head already. */
  | { kind: 'up-to-date'; head: string }
  /** We have nothing the remote lacks, and its new commits touch no path we own: our branch moves to `head`. */
  | { kind: 'fast-forward'; head: string }
  /** Our commits replayed onto the remote's head; push `head`. */
  | { kind: 'rebased'; head: string; rebased: Record<string, string> }
  /** The remote's new commits change `paths`, which Tidemark owns: nothing is pushed. */
  | { kind: 'diverged'; remote: string; paths: string[] };

interface Change {
  path: string;
  /** null: removed. */
  entry: { oid: string; mode: string } | null;
}

export async function reconcileWithRemote(input: {
  gitdir: string;
  local: string;
  remote: string | null;
  signingKey: SigningKey | null;
  ownedPaths?: (paths: string[]) => Promise<string[]>;
}): Promise<RemotePlan> {
  const { gitdir, local, remote } = input;
  if (!remote) return { kind: 'push', head: local };
  if (remote === local) return { kind: 'up-to-date', head: local };
  const cache = {};
  if (await git.isDescendent({ fs, gitdir, oid: local, ancestor: remote, depth: -1, cache })) return { kind: 'push', head: local };

  const [base = null] = await git.findMergeBase({ fs, gitdir, oids: [local, remote], cache });
  const trees = new TreeReader(gitdir, cache);
  const theirs = await trees.diff(base && (await trees.commitTree(base)), await trees.commitTree(remote));
  const ours = await localCommits(gitdir, local, base, cache);
  const ourChanges = await Promise.all(ours.map(async (commit) => trees.diff(commit.parent && (await trees.commitTree(commit.parent)), commit.tree)));
  const touched = [...new Set(theirs.map((change) => change.path))];
  const owned = new Set(ourChanges.flat().map((change) => change.path));
  for (const path of touched.length && input.ownedPaths ? await input.ownedPaths(touched.filter((p) => !owned.has(p))) : []) owned.add(path);
  const conflicting = touched.filter((path) => owned.has(path)).sort();
  if (conflicting.length > 0) return { kind: 'diverged', remote, paths: conflicting };
  if (ours.length === 0) return { kind: 'fast-forward', head: remote };

  const signer = input.signingKey ? await openCommitSigner(input.signingKey) : null;
  try {
    const rebased: Record<string, string> = {};
    let parent = remote;
    let tree = await trees.commitTree(remote);
    for (const [i, commit] of ours.entries()) {
      tree = await trees.apply(tree, ourChanges[i]);
      parent = await writeReplayed(gitdir, commit.oid, { tree, parent }, signer);
      rebased[commit.oid] = parent;
    }
    return { kind: 'rebased', head: parent, rebased };
  } finally {
    await signer?.close();
  }
}

interface LocalCommit {
  oid: string;
  tree: string;
  parent: string | null;
}

/** Our commits since the merge base, oldest first, along first parents (Tidemark never merges). */
async function localCommits(gitdir: string, head: string, base: string | null, cache: object): Promise<LocalCommit[]> {
  const commits: LocalCommit[] = [];
  for (let oid: string | null = head; oid && oid !== base; ) {
    const { commit } = await git.readCommit({ fs, gitdir, oid, cache });
    const parent = commit.parent[0] ?? null;
    commits.unshift({ oid, tree: commit.tree, parent });
    oid = parent;
  }
  return commits;
}

/** The commit `oid` again with another tree and parent, everything else as it was, signed anew when a signer is given. */
async function writeReplayed(gitdir: string, oid: string, to: { tree: string; parent: string }, signer: CommitSigner | null): Promise<string> {
  const { object } = await git.readObject({ fs, gitdir, oid, format: 'content' });
  const text = withoutSignature(Buffer.from(object as Uint8Array)).toString('utf8');
  const end = text.indexOf('\n\n');
  const headers = text
    .slice(0, end)
    .split('\n')
    .filter((line) => !line.startsWith('tree ') && !line.startsWith('parent '));
  let content: Buffer = Buffer.from([`tree ${to.tree}`, `parent ${to.parent}`, ...headers].join('\n') + text.slice(end), 'utf8');
  if (signer) content = withSignature(content, await signer.sign(content));
  return git.writeObject({ fs, gitdir, type: 'commit', object: content, format: 'content' });
}

class TreeReader {
  constructor(
    private readonly gitdir: string,
    private readonly cache: object,
  ) {}

  async commitTree(oid: string): Promise<string> {
    return (await git.readCommit({ fs, gitdir: this.gitdir, oid, cache: this.cache })).commit.tree;
  }

  private async entries(tree: string | null): Promise<Map<string, TreeEntry>> {
    if (!tree) return new Map();
    const { tree: entries } = await git.readTree({ fs, gitdir: this.gitdir, oid: tree, cache: this.cache });
    return new Map(entries.map((entry) => [entry.path, entry]));
  }

  /** Every file whose content or mode differs between two trees, with its entry in `b`. */
  async diff(a: string | null, b: string | null, prefix = ''): Promise<Change[]> {
    if (a === b) return [];
    const [left, right] = await Promise.all([this.entries(a), this.entries(b)]);
    const changes: Change[] = [];
    for (const name of new Set([...left.keys(), ...right.keys()])) {
      const l = left.get(name);
      const r = right.get(name);
      if (l && r && l.oid === r.oid && l.mode === r.mode) continue;
      const path = `${prefix}${name}`;
      const lTree = l?.type === 'tree' ? l.oid : null;
      const rTree = r?.type === 'tree' ? r.oid : null;
      if (lTree || rTree) changes.push(...(await this.diff(lTree, rTree, `${path}/`)));
      if (r && r.type !== 'tree') changes.push({ path, entry: { oid: r.oid, mode: r.mode } });
      else if (l && l.type !== 'tree') changes.push({ path, entry: null });
    }
    return changes;
  }

  /** `tree` with the changes applied; a folder left empty is removed. */
  async apply(tree: string | null, changes: Change[]): Promise<string> {
    const entries = await this.entries(tree);
    const nested = new Map<string, Change[]>();
    for (const change of changes) {
      const slash = change.path.indexOf('/');
      if (slash < 0) {
        if (change.entry) entries.set(change.path, { path: change.path, oid: change.entry.oid, mode: change.entry.mode, type: change.entry.mode === '160000' ? 'commit' : 'blob' });
        else entries.delete(change.path);
        continue;
      }
      const name = change.path.slice(0, slash);
      const inner = nested.get(name) ?? [];
      inner.push({ path: change.path.slice(slash + 1), entry: change.entry });
      nested.set(name, inner);
    }
    for (const [name, inner] of nested) {
      const current = entries.get(name);
      const subtree = await this.apply(current?.type === 'tree' ? current.oid : null, inner);
      if (subtree === emptyTree) entries.delete(name);
      else entries.set(name, { path: name, oid: subtree, mode: '040000', type: 'tree' });
    }
    return git.writeTree({ fs, gitdir: this.gitdir, tree: [...entries.values()] });
  }
}

/** The id of the tree with no entries. */
const emptyTree = '4b825dc642cb6eb9a060e54bf8d69288fbee4904';
