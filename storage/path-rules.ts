/**
 * The rules every artifact path inside a repository obeys, in one place: the storage backends
 * refuse a path that breaks them, and repository path templates are checked against them when a
 * repository is saved. Imports nothing, so the repository form in the browser applies them too.
 */

/** Top-level folder of the filesystem backend's versions; no artifact may live there. */
export const versionsFolder = '.versions';

/** Top-level folder of the filesystem backend's binary artifacts staged while they are collected. */
export const stagedObjectsFolder = '.tidemark-objects';

/** The file that marks a folder as a Tidemark filesystem repository. */
export const filesystemMarkerFile = '.tidemark-repository';

/** Common file system limits (ext4, XFS, NTFS name lengths), kept well under PATH_MAX with the root in front. */
export const maxSegmentBytes = 255;
export const maxPathBytes = 1024;

const encoder = new TextEncoder();
const byteLength = (value: string) => encoder.encode(value).length;
const controlCharacter = /[\u0000-\u001f\u007f]/;

/** Why a repository-relative path (`/`-separated) cannot be stored, or null when it can. */
export function artifactPathProblem(path: string): string | null {
  if (path === '') return 'is empty';
  if (path.includes('\\')) return 'contains a backslash';
  if (controlCharacter.test(path)) return 'contains a NUL or control character';
  const segments = path.split('/');
  for (const segment of segments) {
    if (segment === '' || segment === '.' || segment === '..') return 'has an empty, "." or ".." segment';
    // Git refuses ".git" in any letter case in a tree; so does every case-insensitive file system.
    if (segment.toLowerCase() === '.git') return 'has a ".git" segment';
    if (byteLength(segment) > maxSegmentBytes) return `has a segment longer than ${maxSegmentBytes} bytes`;
  }
  const first = segments[0].toLowerCase();
  if (first === versionsFolder || first === filesystemMarkerFile || first === stagedObjectsFolder) return `starts with the reserved name "${segments[0]}"`;
  if (byteLength(path) > maxPathBytes) return `is longer than ${maxPathBytes} bytes`;
  return null;
}
