/** Backup methods that download the remote paths listed in the device options. */
import { resolveTimeouts } from '../runtime/engine.ts';
import type { DownloadOptions, SshSession } from '../runtime/ssh-session.ts';
import type { BackupMethod, BinaryArtifact, BinarySink, StagedBinary } from '../types.ts';
import { artifactForRemotePath, defineBinaryMethod, remoteFilesOptions, stagedArtifact } from './binary-method.ts';

type Download = (session: SshSession, remotePath: string, sink: BinarySink, options: DownloadOptions) => Promise<StagedBinary>;

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
        const staged = await method.download(session, remotePath, input.binarySink, { idleTimeoutMs: resolveTimeouts(input).commandMs });
        artifacts.push(stagedArtifact(artifactForRemotePath(remotePath), staged));
      }
      return artifacts;
    },
  });
}
