/** Shared shape of backup methods that stream binary artifacts to the staging folder. */
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { z } from 'zod';
import { parseOptions, withSession } from '../runtime/engine.ts';
import type { SshSession } from '../runtime/ssh-session.ts';
import type { BackupMethod, BinaryArtifact, CollectInput, Transport } from '../types.ts';

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

const unsafeFileNameCharacters = /[^\w.-]+/g;

/** A fresh file name in the staging folder; the caller moves or deletes it. */
export function stagingPath(input: CollectInput, artifact: string): string {
  const readable = `${input.device.name}.${artifact}`.replace(unsafeFileNameCharacters, '_');
  return join(input.stagingDir, `${readable}.${randomUUID().slice(0, 8)}`);
}

/** "/flash/image.bin" is stored as the artifact "flash/image.bin". */
export const artifactForRemotePath = (path: string) => path.replace(/^\/+/, '');

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
