/**
 * Backup methods over NETCONF: `<get-config>` of a datastore, stored as one XML text artifact
 * that goes through the same cleanup, redaction and volatile-line handling as CLI output.
 */
import { z } from 'zod';
import { definePlatform, type NamedPattern, type NoiseLine, type Redaction, type ResaltedSecret, type TextBackupMethod, type VolatileLine } from '../platform.ts';
import { parseOptions, resolveTimeouts, withSession } from '../runtime/engine.ts';
import { cleanOutput, interpretAnswer } from '../runtime/output.ts';
import type { BackupMethod, CollectInput, CollectResult, TextArtifact } from '../types.ts';
import { NetconfSession, type Datastore } from './netconf-session.ts';
import { layoutXml } from './xml-layout.ts';

export interface NetconfMethodDeclaration {
  key: string;
  friendlyName: string;
  description: string;
  /** The platform this method backs up, or `any`. */
  platform: string;
  /** The artifact `<data>` is stored as, e.g. `configuration.xml`. */
  artifact: string;
  /** The secrets of the platform's XML; the cross-platform safety net follows them. */
  redactions: Redaction[];
  /** Whole lines of the platform's XML that hold no secret, which the safety net leaves alone. */
  plainLines?: NamedPattern[];
  volatile?: VolatileLine[];
  noise?: NoiseLine[];
  resalted?: ResaltedSecret[];
}

export const netconfOptions = z
  .object({
    /** The datastore to read; `running` unless the device keeps its configuration elsewhere. */
    datastore: z.enum(['running', 'candidate', 'startup']).optional(),
  })
  .strict()
  .or(z.null())
  .or(z.undefined());

export function defineNetconfMethod(declaration: NetconfMethodDeclaration): TextBackupMethod {
  // The output pipeline reads its rules from a platform; XML has no prompt, pager or echo.
  const rules = definePlatform({
    id: declaration.platform,
    name: declaration.friendlyName,
    description: declaration.description,
    channel: 'exec',
    prompt: /$^/,
    setup: [],
    teardown: [],
    pagers: [],
    noise: declaration.noise ?? [],
    redactions: declaration.redactions,
    plainLines: declaration.plainLines,
    volatile: declaration.volatile ?? [],
    resalted: declaration.resalted,
    errors: [],
    methods: [],
  });
  return {
    key: declaration.key,
    friendlyName: declaration.friendlyName,
    description: declaration.description,
    isBinary: false,
    platform: declaration.platform,
    artifacts: [declaration.artifact],
    transport: 'netconf',
    optionsSchema: netconfOptions,
    redactsWith: rules,
    async collect(input: CollectInput): Promise<CollectResult> {
      const options = parseOptions(netconfOptions, input.device.options, declaration.key);
      const datastore: Datastore = options?.datastore ?? 'running';
      const log = input.log.child({ device: input.device.name, backupMethod: declaration.key });
      const { commandMs } = resolveTimeouts(input);
      let hostKey = '';
      const artifact = await withSession(input, async (ssh): Promise<TextArtifact> => {
        hostKey = ssh.hostKey.key;
        const netconf = await NetconfSession.open(ssh, { commandMs, signal: input.signal });
        log.debug({ framing: netconf.framing, sessionId: netconf.sessionId, capabilities: netconf.capabilities.length }, 'NETCONF session');
        try {
          const { data, warnings } = await netconf.getConfig(datastore);
          for (const warning of warnings) log.warn({ tag: warning.tag, path: warning.path }, `get-config warning: ${warning.message}`);
          const step = { command: `get-config ${datastore}`, artifact: declaration.artifact };
          const answer = interpretAnswer(cleanOutput(layoutXml(data), step, rules, false), step, rules, input.device.keepSecrets);
          return answer.artifact!;
        } finally {
          await netconf.close();
        }
      });
      log.debug({ artifact: artifact.artifact, bytes: artifact.content.length }, 'collected');
      return { hostKey, artifacts: [artifact] };
    },
  };
}
