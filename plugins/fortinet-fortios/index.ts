/** Fortinet FortiOS: no paging-off command without changing the config, so the pager is answered. */
import { definePlatform, type Redaction } from '../platform.ts';
import { pagers, privateKeyBlock } from '../shared/patterns.ts';

const encrypted = (name: string, keys: string): Redaction => ({
  name,
  pattern: new RegExp(`^\\s*set (?:${keys}) ENC (?<secret>\\S+)`, 'gm'),
});

const configuration = (command: string) => [{ command, artifact: 'configuration' }];

export const fortinetFortios = definePlatform({
  id: 'fortinet-fortios',
  name: 'Fortinet FortiOS',
  description: 'FortiGate firewalls running FortiOS.',
  channel: 'shell',
  // `host #`, HA `host(Primary) #`, VDOM `host (global) #`, truncated `host~ #`.
  prompt: /\S [#$]$/,
  dialogs: [{ name: 'accept-banner', pattern: /\(Press 'a' to accept\):?$/, answer: 'a' }],
  setup: [],
  teardown: ['exit'],
  pagers: [pagers.more],
  noise: [],
  redactions: [
    encrypted('user-password', 'password|passwd|sam-password|auth-pwd|priv-pwd|auth-password'),
    encrypted('ike-psk', 'psksecret|ppk-secret'),
    encrypted('shared-secret', 'secret|key|server-key|passphrase'),
    privateKeyBlock,
  ],
  volatile: [{ name: 'conf-file-version', pattern: /^#conf_file_ver=/ }],
  errors: [
    { name: 'command-fail', pattern: /^Command fail\. Return code/m },
    { name: 'unknown-action', pattern: /^Unknown action/m },
    { name: 'parse-error', pattern: /^command parse error/m },
  ],
  methods: [
    {
      key: 'fortinet-fortios',
      friendlyName: 'FortiOS configuration',
      description: 'show: the settings that differ from defaults.',
      commands: configuration('show'),
    },
    {
      key: 'fortinet-fortios-full',
      friendlyName: 'FortiOS full configuration',
      description: 'show full-configuration: every setting, defaults included (large).',
      commands: configuration('show full-configuration'),
    },
  ],
});
