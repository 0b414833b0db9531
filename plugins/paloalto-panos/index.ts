/** Palo Alto PAN-OS: the running configuration as XML. */
import { definePlatform, type Redaction } from '../platform.ts';
import { pagers } from '../shared/patterns.ts';

/** The text of the named elements: `<phash>…</phash>`. */
const xmlValue = (name: string, elements: string): Redaction => ({
  name,
  pattern: new RegExp(`<(?<element>${elements})>(?<secret>[^<]+)</\\k<element>>`, 'gm'),
});

export const paloaltoPanos = definePlatform({
  id: 'paloalto-panos',
  name: 'Palo Alto PAN-OS',
  description: 'Palo Alto Networks firewalls and Panorama.',
  detect: { command: 'show system info', pattern: /^model: PA-/m },
  channel: 'shell',
  prompt: /@\S+[>#]$/,
  setup: ['set cli pager off'],
  teardown: ['exit'],
  pagers: [pagers.lessLines],
  noise: [],
  redactions: [
    xmlValue('user-password', 'phash|password|passwd'),
    { name: 'ike-psk', pattern: /<pre-shared-key>\s*<key>(?<secret>[^<]+)<\/key>/gm },
    // RADIUS/TACACS+ `<secret>`, LDAP `<bind-password>`, certificate `<passphrase>`
    xmlValue('shared-secret', 'secret|shared-secret|bind-password|passphrase'),
    // SNMP v2c `<snmp-community-string>`, trap servers' `<community>`, v3 `<authpwd>` and `<privpwd>`
    xmlValue('snmp-community', 'snmp-community-string|community-string|community'),
    xmlValue('snmp-user', 'authpwd|privpwd'),
    // OSPF/BGP authentication profiles and anything else held in a `<key>`
    xmlValue('key', 'key|auth-key|api-key'),
    xmlValue('private-key', 'private-key'),
  ],
  volatile: [],
  errors: [
    { name: 'invalid-syntax', pattern: /^Invalid syntax\./m },
    { name: 'unknown-command', pattern: /^Unknown command: /m },
    { name: 'server-error', pattern: /^Server error ?: /m },
  ],
  methods: [
    {
      key: 'paloalto-panos',
      friendlyName: 'PAN-OS running config',
      description: 'show config running (XML).',
      commands: [{ command: 'show config running', artifact: 'running-config.xml', completeWhen: { name: 'closing </config>', pattern: /<\/config>\s*$/ } }],
    },
  ],
});
