import type { Task } from 'graphile-worker';
import { eq } from 'drizzle-orm';
import { latestDeviceRefs } from '../../db/devices/current-files.ts';
import { devices } from '../../db/devices/schema.ts';
import { parsePayload } from '../../db/jobs/tasks.ts';
import { repositories } from '../../db/repositories/schema.ts';
import { openStorageConfig } from '../../db/repositories/storage-config.ts';
import { openRepository } from '../../storage/index.ts';
import { restoreFiles, retireFiles } from '../../storage/retire-files.ts';
import type { WorkerDeps } from '../deps.ts';

/**
 * Brings a repository's current files in line with the device as it is now, so a retire and a
 * restore in quick succession end right whichever job runs last: a retired device's files are taken
 * out (git: one commit removing them), a restored device's latest versions put back. Runs in the
 * repository's queue, never beside a run being stored there.
 */
export const retireDeviceTask =
  (deps: WorkerDeps): Task<'retire-device'> =>
  async (payload, helpers) => {
    const { deviceId, repositoryId } = parsePayload('retire-device', payload);
    const log = deps.log.child({ deviceId, repositoryId, jobId: helpers.job.id });
    const [device] = await deps.db.select({ name: devices.name, retiredAt: devices.retiredAt }).from(devices).where(eq(devices.id, deviceId));
    const [repository] = await deps.db.select().from(repositories).where(eq(repositories.id, repositoryId));
    if (!device || !repository) return;
    const refs = await latestDeviceRefs(deps.db, deviceId, repositoryId);
    if (refs.length === 0) return;
    // With the repository's keys: an SSH remote's login for ensure(), its signing key for the commit.
    const config = await openStorageConfig(deps.db, repository, deps.keyring);
    await openRepository(config, log).ensure();
    const meta = { date: new Date(), message: `${device.retiredAt ? 'Retire' : 'Restore'} device ${device.name}\n\nDevice: ${deviceId}\n` };
    const changed = device.retiredAt
      ? await retireFiles(config, [...new Set(refs.map((ref) => ref.path))], meta, log)
      : await restoreFiles(config, refs, meta, log);
    log.info({ commit: changed.commit, paths: changed.paths.length, retired: Boolean(device.retiredAt) }, 'current files of the device brought in line');
  };
