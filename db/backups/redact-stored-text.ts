/**
 * What a stored text version shows when secrets are not revealed. A version holds the secrets its
 * device kept at the time it was collected, and the device's option may have changed since, so
 * every stored text is redacted when read (a marker already there stays; a version redacted
 * when collected comes out as it is).
 */
import { findBackupMethod, findPlatform, findRedactionRules, listBackupMethods, listPlatforms } from '../../plugins/registry.ts';
import { redactSecrets } from '../../plugins/runtime/output.ts';
import type { Platform } from '../../plugins/platform.ts';

let everyPlatform: Platform | undefined;

/**
 * The rules that redact a device's texts: its backup method's. A backup method no platform knows
 * any more gets the rules of every platform and method: its texts may come from any of them.
 */
function redactingPlatform(backupMethod: string): Platform {
  const method = findBackupMethod(backupMethod);
  const platform = findRedactionRules(backupMethod) ?? findPlatform(method?.platform ?? '');
  if (platform) return platform;
  everyPlatform ??= {
    ...findPlatform('generic')!,
    redactions: [
      ...new Set([
        ...listPlatforms().flatMap((p) => findPlatform(p.id)!.redactions),
        ...listBackupMethods().flatMap((m) => findRedactionRules(m.key)?.redactions ?? []),
      ]),
    ],
  };
  return everyPlatform;
}

/** The text with its secrets replaced by `<redacted:name>` markers, by the rules of the device's backup method and the cross-platform safety net. */
export function redactStoredText(content: string, backupMethod: string): string {
  return redactSecrets(content, redactingPlatform(backupMethod)).text;
}
