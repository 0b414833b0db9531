/** Backup methods that download the remote paths listed in the device options. */
import { resolveTimeouts } from '../runtime/engine.ts';
import type { DownloadOptions, FileDigest, SshSession } from '../runtime/ssh-session.ts';
import type { BackupMethod, BinaryArtifact } from '../types.ts';
import { artifactForRemotePath, defineBinaryMethod, remoteFilesOptions, stagingPath } from './binary-method.ts';

type Download = (session: SshSession, remotePath: string, localPath: string, options: DownloadOptions) => Promise<FileDigest>;

export function remoteFileMethod(method: { key: string; friendlyName: string; description: string; transport: 'sftp' | 'scp'; download: Download }): BackupMethod {
  return defineBinaryMethod({
    key: method.key,
    friendlyName: method.friendlyName,
    description: method.description,
    platform: 'any',
    transport: method.transport,
    artifacts: ['<remote path without leading slash>'],
    optionsSchema: remoteFilesOptions,
    async collect(session, options, input) {
      const artifacts: BinaryArtifact[] = [];
      for (const remotePath of options.paths) {
        const artifact = artifactForRemotePath(remotePath);
        const path = stagingPath(input, artifact);
        const digest = await method.download(session, remotePath, path, { idleTimeoutMs: resolveTimeouts(input).commandMs });
        artifacts.push({ artifact, isBinary: true, path, ...digest });
      }
      return artifacts;
    },
  });
}
