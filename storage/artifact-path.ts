import { ValidationError } from '../infra/errors.ts';
import { artifactPathProblem, versionsFolder } from './path-rules.ts';
import type { ArtifactFile } from './types.ts';

export { versionsFolder };

/**
 * Splits a repository-relative path into its segments, refusing anything that could escape the
 * repository, collide with git's own files, the versions folder or the repository marker, or that
 * git or the file system cannot store (path-rules.ts, which repository templates are checked by too).
 */
export function artifactPathSegments(path: string): string[] {
  const problem = artifactPathProblem(path);
  if (problem) throw new ValidationError(`Artifact path "${path}" ${problem}`, { field: 'path', details: { path } });
  return path.split('/');
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
