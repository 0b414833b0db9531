/**
 * Ciena SAOS 10 (5130, 5164, 5171, 8100 series and the 3900/5100 platforms moved from SAOS 6):
 * a model-driven CLI with flat, quoted configuration lines, `set session more off`,
 * `show running config`.
 */
import { definePlatform } from '../platform.ts';
import { privateKeyBlock } from '../shared/patterns.ts';
import { redaction, spacedValue } from '../shared/secrets.ts';

export const cienaSaos10 = definePlatform({
  id: 'ciena-saos10',
  name: 'Ciena SAOS 10',
  description: 'Ciena packet platforms running SAOS 10.',
  channel: 'shell',
  // `LAB-CN5171-1> `, `LAB-CN5171-1*> ` with uncommitted candidate changes.
  prompt: /^[\w.-]+\*?>$/,
  setup: ['set session more off'],
  teardown: ['exit'],
  pagers: [{ name: 'more', prompt: /--More--/, answer: ' ' }],
  noise: [],
  redactions: [
    privateKeyBlock,
    // `system aaa authentication users user "u" config password "$6$…"`, `password-hashed "…"`, `secret-key "…"`,
    // SNMPv3 `auth-key`/`priv-key`, `community-name "…"`
    redaction('password', String.raw`(?<![\w-])(?:password|password-hashed|hashed-password|secret-key|shared-secret|auth-key|priv-key|auth-password|priv-password|psk|pre-shared-key)${spacedValue}`),
    // ietf-snmp: `snmp community "INDEX" text-name "X" security-name "…"` (the index often is the community too)
    redaction('snmp-community', String.raw`(?<![\w-])(?:community(?:-name)?|text-name)(?<=^[ \t]*snmp[^\n]*)${spacedValue}`),
    // ietf-snmp USM: `snmp usm local user "u" auth sha key "X" priv aes key "Y"`
    redaction('snmp-user', String.raw`(?<![\w-])key(?<=^[ \t]*snmp usm [^\n]*(?:auth|priv) \S+ key)${spacedValue}`),
  ],
  volatile: [
    { name: 'created', pattern: /^! Created: / },
    { name: 'on-terminal', pattern: /^! On terminal: / },
  ],
  errors: [
    { name: 'error', pattern: /^(?:Error|error|syntax error): /m },
    { name: 'invalid-input', pattern: /^% ?Invalid input/m },
  ],
  detect: {
    banner: /SAOS 10 - Service Aware Operating System/,
    command: 'show software',
    pattern: /Running package version\s*\|\s*saos-10-/,
  },
  methods: [
    {
      key: 'ciena-saos10',
      friendlyName: 'SAOS 10 running configuration',
      description: 'show running config after set session more off.',
      commands: [{ command: 'show running config', artifact: 'running-config' }],
    },
  ],
});
