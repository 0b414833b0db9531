/** Nokia SR OS in model-driven mode over NETCONF: the running configuration as nokia-conf XML. */
import { privateKeyBlock } from '../shared/patterns.ts';
import { urlPassword } from '../shared/secrets.ts';
import { defineNetconfMethod } from './netconf-method.ts';
import { nokiaSrosSecretElements, snmpCommunityNames, xmlChildSecret, xmlElementSecret } from './xml-secrets.ts';

export const nokiaSrosMdNetconf = defineNetconfMethod({
  key: 'nokia-sros-md-netconf',
  friendlyName: 'Nokia SR OS configuration (NETCONF)',
  description: 'get-config of the running datastore over NETCONF (model-driven SR OS), stored as nokia-conf XML.',
  platform: 'nokia-sros-md',
  artifact: 'configuration.xml',
  redactions: [
    privateKeyBlock,
    xmlElementSecret('secret', nokiaSrosSecretElements),
    // OSPF: <message-digest-key><key-id>1</key-id><md5>…</md5></message-digest-key>
    xmlChildSecret('secret', 'message-digest-key', 'md5'),
    snmpCommunityNames,
    urlPassword,
  ],
});
