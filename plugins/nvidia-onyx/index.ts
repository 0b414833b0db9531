/**
 * NVIDIA (Mellanox) Onyx and MLNX-OS switches: a Cisco-like CLI whose prompt names the cluster
 * role (`switch [standalone: master] #`) and whose configuration is flat, one command per line.
 */
import { ciscoLikeErrors, ciscoLikeRedactions } from '../generic/index.ts';
import { definePlatform } from '../platform.ts';
import { redaction, typedValue } from '../shared/secrets.ts';

export const nvidiaOnyx = definePlatform({
  id: 'nvidia-onyx',
  name: 'NVIDIA Onyx',
  description: 'NVIDIA (Mellanox) Onyx and MLNX-OS Ethernet switches.',
  channel: 'shell',
  // `sw1 [standalone: master] >`, `sw1 [mlag-domain: standby] (config) #`; the hostname may be empty
  prompt: /\[[^\]\n]+: [\w-]+\] (?:\([\w -]+\) )?[>#]$/,
  // `hostname X` renames the prompt at once, from any session; a recorded 3.9 session logs in
  // to an empty hostname and ends at a named one
  promptVaries: () => /[\w.-]* ?\[[^\]\n]+: [\w-]+\] (?:\([\w -]+\) )?[>#]/,
  privilege: { command: 'enable', passwordPrompt: /^[Pp]assword:\s*$/, privilegedPrompt: /\] (?:\([\w -]+\) )?#$/ },
  // paging is a session setting Onyx takes in any mode; it is turned off before `enable`
  setup: ['no cli session paging enable'],
  setupBeforePrivilege: true,
  teardown: ['exit'],
  pagers: [
    // less: `lines 1-23`, `lines 255-263 (END)`. The pager line may already be followed by the
    // erase of the next page when the device sends them in one write (recorded on 3.9.2504).
    { name: 'onyx-less', prompt: /lines \d+-\d+(?:\/\d+)?(?: \(END\))? ?(?:\r[^\r\n]*)?/, answer: ' ' },
  ],
  noise: [],
  redactions: [
    ...ciscoLikeRedactions,
    // flat lines: `router bgp 65000 vrf default neighbor 10.0.0.1 password 7 X`. It starts at the
    // word `neighbor` and looks back for `router bgp`: looking back from every place of the text
    // took a second per 3 MB.
    redaction('bgp-password', String.raw`neighbor(?<=^[ \t]*router bgp [^\n]*(?<![\w-])neighbor) \S+ password${typedValue}`),
    // `interface ethernet 1/1 ip ospf authentication-key X`, `… ip ospf message-digest-key 1 md5 X`
    redaction('ospf-key', String.raw`(?<![\w-])ip ospf (?:authentication-key|message-digest-key \d+ md5)${typedValue}`),
    redaction('ntp-key', String.raw`^[ \t]*ntp authentication-key \d+ (?:md5|sha1)${typedValue}`),
    redaction('ldap-password', String.raw`^[ \t]*ldap bind-password${typedValue}`),
    // `snmp-server host 10.0.0.5 traps [version 2c] COMMUNITY`
    redaction('snmp-community', String.raw`^[ \t]*snmp-server host \S+ (?:traps|informs)(?: version (?:1|2c))?${typedValue}`),
  ],
  volatile: [
    { name: 'generated-at', pattern: /^## Generated at \d{4}\/\d{2}\/\d{2} \d{2}:\d{2}:\d{2}/ },
  ],
  errors: [
    { name: 'unrecognized-command', pattern: /^% Unrecognized command/m },
    ...ciscoLikeErrors,
  ],
  detect: {
    banner: /\[[\w-]+: (?:master|standby|unknown)\] [>#]|Mellanox (?:Switch|MLNX-OS)|NVIDIA Onyx/,
    command: 'show version',
    pattern: /^Product name:\s+(?:Onyx|MLNX-OS)\b/m,
  },
  methods: [
    {
      key: 'nvidia-onyx',
      friendlyName: 'Onyx running-config',
      description: 'show running-config, after enable.',
      commands: [{ command: 'show running-config', artifact: 'running-config' }],
    },
  ],
});
