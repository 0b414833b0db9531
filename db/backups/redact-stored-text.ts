/**
 * What a stored text version shows when secrets are not revealed. A version holds the secrets its
 * device kept at the time it was collected, and the device's option may have changed since, so
 * every stored text is redacted when read (a marker already there stays; a version redacted
 * when collected comes out as it is).
 */
import { findBackupMethod, findPlatform, listPlatforms } from '../../plugins/registry.ts';
import { redactSecrets } from '../../plugins/runtime/output.ts';
import type { Platform } from '../../plugins/platform.ts';

let everyPlatform: Platform | undefined;

/**
 * The platform whose rules redact a device's texts. A backup method no platform knows any more
 * gets the rules of every platform: its texts may come from any of them.
 */
function redactingPlatform(backupMethod: string): Platform {
  const platform = findPlatform(findBackupMethod(backupMethod)?.platform ?? '');
  if (platform) return platform;
  everyPlatform ??= { ...findPlatform('generic')!, redactions: listPlatforms().flatMap((p) => findPlatform(p.id)!.redactions) };
  return everyPlatform;
}

/** The text with its secrets replaced by `<redacted:name>` markers, by the rules of the device's platform and the cross-platform safety net. */
export function redactStoredText(content: string, backupMethod: string): string {
  return redactSecrets(content, redactingPlatform(backupMethod)).text;
}
