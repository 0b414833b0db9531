/** Builds the Next.js UI when it was never built or its sources changed. */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Logger } from '../infra/log.ts';
import { projectRoot } from '../infra/project-root.ts';

const uiSources = ['app', 'next.config.ts', 'postcss.config.mjs', 'package-lock.json', 'tsconfig.json'];

function hashUiSources(): string {
  const hash = createHash('sha256');
  const visit = (entry: string) => {
    const full = path.join(projectRoot, entry);
    if (!fs.existsSync(full)) return;
    if (fs.statSync(full).isDirectory()) {
      for (const child of fs.readdirSync(full).sort()) visit(path.join(entry, child));
      return;
    }
    hash.update(entry).update('\0').update(fs.readFileSync(full)).update('\0');
  };
  uiSources.forEach(visit);
  return hash.digest('hex');
}

/** Builds the UI when it was never built or its sources changed since the last build. */
export async function ensureUiBuilt(log: Logger, force = false): Promise<void> {
  const stamp = path.join(projectRoot, '.next', 'tidemark-sources.sha256');
  const current = hashUiSources();
  const built = fs.existsSync(path.join(projectRoot, '.next', 'BUILD_ID')) && fs.existsSync(stamp) ? fs.readFileSync(stamp, 'utf8') : '';
  if (!force && built === current) return;
  log.info('building the web UI (first start, or the UI changed); this takes a minute');
  const nextBin = path.join(projectRoot, 'node_modules', 'next', 'dist', 'bin', 'next');
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, [nextBin, 'build'], {
      cwd: projectRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    });
    // A launcher that fails or is stopped mid-build takes the build down with it.
    const killBuild = () => child.kill('SIGTERM');
    process.once('exit', killBuild);
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', reject);
    child.on('exit', (code) => {
      process.off('exit', killBuild);
      if (code === 0) resolve();
      else reject(new Error(`next build failed (exit ${code}):\n${output.slice(-4000)}`));
    });
  });
  fs.writeFileSync(stamp, current);
}
