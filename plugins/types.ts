/**
 * Glossary
 * - platform: a declaration of how to talk to a device family (prompt, session setup,
 *   commands, cleanup, secrets, volatile lines, error patterns).
 * - backup method: what a platform offers to collect; a device refers to one by key.
 * - artifact: one file collected from a device (running-config, firmware.bin).
 */

/** What the API and the UI show of a backup method. */
export interface BackupMethodInfo {
  key: string;
  friendlyName: string;
  description: string;
  isBinary: boolean;
  platform: string;
  artifacts: string[];
}
