import type { ensureAdmin } from '../db/auth/ensure-admin.ts';

/** What `tidemark start` prints once everything runs: the URL and how to log in. */
export function printBanner(url: string, admin: Awaited<ReturnType<typeof ensureAdmin>>, fromEnv: boolean, notes: string[] = []): void {
  const lines = [``, `  Tidemark is running at ${url}`];
  if (admin.generatedPassword) {
    lines.push(`  Admin login: ${admin.username} / ${admin.generatedPassword}`);
    lines.push(`  (generated and shown only this once; change it under Settings → Users)`);
  } else if (admin.created && fromEnv) {
    lines.push(`  Admin login: ${admin.username} with the password from TIDEMARK_ADMIN_PASSWORD`);
  } else {
    lines.push(`  Admin login: ${admin.username} (password as set on first start)`);
  }
  lines.push(...notes.map((note) => `  ${note}`), `  Press Ctrl-C to stop.`, ``);
  process.stdout.write(lines.join('\n') + '\n');
}
