/**
 * Secrets in configuration XML. Only the element's text goes (a CDATA section whole); tags,
 * attributes and indentation stay, so the artifact still reads as the device's XML. The
 * cross-platform safety net (plugins/shared/secrets.ts) runs after these rules.
 */
import type { Redaction } from '../platform.ts';
import { redaction } from '../shared/secrets.ts';

/** A namespace prefix (`junos:`, `nc:`), optional. */
const prefix = String.raw`(?:[\w.-]+:)?`;
/** Element text with something other than blanks in it, or one CDATA section. */
const elementText = String.raw`(?<secret>(?=[^<]*\S)[^<]+|<!\[CDATA\[[\s\S]*?\]\]>)`;
/** Attributes of a start tag that is not self-closing. */
const attributes = String.raw`(?:\s[^>]*?)?(?<!/)`;

const alternatives = (names: string[]) => names.map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');

/** `<password>X</password>` for each element name: the text X is the secret. */
export function xmlElementSecret(name: string, elements: string[]): Redaction {
  return redaction(
    name,
    String.raw`<${prefix}(?<tag>${alternatives(elements)})${attributes}>${elementText}</${prefix}\k<tag>\s*>`,
  );
}

/**
 * The text of `child` when it is among the first children of `parent`: NTP's
 * `<authentication-key><name>1</name><type>md5</type><value>SECRET</value>`, OSPF's
 * `<message-digest-key><key-id>1</key-id><md5>SECRET</md5>`.
 */
export function xmlChildSecret(name: string, parent: string, child: string): Redaction {
  return redaction(
    name,
    String.raw`(?<=<${prefix}${parent}${attributes}>\s*(?:<[\w.:-]+${attributes}>[^<]*</[\w.:-]+>\s*){0,4})<${prefix}${child}${attributes}>${elementText}</${prefix}${child}\s*>`,
  );
}

/**
 * The `<name>` key of a list entry inside a container, where the name itself is the secret:
 * SNMP communities (`<snmp>…<community><name>public</name>`), and not BGP communities in
 * `<policy-options>`.
 */
export function xmlKeyInside(name: string, container: string, entries: string[], key = 'name'): Redaction {
  return redaction(
    name,
    String.raw`<${prefix}(?:${alternatives(entries)})${attributes}>\s*(?<=<${prefix}${container}${attributes}>(?:(?!</${prefix}${container}\s*>)[\s\S])*)<${prefix}${key}${attributes}>${elementText}</${prefix}${key}\s*>`,
  );
}

/** Elements whose text is a secret in Junos configuration XML. */
export const junosSecretElements = [
  'encrypted-password',
  'plain-text-password-value',
  'secret',
  'authentication-key',
  'authentication-password',
  'privacy-key',
  'privacy-password',
  'pre-shared-key',
  'ascii-text',
  'hexadecimal',
  'simple-password',
  'password',
  'key-value',
];

/** Elements whose text is a secret in the Nokia SR OS model (nokia-conf). */
export const nokiaSrosSecretElements = [
  'password',
  'secret',
  'authentication-key',
  'auth-key',
  'privacy-key',
  'pre-shared-key',
  'community-string',
  'shared-secret',
  'hash-key',
  'md5',
];

/** Elements other vendors and the IETF and OpenConfig models use for secrets. */
export const commonSecretElements = [
  'password',
  'password-hashed',
  'secret',
  'secret-key',
  'auth-password',
  'priv-password',
  'key-string',
  'pre-shared-key',
  'psk',
  'shared-secret',
  'community-string',
  'community-name',
  'text-name',
  'cleartext-key',
  'cleartext-private-key',
  'private-key',
  'encrypted-password',
  'authentication-key',
  'privacy-key',
];

export const snmpCommunityNames = xmlKeyInside('snmp-community', 'snmp', ['community', 'trap-group', 'community-config']);
