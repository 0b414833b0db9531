/**
 * Cisco Firepower Threat Defense (FTD) CLISH: the bare `> ` prompt, and the ASA-style running
 * configuration of its data plane (LINA), which FTD prints with the same secret syntax.
 */
import { ciscoAsa } from '../cisco-asa/index.ts';
import { extendPlatform } from '../platform.ts';
import { pagers } from '../shared/patterns.ts';

export const ciscoFtd = extendPlatform(ciscoAsa, {
  id: 'cisco-ftd',
  name: 'Cisco Firepower Threat Defense',
  description: 'Cisco FTD (Firepower 1000/2100/3100/4100/9300, FTDv) managed by FMC or FDM: the data-plane running config.',
  // CLISH shows a bare `>`; the diagnostic CLI (`firepower>`) and expert mode are never entered.
  prompt: /^>$/,
  dialogs: [],
  // CLISH has no enable level: every user that may log in over SSH may show the configuration.
  privilege: undefined,
  // CLISH does not page `show` output over SSH and has no `terminal pager`; the LINA pager is answered if it shows.
  setup: [],
  teardown: ['exit'],
  pagers: [pagers.asaMore, pagers.more],
  noise: [],
  volatile: [
    { name: 'cryptochecksum', pattern: /^Cryptochecksum:/ },
    { name: 'written-by', pattern: /^: Written by \S+ at / },
    { name: 'ntp-clock-period', pattern: /^ntp clock-period \d+/ },
  ],
  errors: [
    { name: 'syntax-error', pattern: /^Syntax error: /m },
    { name: 'asa-error', pattern: /^ERROR: /m },
    { name: 'invalid-input', pattern: /^% ?Invalid input/m },
  ],
  detect: {
    banner: /^Cisco Firepower(?: \d+)? Threat Defense|^Cisco Secure Firewall .*Threat Defense/m,
    command: 'show version',
    pattern: /Cisco Firepower(?: \d+)? Threat Defense|Threat Defense for VMware|Cisco Secure Firewall .*Threat Defense/,
  },
  methods: [
    {
      key: 'cisco-ftd',
      friendlyName: 'Cisco FTD running config',
      // `all` prints the defaults too, so the backup says what the data plane really runs.
      description: 'show running-config all from the FTD CLI (ASA syntax with defaults, passwords shown masked).',
      commands: [{ command: 'show running-config all', artifact: 'running-config', completeWhen: { name: 'closing ": end"', pattern: /^: end$/m } }],
    },
  ],
});
