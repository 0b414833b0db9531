import { promises as fsp } from 'node:fs';
import { join, resolve } from 'node:path';
import { artifactPathSegments, versionsFolder } from './artifact-path.ts';
import type { RepositoryConfig } from './types.ts';

/**
 * Removes version files of a filesystem repository that no backup points at any more. The latest
 * version of a path (the greatest name in its folder, which `<root>/<path>` links to) is never
 * removed. Returns the files removed.
 */
export async function removeVersionFiles(config: RepositoryConfig, files: { path: string; version: string }[]): Promise<{ path: string; version: string }[]> {
  if (config.kind !== 'filesystem') return [];
  const root = resolve(config.path);
  const removed: { path: string; version: string }[] = [];
  for (const file of files) {
    const folder = join(root, versionsFolder, ...artifactPathSegments(file.path));
    if (file.version.includes('/') || file.version.startsWith('.')) continue;
    const names = (await fsp.readdir(folder).catch(() => [] as string[])).filter((name) => !name.startsWith('.')).sort();
    if (!names.includes(file.version) || names[names.length - 1] === file.version) continue;
    await fsp.rm(join(folder, file.version), { force: true });
    removed.push(file);
  }
  return removed;
}
