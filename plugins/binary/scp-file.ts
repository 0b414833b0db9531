import { resolveTimeouts } from '../runtime/engine.ts';
import type { BinaryArtifact } from '../types.ts';
import { artifactForRemotePath, defineBinaryMethod, remoteFilesOptions, stagingPath } from './binary-method.ts';

export const scpFile = defineBinaryMethod({
  key: 'scp-file',
  friendlyName: 'Files over SCP',
  description: 'Downloads the configured remote paths with scp, for devices without SFTP; options { paths }.',
  platform: 'any',
  artifacts: ['<remote path without leading slash>'],
  optionsSchema: remoteFilesOptions,
  async collect(session, options, input) {
    const artifacts: BinaryArtifact[] = [];
    for (const remotePath of options.paths) {
      const artifact = artifactForRemotePath(remotePath);
      const path = stagingPath(input, artifact);
      const digest = await session.downloadScp(remotePath, path, { idleTimeoutMs: resolveTimeouts(input).commandMs });
      artifacts.push({ artifact, isBinary: true, path, ...digest });
    }
    return artifacts;
  },
});
