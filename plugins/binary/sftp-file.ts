import { resolveTimeouts } from '../runtime/engine.ts';
import type { BinaryArtifact } from '../types.ts';
import { artifactForRemotePath, defineBinaryMethod, remoteFilesOptions, stagingPath } from './binary-method.ts';

export const sftpFile = defineBinaryMethod({
  key: 'sftp-file',
  friendlyName: 'Files over SFTP',
  description: 'Downloads the configured remote paths over SFTP (firmware images, archives); options { paths }.',
  platform: 'any',
  artifacts: ['<remote path without leading slash>'],
  optionsSchema: remoteFilesOptions,
  async collect(session, options, input) {
    const artifacts: BinaryArtifact[] = [];
    for (const remotePath of options.paths) {
      const artifact = artifactForRemotePath(remotePath);
      const path = stagingPath(input, artifact);
      const digest = await session.downloadSftp(remotePath, path, { idleTimeoutMs: resolveTimeouts(input).commandMs });
      artifacts.push({ artifact, isBinary: true, path, ...digest });
    }
    return artifacts;
  },
});
