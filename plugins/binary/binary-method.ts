/** Shared shape of backup methods that stream binary artifacts into the run's repository (CollectInput.binarySink). */
import { z } from 'zod';
import { parseOptions, withSession } from '../runtime/engine.ts';
import type { SshSession } from '../runtime/ssh-session.ts';
import type { BackupMethod, BinaryArtifact, CollectInput, StagedBinary, Transport } from '../types.ts';

export interface BinaryMethodDeclaration<Options> {
  key: string;
  friendlyName: string;
  description: string;
  platform: string;
  artifacts: string[];
  /** How the artifacts are fetched: SFTP or SCP, or commands over an exec channel first (`ssh-exec`). */
  transport: Transport;
  optionsSchema: z.ZodType<Options>;
  collect(session: SshSession, options: Options, input: CollectInput): Promise<BinaryArtifact[]>;
}

/** "/flash/image.bin" is stored as the artifact "flash/image.bin". */
export const artifactForRemotePath = (path: string) => path.replace(/^\/+/, '');

/** A binary artifact from what the sink staged. */
export const stagedArtifact = (artifact: string, { id, size, sha256 }: StagedBinary): BinaryArtifact => ({ artifact, isBinary: true, object: id, size, sha256 });

export const remoteFilesOptions = z
  .object({ paths: z.array(z.string().min(1)).min(1) })
  .strict();

export function defineBinaryMethod<Options>(declaration: BinaryMethodDeclaration<Options>): BackupMethod {
  return {
    key: declaration.key,
    friendlyName: declaration.friendlyName,
    description: declaration.description,
    isBinary: true,
    platform: declaration.platform,
    artifacts: declaration.artifacts,
    transport: declaration.transport,
    optionsSchema: declaration.optionsSchema,
    async collect(input) {
      const options = parseOptions(declaration.optionsSchema, input.device.options, declaration.key);
      const log = input.log.child({ device: input.device.name, backupMethod: declaration.key });
      let hostKey = '';
      const artifacts = await withSession(input, (session) => {
        hostKey = session.hostKey.key;
        return declaration.collect(session, options, input);
      });
      log.debug({ artifacts: artifacts.map(({ artifact, size }) => ({ artifact, size })) }, 'collected');
      return { hostKey, artifacts };
    },
  };
}
