/**
 * Secrets of the XML configuration files pfSense and OPNsense keep (`config.xml`), by element
 * name. The backup methods that read the file over SSH and those that download it over HTTPS
 * share these rules, so both store the same redacted text.
 *
 * Only an element's text is replaced; its tags, its attributes and the elements around it stay.
 * Certificates (`<crt>`), public keys (`<authorizedkeys>`, `<pubkey>`) and the names that refer
 * to a key (`<certref>`, `<tls_key>` ids) are not secrets and stay.
 */
import type { Redaction } from '../platform.ts';
import { redaction } from './secrets.ts';

/**
 * Element names whose text is a secret, grouped by the marker name they get. Matched against
 * the whole element name, case-insensitively (OPNsense writes `<Key>` in some models).
 */
export const xmlSecretElements: Record<string, string[]> = {
  // users: pfSense `<bcrypt-hash>`, `<sha512-hash>`, older `<md5-hash>`/`<nt-hash>`; OPNsense
  // `<password>` (a crypt hash), `<otp_seed>` (the TOTP seed), `<pwd_changed_at>` stays
  'user-password': ['bcrypt-hash', 'sha512-hash', 'md5-hash', 'nt-hash', 'otp_seed'],
  // any element named password or ending in it: `<password>`, `<auth_pass>`, `<encryption_password>`,
  // `<synchronizepassword>`, `<snmp_password>`, `<ldap_bindpw>`, PPP `<password>` (base64)
  password: ['[\\w.-]*password\\d*', '[\\w.-]*_pass', 'ldap_bindpw', 'bindpw', 'passwd'],
  // certificate, CA and WireGuard private keys (base64 PEM in `<prv>`), the ACME account key
  'private-key': ['prv', 'privatekey', 'privkey', 'private_key', 'private-key', 'accountkey'],
  // IPsec phase 1 `<pre-shared-key>`, mobile client and user `<ipsecpsk>`, OPNsense `<Key>` of
  // preSharedKeys, WireGuard `<presharedkey>`/`<psk>`
  'ike-psk': ['pre-shared-key', 'pre_shared_key', 'presharedkey', 'ipsecpsk', 'psk'],
  // OpenVPN TLS auth/crypt key and peer-to-peer shared key (base64 of the static key block)
  'openvpn-key': ['tls', 'shared_key', 'tlskey'],
  // SNMP communities (pfSense `<rocommunity>`, `<rwcommunity>`, trap `<trapstring>`; net-snmp plugin `<community>`)
  'snmp-community': ['rocommunity', 'rwcommunity', 'trapstring', 'community'],
  // RADIUS secrets of authentication servers and the captive portal
  'radius-secret': ['radius_secret\\d*', 'radiussecret\\d*', 'radiuskey\\d*'],
  // OPNsense API keys (`<apikeys><item><key>…</key><secret>…</secret>`), RFC 2136 `<keydata>`,
  // the DHCP dynamic DNS `<ddnsupdatekey>` and other `<secret>`/`<key>` elements (OPNsense OpenVPN static keys)
  secret: ['secret', '[\\w.-]*_secret', 'key', 'keydata', 'authkey', 'api_key', 'apikey', 'token', 'ddnsupdatekey'],
};

/** `<name>` or `<name attr="…">`, the whole element name and nothing longer. */
const open = (names: string) => String.raw`<(?<tag>(?:${names}))(?:[ \t][^>]*)?>`;

/**
 * The text of each listed element: plain text (spanning lines: OPNsense keeps PEM blocks so) or
 * the inside of a CDATA section. Empty elements and elements holding other elements stay.
 */
function elementRules(name: string, names: string[]): Redaction[] {
  const alternatives = names.join('|');
  return [
    redaction(name, String.raw`${open(alternatives)}<!\[CDATA\[(?<secret>[\s\S]+?)\]\]><\/\k<tag>>`, 'gmi'),
    redaction(name, String.raw`${open(alternatives)}(?<secret>[^<]*[^<\s][^<]*)<\/\k<tag>>`, 'gmi'),
  ];
}

export const xmlSecretRedactions: Redaction[] = Object.entries(xmlSecretElements).flatMap(([name, names]) => elementRules(name, names));
