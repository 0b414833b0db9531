/**
 * BIG-IP's own full backup: `tmsh save sys ucs` writes a UCS archive (configuration files,
 * certificates, license, user accounts), which is downloaded over SFTP and then deleted.
 * Unless the device keeps secrets, the archive is saved with `no-private-key`, so SSL private
 * keys stay on the device; the archive still holds password hashes and secure-vault values.
 */
import { randomUUID } from 'node:crypto';
import { defineBinaryMethod, stagedArtifact } from '../binary/binary-method.ts';
import { CollectionError } from '../errors.ts';
import { noOptions } from '../platform.ts';
import { execCommand, resolveTimeouts } from '../runtime/engine.ts';

const ucsFolder = '/var/local/ucs';
const ucsSaved = /\bis saved\.?\s*$/m;

export const f5BigipUcs = defineBinaryMethod({
  key: 'f5-bigip-ucs',
  friendlyName: 'BIG-IP UCS archive',
  description:
    'Saves a UCS archive with tmsh save sys ucs (without SSL private keys unless the device keeps secrets), downloads it over SFTP and deletes it.',
  platform: 'f5-bigip',
  transport: 'sftp',
  artifacts: ['backup.ucs'],
  optionsSchema: noOptions,
  async collect(session, _options, input) {
    const name = `tidemark-${randomUUID().slice(0, 8)}.ucs`;
    const remotePath = `${ucsFolder}/${name}`;
    const saveCommand = `tmsh save sys ucs ${remotePath}${input.device.keepSecrets ? '' : ' no-private-key'}`;
    const saved = await execCommand(session, saveCommand, input);
    if ((saved.exitCode !== null && saved.exitCode !== 0) || !ucsSaved.test(saved.text)) {
      const said = `${saved.text}\n${saved.stderr}`.trim();
      throw new CollectionError('COMMAND_FAILED', `UCS archive not saved: ${said.slice(0, 200)}`);
    }
    try {
      const staged = await session.downloadSftp(remotePath, input.binarySink, { idleTimeoutMs: resolveTimeouts(input).commandMs });
      return [stagedArtifact('backup.ucs', staged)];
    } finally {
      await execCommand(session, `tmsh delete sys ucs ${name}`, input).catch((error: unknown) => {
        input.log.warn({ device: input.device.name, file: remotePath, error: (error as Error).message }, 'UCS archive left on the device');
      });
    }
  },
});
