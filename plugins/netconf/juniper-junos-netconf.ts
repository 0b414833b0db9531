/** Junos over NETCONF: the committed configuration as Junos XML, an alternative to the CLI methods. */
import type { VolatileLine } from '../platform.ts';
import { privateKeyBlock } from '../shared/patterns.ts';
import { urlPassword } from '../shared/secrets.ts';
import { defineNetconfMethod } from './netconf-method.ts';
import { junosSecretElements, snmpCommunityNames, xmlChildSecret, xmlElementSecret } from './xml-secrets.ts';

/** `<configuration junos:changed-seconds="…" junos:changed-localtime="…">` moves with every commit. */
export const junosChangedTime: VolatileLine = {
  name: 'changed-time',
  pattern: /^\s*<configuration\b[^>]*\bjunos:(?:changed|commit)-(?:seconds|localtime)=/,
};

export const juniperJunosNetconf = defineNetconfMethod({
  key: 'juniper-junos-netconf',
  friendlyName: 'Juniper Junos configuration (NETCONF)',
  description: 'get-config of the running configuration over NETCONF (set system services netconf ssh), stored as Junos XML.',
  platform: 'juniper-junos',
  artifact: 'configuration.xml',
  redactions: [
    privateKeyBlock,
    xmlElementSecret('secret-data', junosSecretElements),
    // NTP and similar keys are containers: <authentication-key><name>1</name><type>md5</type><value>…</value>.
    xmlChildSecret('secret-data', 'authentication-key', 'value'),
    // SNMP communities and trap groups are named by the community string itself.
    snmpCommunityNames,
    // archive sites: <name>scp://user:password@host/path</name>
    urlPassword,
  ],
  // NTP `<server>`/`<peer>` name the key they use by number (`<key>1</key>`), and `<trusted-key>`
  // lists key numbers; Junos shows every stored secret encrypted, never as a bare number.
  plainLines: [{ name: 'key-number', pattern: /^\s*<(key|trusted-key)>\d+<\/\1>\s*$/ }],
  volatile: [junosChangedTime],
});
