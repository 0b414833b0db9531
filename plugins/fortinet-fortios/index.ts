/** Fortinet FortiOS: no paging-off command without changing the config, so the pager is answered. */
import { definePlatform, type Redaction } from '../platform.ts';
import { pagers, privateKeyBlock } from '../shared/patterns.ts';
import { redaction, value } from '../shared/secrets.ts';

/** `set <key> [N] ENC <ciphertext>`: FortiOS prints every secret it stores this way. */
const encrypted = (name: string, keys: string): Redaction => redaction(name, String.raw`^[ \t]*set (?:${keys})(?: \d+)? ENC (?<secret>\S+)`);

const configuration = (command: string) => [{ command, artifact: 'configuration' }];

export const fortinetFortios = definePlatform({
  id: 'fortinet-fortios',
  name: 'Fortinet FortiOS',
  description: 'FortiGate firewalls running FortiOS.',
  detect: { command: 'get system status', pattern: /^Version: Forti\w+-[\w-]+ v\d/m },
  channel: 'shell',
  // `host #`, HA `host(Primary) #`, VDOM `host (global) #`, truncated `host~ #`.
  prompt: /\S [#$]$/,
  dialogs: [{ name: 'accept-banner', pattern: /\(Press 'a' to accept\):?$/, answer: 'a' }],
  setup: [],
  teardown: ['exit'],
  pagers: [pagers.more],
  noise: [],
  redactions: [
    privateKeyBlock,
    encrypted('user-password', 'password|passwd|sam-password|auth-pwd|priv-pwd|auth-password'),
    encrypted('ike-psk', 'psksecret|ppk-secret'),
    encrypted('shared-secret', 'secret|key|server-key|passphrase'),
    // any other key: secondary-key, proxy-password, sae-password, passwd1, crptpasswd, …
    encrypted('encrypted', String.raw`\S+`),
    // private-data-encryption: the key that decrypts the ENC values
    redaction('private-encryption-key', String.raw`^#private-encryption-key=(?<secret>.+)$`),
    // older FortiOS keeps OSPF keys in clear: `set md5-key 1 X`
    redaction('md5-key', String.raw`^[ \t]*set md5-keys? \d+ (?!ENC )${value}`),
    // SNMP v1/v2c communities are named, in clear: `config system snmp community` → `set name "X"`
    redaction('snmp-community', String.raw`^[ \t]*set name (?<=^config system snmp community\n(?:(?!end$)[^\n]*\n)*[ \t]*set name )${value}`),
  ],
  volatile: [
    { name: 'conf-file-version', pattern: /^#conf_file_ver=/ },
    // it names the user who logged in, so it moves when another credential set connects
    { name: 'config-version', pattern: /^#config-version=/ },
    // FortiGuard's contract check rewrites this comment by itself
    { name: 'no-order-comment', pattern: /^[ \t]*set comments "Error \(No order found/ },
  ],
  // FortiOS encrypts stored secrets with a fresh salt on every `show`: with keepSecrets they would
  // make a version on every run, so change detection never compares them.
  resalted: [
    { name: 'enc', pattern: /^[ \t]*set \S+(?: \d+)? ENC (?<secret>\S+)/gm },
    { name: 'private-encryption-key', pattern: /^#private-encryption-key=(?<secret>.+)$/gm },
    { name: 'private-key', pattern: /^[ \t]*(?<secret>set private-?key "-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----[\s\S]*?-----END [A-Z0-9 ]*PRIVATE KEY-----"?)/gm },
    // FortiGuard's internet service database changes with its updates, not with the configuration.
    { name: 'internet-service-name', pattern: /^(?<secret>config firewall internet-service-name\n[\s\S]*?^end)$/gm },
  ],
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
