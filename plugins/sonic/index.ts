/**
 * SONiC (community, Dell Enterprise SONiC, Broadcom): Debian with the configuration in Redis,
 * saved as JSON in /etc/sonic/config_db.json. Read over SSH exec channels as the admin user.
 */
import { definePlatform } from '../platform.ts';
import { privateKeyBlock } from '../shared/patterns.ts';
import { redaction } from '../shared/secrets.ts';

/** A JSON string value, the quotes staying. */
const jsonValue = String.raw`"(?<secret>(?:[^"\\\n]|\\.)+)"`;

export const sonic = definePlatform({
  id: 'sonic',
  name: 'SONiC',
  description: 'SONiC switches (community, Dell Enterprise SONiC): config_db.json and the running configuration over SSH exec.',
  channel: 'exec',
  prompt: /[$#]$/,
  setup: [],
  teardown: [],
  pagers: [],
  noise: [],
  redactions: [
    privateKeyBlock,
    // TACPLUS, TACPLUS_SERVER, RADIUS, RADIUS_SERVER `"passkey"`; LDAP `"bind_password"`; BGP
    // neighbor `"auth_password"`/`"password"`; SNMP_USER `"SNMP_USER_AUTH_PASSWORD"`, `…_ENCRYPTION_PASSWORD`
    redaction('secret', String.raw`"(?:passkey|key|auth_key|shared_secret|[\w-]*password|[\w-]*secret|[\w-]*_psk)"[ \t]*:[ \t]*${jsonValue}`, 'gmi'),
    // SNMP_COMMUNITY: each community is a key of the table (`"public": { "TYPE": "RO" }`). Only a
    // key whose value is an object (the lookahead, cheap) is looked back from to its table.
    redaction(
      'snmp-community',
      String.raw`(?="(?:[^"\\\n]|\\.)+"[ \t]*:[ \t]*\{)(?<="SNMP_COMMUNITY"[ \t]*:[ \t]*\{(?:\s*"(?:[^"\\\n]|\\.)+"[ \t]*:[ \t]*\{[^{}]*\},?)*\s*)"(?<secret>(?:[^"\\\n]|\\.)+)"`,
      'gm',
      /"SNMP_COMMUNITY"/,
    ),
  ],
  volatile: [],
  errors: [
    { name: 'no-such-file', pattern: /^cat: .*No such file or directory$/m },
    { name: 'permission-denied', pattern: /^(?:cat|sudo): .*[Pp]ermission denied/m },
    { name: 'command-not-found', pattern: /command not found$/m },
  ],
  detect: {
    // the MOTD of community SONiC, and Dell's
    banner: /Software for Open Networking in the Cloud|Enterprise SONiC/,
    command: 'show version',
    pattern: /^SONiC Software Version: SONiC\./m,
  },
  methods: [
    {
      key: 'sonic',
      friendlyName: 'SONiC config_db.json',
      description: 'cat /etc/sonic/config_db.json (the saved configuration) and show runningconfiguration all (the running one).',
      commands: [
        { command: 'cat /etc/sonic/config_db.json', artifact: 'config_db.json', completeWhen: { name: 'closing brace', pattern: /^\}\s*$/m } },
        { command: 'show runningconfiguration all', artifact: 'running-config.json', optional: true },
      ],
      savedConfig: { running: 'running-config.json', startup: 'config_db.json' },
    },
  ],
});
