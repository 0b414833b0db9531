/** Any device that speaks NETCONF: the running configuration as the device's XML. */
import { privateKeyBlock } from '../shared/patterns.ts';
import { urlPassword } from '../shared/secrets.ts';
import { junosChangedTime } from './juniper-junos-netconf.ts';
import { defineNetconfMethod } from './netconf-method.ts';
import {
  commonSecretElements,
  junosSecretElements,
  nokiaSrosSecretElements,
  snmpCommunityNames,
  xmlChildSecret,
  xmlElementSecret,
} from './xml-secrets.ts';

/** Without a platform, every element any known model marks secret is redacted. */
const secretElements = [...new Set([...commonSecretElements, ...junosSecretElements, ...nokiaSrosSecretElements])];

export const genericNetconf = defineNetconfMethod({
  key: 'netconf',
  friendlyName: 'NETCONF configuration',
  description: 'get-config of the running datastore from any device that offers the netconf SSH subsystem; options { datastore }.',
  platform: 'any',
  artifact: 'configuration.xml',
  redactions: [
    privateKeyBlock,
    xmlElementSecret('secret', secretElements),
    xmlChildSecret('secret', 'authentication-key', 'value'),
    xmlChildSecret('secret', 'message-digest-key', 'md5'),
    snmpCommunityNames,
    urlPassword,
  ],
  volatile: [junosChangedTime],
});
