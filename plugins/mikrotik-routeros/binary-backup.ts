/** RouterOS's own binary backup: save it on the device, download it over SFTP, delete it. */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { defineBinaryMethod, stagedArtifact } from '../binary/binary-method.ts';
import { CollectionError } from '../errors.ts';
import { execCommand, resolveTimeouts } from '../runtime/engine.ts';

const backupSaved = /Configuration backup saved/;

export const mikrotikBinaryBackup = defineBinaryMethod({
  key: 'mikrotik-binary-backup',
  friendlyName: 'MikroTik binary backup',
  description: 'Runs /system backup save, downloads the .backup file over SFTP and removes it from the device.',
  platform: 'mikrotik-routeros',
  transport: 'sftp',
  artifacts: ['system.backup'],
  optionsSchema: z.object({}).strict().or(z.null()).or(z.undefined()),
  async collect(session, _options, input) {
    const name = `tidemark-${randomUUID().slice(0, 8)}`;
    const file = `${name}.backup`;
    const saved = await execCommand(session, `/system backup save name=${name} dont-encrypt=yes`, input);
    if (!backupSaved.test(saved.text)) {
      const said = `${saved.text}\n${saved.stderr}`.trim();
      throw new CollectionError('COMMAND_FAILED', `backup not saved: ${said.slice(0, 200)}`);
    }
    try {
      const staged = await session.downloadSftp(file, input.binarySink, { idleTimeoutMs: resolveTimeouts(input).commandMs });
      return [stagedArtifact('system.backup', staged)];
    } finally {
      await execCommand(session, `/file remove ${file}`, input).catch((error: unknown) => {
        input.log.warn({ device: input.device.name, file, error: (error as Error).message }, 'backup file left on the device');
      });
    }
  },
});
