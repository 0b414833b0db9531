import { sameAsLatest, type CollectedComparable } from '../db/backups/latest-backups.ts';
import { newVersionTexts, saveConfigTexts, type VersionText } from '../db/config-search/save-config-texts.ts';
import type { Database } from '../db/client.ts';
import type { Device } from '../db/devices/schema.ts';
import type { StagedArtifact } from '../db/runs/types.ts';
import type { Logger } from '../infra/log.ts';

/** Texts saved per call: saveConfigTexts writes up to 200 in one statement. */
const BATCH_TEXTS = 200;

/** Texts held at most while PostgreSQL is behind (about 5 KB each); more are left to finish-run. */
const MAX_WAITING_TEXTS = 2_000;

type CollectedText = CollectedComparable & { text: VersionText };

/**
 * Saves the search texts of what devices give while their run still collects, one batch at a
 * time on one connection, so that the run's finish does not wait for them: it saves only the
 * texts it finds missing (saveConfigTexts skips those kept already). A text that matches the
 * latest version of its artifact but for volatile lines (a clock, an uptime) makes no new version,
 * so it is not saved. Nothing here is required for a run to be right: a text dropped because too
 * many wait, or whose save failed, is saved by the finish; one whose run is never stored is
 * removed by the daily index-config-texts job.
 */
export class CollectedTextsIndex {
  private waiting: CollectedText[] = [];
  private saving: Promise<void> | null = null;
  /** Texts left to the run's finish because too many were waiting. */
  dropped = 0;

  constructor(
    private readonly db: Database,
    private readonly log: Logger,
    private readonly maxWaiting = MAX_WAITING_TEXTS,
  ) {}

  /** The text artifacts a device gave in a run that stores into `repositoryId`. */
  add(repositoryId: string, device: Pick<Device, 'id' | 'backupMethod' | 'keepSecrets'>, artifacts: readonly StagedArtifact[]): void {
    const texts = artifacts.flatMap((staged) => {
      if (staged.isBinary) return [];
      const [text] = newVersionTexts([{ deviceId: device.id, changed: true, staged }], [device]);
      return [{ repositoryId, deviceId: device.id, artifact: staged.artifact, comparableSha256: staged.comparableSha256, text }];
    });
    if (texts.length === 0) return;
    const room = this.maxWaiting - this.waiting.length;
    if (room < texts.length) this.dropped += texts.length - Math.max(room, 0);
    if (room > 0) this.waiting.push(...texts.slice(0, room));
    this.saving ??= this.drain();
  }

  /** Resolves once every text added so far is saved (or its save failed). */
  async idle(): Promise<void> {
    while (this.saving) await this.saving;
  }

  private async drain(): Promise<void> {
    // Let the devices finishing in this turn of the event loop join the first batch.
    await new Promise((resolve) => setImmediate(resolve));
    while (this.waiting.length) {
      const batch = this.waiting.splice(0, BATCH_TEXTS);
      try {
        const unchanged = await sameAsLatest(this.db, batch);
        await saveConfigTexts(this.db, batch.flatMap((collected, index) => (unchanged.has(index) ? [] : [collected.text])));
      } catch (error) {
        this.log.warn({ err: error, texts: batch.length }, 'could not save collected texts for config search; the run\'s finish saves them');
      }
    }
    this.saving = null;
  }
}
