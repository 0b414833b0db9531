import { ValidationError } from '../infra/errors.ts';
import type { ArtifactFile } from './types.ts';

/** Top-level folder of the filesystem backend's versions; no artifact may live there. */
export const versionsFolder = '.versions';

/**
 * Splits a repository-relative path into its segments, refusing anything that could escape the
 * repository, collide with git's own files or the versions folder, or that git cannot store.
 */
export function artifactPathSegments(path: string): string[] {
  const segments = path.split('/');
  const problem = (reason: string) =>
    new ValidationError(`Artifact path "${path}" ${reason}`, { field: 'path', details: { path } });
  for (const segment of segments) {
    if (segment === '' || segment === '.' || segment === '..') throw problem('has an empty, "." or ".." segment');
    if (segment.toLowerCase() === '.git') throw problem('has a ".git" segment');
    if (segment.includes('\\') || segment.includes('\0')) throw problem('contains a backslash or NUL');
  }
  if (segments[0] === versionsFolder) throw problem(`starts with the reserved folder "${versionsFolder}"`);
  return segments;
}

/** Checks every path once and that no path is given twice in one call. */
export function checkArtifactFiles(files: ArtifactFile[]): void {
  const seen = new Set<string>();
  for (const file of files) {
    artifactPathSegments(file.path);
    if (seen.has(file.path)) {
      throw new ValidationError(`Artifact path "${file.path}" is given twice`, { field: 'path' });
    }
    seen.add(file.path);
  }
}
