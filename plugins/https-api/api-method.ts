/**
 * Backup methods that download a device's configuration from its HTTPS API. The text goes
 * through the same validation, redaction and comparable form as the platform's SSH methods, so
 * both store the same thing.
 */
import { z } from 'zod';
import { CollectionError } from '../errors.ts';
import type { CommandStep, ErrorPattern, NamedPattern, Platform, TextBackupMethod } from '../platform.ts';
import { parseOptions } from '../runtime/engine.ts';
import { interpretAnswer } from '../runtime/output.ts';
import type { BackupMethod, CollectInput, Credentials } from '../types.ts';
import { HttpsApiClient, tlsTrustOptions, type ApiRequest } from './client.ts';

/** The certificate trust options; none: the certificate is pinned on first use. */
export const apiOptions = tlsTrustOptions.or(z.null()).or(z.undefined());

export interface ApiMethodDeclaration {
  key: string;
  friendlyName: string;
  description: string;
  /** The platform whose redactions, volatile lines and re-salted values apply. */
  platform: Platform;
  artifact: string;
  /** The request that answers the configuration, with the credentials it needs. */
  request(credentials: Credentials & { apiKey: string }): ApiRequest;
  /** Answers with a 2xx status that are failures all the same (an XML `status="error"`). */
  errors?: ErrorPattern[];
  /** The answer is whole only when this matches, e.g. a closing `</config>`. */
  completeWhen?: NamedPattern;
}

function requireApiKey(credentials: Credentials, method: string): Credentials & { apiKey: string } {
  if (!credentials.apiKey) throw new CollectionError('AUTH_FAILED', `${method} needs an API key and the credential set has none`);
  return { ...credentials, apiKey: credentials.apiKey };
}

export function defineApiMethod(declaration: ApiMethodDeclaration): TextBackupMethod {
  // Answers are judged like a command's output: the method's error patterns and closing line.
  const platform: Platform = { ...declaration.platform, errors: declaration.errors ?? [] };
  return {
    key: declaration.key,
    friendlyName: declaration.friendlyName,
    description: declaration.description,
    isBinary: false,
    platform: declaration.platform.id,
    artifacts: [declaration.artifact],
    transport: 'https',
    optionsSchema: apiOptions,
    redactsWith: platform,
    async collect(input: CollectInput) {
      const trust = parseOptions(apiOptions, input.device.options, declaration.key) ?? {};
      const request = declaration.request(requireApiKey(input.credentials, declaration.key));
      const log = input.log.child({ device: input.device.name, backupMethod: declaration.key });
      log.debug({ host: input.device.host, port: input.device.port, path: request.path.split('?')[0] }, 'collecting');
      const client = new HttpsApiClient(input, trust);
      const response = await client.request(request);
      const step: CommandStep = { command: `${request.method ?? 'GET'} ${request.path.split('?')[0]}`, artifact: declaration.artifact, completeWhen: declaration.completeWhen };
      const text = response.body.replace(/\r\n?/g, '\n').replace(/^\uFEFF/, '').replace(/\s+$/, '');
      const answer = interpretAnswer(text, step, platform, input.device.keepSecrets);
      const artifacts = answer.artifact ? [answer.artifact] : [];
      log.debug({ artifacts: artifacts.map((artifact) => artifact.artifact), bytes: response.body.length }, 'collected');
      return { hostKey: client.presentedPin!, artifacts };
    },
  };
}
