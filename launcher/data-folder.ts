/**
 * The data folder holds every stored configuration, the master key, the database password and the
 * logs: no other local user may read it. Tidemark runs with umask 077, so what it creates now is
 * private; folders and files from earlier versions (0755/0644) are narrowed at start.
 */
import { chmod, lstat, mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from '../infra/log.ts';

export interface DataFolderOptions {
  /**
   * The embedded PostgreSQL runs as another user (Tidemark runs as root) and must pass through the
   * data folder to its cluster: the folder itself is then 0711 (enter, not list or read).
   */
  serverUserMustEnter: boolean;
  /** The embedded cluster's directory, which PostgreSQL owns and keeps at 0700 itself. */
  clusterDir?: string;
  log: Pick<Logger, 'info'>;
}

/** Creates the data folder if needed and takes group and other permissions off everything in it. */
export async function protectDataFolder(dataDir: string, options: DataFolderOptions): Promise<void> {
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  const folderMode = options.serverUserMustEnter ? 0o711 : 0o700;
  if (((await lstat(dataDir)).mode & 0o777) !== folderMode) await chmod(dataDir, folderMode);
  const clusterDir = options.clusterDir && path.resolve(options.clusterDir);
  let narrowed = 0;
  const visit = async (dir: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      // chmod follows symbolic links, which may point anywhere.
      if (entry.isSymbolicLink() || full === clusterDir) continue;
      const { mode } = await lstat(full);
      if (mode & 0o077) {
        await chmod(full, mode & 0o700);
        narrowed++;
      }
      if (entry.isDirectory()) await visit(full);
    }
  };
  await visit(dataDir);
  if (narrowed) options.log.info({ dataDir, narrowed }, 'made files and folders in the data folder private to this user');
}
