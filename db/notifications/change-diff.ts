import type { Ctx } from '../context.ts';
import { diffBackups } from '../backups/diff-backups.ts';
import { MAX_DIFF_BYTES, MAX_DIFF_LINES } from '../../notify/types.ts';

export interface ChangedVersion {
  deviceId: string;
  deviceName: string;
  artifact: string;
  backupId: string;
  /** The version before; null for an artifact's first version, which has no diff. */
  previousId: string | null;
}

/**
 * The unified diffs of changed text versions, one after another with the device named, secrets
 * redacted (diffBackups reads redacted text), cut at MAX_DIFF_LINES lines or MAX_DIFF_BYTES.
 * A version that cannot be read is named with the reason instead of failing the notification.
 */
export async function changeDiff(ctx: Ctx, versions: ChangedVersion[], cache: Map<string, string>): Promise<{ text: string; lines: number; truncated: boolean } | null> {
  const out: string[] = [];
  let bytes = 0;
  let truncated = false;
  for (const version of versions) {
    if (!version.previousId) continue;
    let body = cache.get(version.backupId);
    if (body === undefined) {
      try {
        const diff = await diffBackups({ ctx, input: { fromId: version.previousId, toId: version.backupId } });
        // The patch's own file labels are times; the device and artifact head it instead.
        body = diff.unified.split('\n').filter((line) => !/^(Index:|={10,}|--- |\+\+\+ )/.test(line)).join('\n').trimEnd();
      } catch (error) {
        body = `(diff not available: ${(error as Error).message})`;
      }
      cache.set(version.backupId, body);
    }
    for (const line of [`diff ${version.deviceName} ${version.artifact}`, ...body.split('\n')]) {
      const size = Buffer.byteLength(line) + 1;
      if (out.length >= MAX_DIFF_LINES || bytes + size > MAX_DIFF_BYTES) {
        truncated = true;
        break;
      }
      out.push(line);
      bytes += size;
    }
    if (truncated) break;
  }
  return out.length ? { text: out.join('\n'), lines: out.length, truncated } : null;
}
