/**
 * Which folders a repository may use. A repository folder is either missing (created on first
 * use), empty, or one Tidemark made: a git repository is a bare repository whose config has
 * `tidemark.repository = true` (or, made before that key existed, the layout isomorphic-git's
 * `init` writes: `core.filemode` and `core.symlinks` false, no `description` file); a filesystem
 * repository holds the marker file `.tidemark-repository` (or, older, a `.versions` folder).
 * Anything else, a file above all, is never written to, moved or removed.
 */
import fs, { promises as fsp } from 'node:fs';
import path from 'node:path';
import git from 'isomorphic-git';
import { ValidationError } from '../infra/errors.ts';
import { filesystemMarkerFile, versionsFolder } from './path-rules.ts';
import type { RepositoryKind } from './types.ts';

/** The git config key that marks a bare repository as made by Tidemark. */
export const gitMarkerKey = 'tidemark.repository';

export type FolderState =
  | { state: 'missing'; real: string; existing: string }
  | { state: 'empty'; real: string }
  | { state: 'owned'; real: string }
  | { state: 'refused'; real: string; reason: string };

const errorCode = (error: unknown) => (error as NodeJS.ErrnoException | null)?.code;

/**
 * Where `folder` really is: the existing part with its symbolic links resolved, then the rest. A
 * dangling link or a file on the way makes the folder unusable (`problem`).
 */
export async function realLocation(folder: string): Promise<{ real: string; existing: string; problem?: string }> {
  const absolute = path.resolve(folder);
  const rest: string[] = [];
  for (let current = absolute; ; current = path.dirname(current)) {
    try {
      const existing = await fsp.realpath(current);
      const real = path.join(existing, ...rest);
      if (rest.length > 0 && !(await fsp.stat(existing)).isDirectory()) {
        return { real, existing, problem: `${absolute} cannot be created: ${existing} is a file, not a folder` };
      }
      return { real, existing };
    } catch (error) {
      if (errorCode(error) !== 'ENOENT' && errorCode(error) !== 'ENOTDIR') {
        return { real: absolute, existing: current, problem: `${current} cannot be resolved (${errorCode(error) ?? String(error)})` };
      }
      const link = await fsp.lstat(current).catch(() => null);
      if (link?.isSymbolicLink()) return { real: absolute, existing: current, problem: `${current} is a symbolic link to nothing` };
      if (path.dirname(current) === current) return { real: absolute, existing: current };
      rest.unshift(path.basename(current));
    }
  }
}

/** Whether `real` is `root` or lies inside it; both must be real locations. */
export function isWithin(real: string, root: string): boolean {
  const relative = path.relative(root, real);
  return relative === '' || (relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative));
}

async function readGitConfig(gitdir: string, key: string): Promise<unknown> {
  return git.getConfig({ fs, gitdir, path: key }).catch(() => undefined);
}

async function isBareRepository(folder: string, names: string[]): Promise<boolean> {
  if (!names.includes('HEAD') || !names.includes('objects') || !names.includes('refs') || !names.includes('config')) return false;
  return String(await readGitConfig(folder, 'core.bare')) === 'true';
}

/** Made by Tidemark: marked, or in the layout isomorphic-git's init writes (what earlier versions made). */
async function isOurGitRepository(folder: string, names: string[]): Promise<boolean> {
  if (String(await readGitConfig(folder, gitMarkerKey)) === 'true') return true;
  if (names.includes('description')) return false;
  const [filemode, symlinks] = await Promise.all([readGitConfig(folder, 'core.filemode'), readGitConfig(folder, 'core.symlinks')]);
  return String(filemode) === 'false' && String(symlinks) === 'false';
}

/** What `folder` holds, and whether a repository of `kind` may use it. Reads, never writes. */
export async function inspectRepositoryFolder(kind: RepositoryKind, folder: string): Promise<FolderState> {
  const { real, existing, problem } = await realLocation(folder);
  if (problem) return { state: 'refused', real, reason: problem };
  let names: string[];
  try {
    if (!(await fsp.stat(real)).isDirectory()) return { state: 'refused', real, reason: `${real} is a file, not a folder; Tidemark never replaces a file` };
    names = await fsp.readdir(real);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return { state: 'missing', real, existing };
    return { state: 'refused', real, reason: `${real} cannot be read by this process (${errorCode(error) ?? String(error)})` };
  }
  if (names.length === 0) return { state: 'empty', real };
  const refused = (what: string) => ({ state: 'refused' as const, real, reason: `${real} ${what}; use an empty or new folder` });
  const bare = await isBareRepository(real, names);
  if (kind === 'git') {
    if (names.includes('.git')) return refused('holds a Git repository with a work tree');
    if (bare) return (await isOurGitRepository(real, names)) ? { state: 'owned', real } : refused('holds a bare Git repository that Tidemark did not create');
    if (names.includes(filesystemMarkerFile)) return refused('holds a Tidemark filesystem repository');
    return refused('is neither empty nor a Git repository made by Tidemark');
  }
  if (names.includes(filesystemMarkerFile) || names.includes(versionsFolder)) return { state: 'owned', real };
  if (bare) return refused('holds a Git repository');
  return refused('is neither empty nor a filesystem repository made by Tidemark');
}

/** Marks a bare repository Tidemark just created as its own. */
export async function markGitRepository(gitdir: string): Promise<void> {
  await git.setConfig({ fs, gitdir, path: gitMarkerKey, value: true });
}

/**
 * Makes `root` ready for a filesystem repository: refuses a folder that is not ours, creates a
 * missing one and marks an empty one.
 */
export async function claimFilesystemRoot(root: string): Promise<void> {
  const folder = await inspectRepositoryFolder('filesystem', root);
  if (folder.state === 'refused') throw new ValidationError(folder.reason, { field: 'path' });
  if (folder.state === 'owned') return;
  await fsp.mkdir(folder.real, { recursive: true });
  const marker = path.join(folder.real, filesystemMarkerFile);
  await fsp.writeFile(marker, 'This folder is a Tidemark filesystem repository: every file in it is written by Tidemark.\n', { flag: 'wx' }).catch((error: unknown) => {
    if (errorCode(error) !== 'EEXIST') throw error;
  });
}
