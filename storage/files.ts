import { promises as fsp } from 'node:fs';

export async function pathExists(path: string): Promise<boolean> {
  return fsp.access(path).then(
    () => true,
    () => false,
  );
}
