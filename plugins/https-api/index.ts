/**
 * Devices whose configuration is best read from their HTTPS API: the API key of the credential
 * set authenticates, the answer is the configuration file.
 */
import { fortinetFortios } from '../fortinet-fortios/index.ts';
import { opnsense } from '../opnsense/index.ts';
import { paloaltoPanos } from '../paloalto-panos/index.ts';
import type { TextBackupMethod } from '../platform.ts';
import { defineApiMethod } from './api-method.ts';

/** `GET /api/?type=export&category=configuration`: the running configuration as XML. */
export const paloaltoPanosApi = defineApiMethod({
  key: 'paloalto-panos-api',
  friendlyName: 'PAN-OS running config (XML API)',
  description: 'The XML API export of the running configuration; the API key goes in the X-PAN-KEY header.',
  platform: paloaltoPanos,
  artifact: 'running-config.xml',
  request: ({ apiKey }) => ({ path: '/api/?type=export&category=configuration', headers: { 'X-PAN-KEY': apiKey } }),
  errors: [{ name: 'api-error', pattern: /<response\s+status\s*=\s*["']error["']/ }],
  completeWhen: { name: 'closing </config>', pattern: /<\/config>\s*$/ },
});

/** OPNsense's API key and secret, written as one "key:secret" API key, authenticate as HTTP basic. */
function opnsenseBasic(apiKey: string): string {
  return `Basic ${Buffer.from(apiKey, 'utf8').toString('base64')}`;
}

export const opnsenseApi = defineApiMethod({
  key: 'opnsense-api',
  friendlyName: 'OPNsense config.xml (API)',
  description: 'GET /api/core/backup/download/this; the API key is the key and secret as "key:secret".',
  platform: opnsense,
  artifact: 'config.xml',
  request: ({ apiKey }) => ({ path: '/api/core/backup/download/this', headers: { authorization: opnsenseBasic(apiKey) } }),
  errors: [{ name: 'api-error', pattern: /^\{.*"status"\s*:\s*"(?:failed|error)"/ }],
  completeWhen: { name: 'closing </opnsense>', pattern: /^<\/opnsense>\s*$/m },
});

export const fortinetFortiosApi = defineApiMethod({
  key: 'fortinet-fortios-api',
  friendlyName: 'FortiOS configuration (REST API)',
  description: 'GET /api/v2/monitor/system/config/backup?scope=global with a REST API administrator token.',
  platform: fortinetFortios,
  artifact: 'configuration',
  request: ({ apiKey }) => ({ path: '/api/v2/monitor/system/config/backup?scope=global', headers: { authorization: `Bearer ${apiKey}` } }),
  errors: [{ name: 'api-error', pattern: /^\{.*"status"\s*:\s*"error"/ }],
  completeWhen: { name: 'closing "end"', pattern: /^end\s*$/m },
});

export const httpsApiMethods: readonly TextBackupMethod[] = [paloaltoPanosApi, opnsenseApi, fortinetFortiosApi];
