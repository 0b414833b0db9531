/** Palo Alto PAN-OS: the running configuration as XML. */
import { definePlatform, type Redaction } from '../platform.ts';
import { pagers } from '../shared/patterns.ts';

const xmlValue = (name: string, element: string): Redaction => ({
  name,
  pattern: new RegExp(`<${element}>(?<secret>[^<]+)</${element}>`, 'gm'),
});

export const paloaltoPanos = definePlatform({
  id: 'paloalto-panos',
  name: 'Palo Alto PAN-OS',
  description: 'Palo Alto Networks firewalls and Panorama.',
  channel: 'shell',
  prompt: /@\S+[>#]$/,
  setup: ['set cli pager off'],
  teardown: ['exit'],
  pagers: [pagers.lessLines],
  noise: [],
  redactions: [
    xmlValue('user-password', 'phash'),
    { name: 'ike-psk', pattern: /<pre-shared-key>\s*<key>(?<secret>[^<]+)<\/key>/gm },
    xmlValue('shared-secret', 'secret'),
    xmlValue('snmp-community', 'community-string'),
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
