import type { Task } from 'graphile-worker';
import { indexStoredVersions } from '../../db/config-search/index-stored-versions.ts';
import { parsePayload } from '../../db/jobs/tasks.ts';
import type { WorkerDeps } from '../deps.ts';

/**
 * Reads text versions config search does not hold yet from their repositories (those stored
 * before it existed), splits texts saved before search matched lines, and forgets texts of
 * deleted devices and lines no text holds. Queued by the migration that added
 * config search, by a search that finds versions missing, and once a day.
 */
export const indexConfigTextsTask =
  (deps: WorkerDeps): Task<'index-config-texts'> =>
  async (payload, helpers) => {
    parsePayload('index-config-texts', payload);
    const log = deps.log.child({ jobId: helpers.job.id });
    const report = await indexStoredVersions({ db: deps.db, keyring: deps.keyring, log }, helpers.abortSignal);
    if (report.saved || report.split || report.unreadable || report.removed || report.removedLines) log.info(report, 'config search texts indexed');
  };
