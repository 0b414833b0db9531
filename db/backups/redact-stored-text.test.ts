import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { netconfFixturesDir } from '../../lab/netconf-server.ts';
import { redactStoredText } from './redact-stored-text.ts';

/** A NETCONF persona's configuration as a device that keeps its secrets stores it, and those secrets. */
function keptText(persona: string): { text: string; secrets: string[] } {
  const text = readFileSync(join(netconfFixturesDir, persona, 'configuration.xml.tpl'), 'utf8');
  const secrets = readFileSync(join(netconfFixturesDir, persona, 'secrets.txt'), 'utf8').split('\n').filter(Boolean);
  return { text, secrets };
}

describe('a stored text read without its secrets', () => {
  test.each([
    ['juniper-junos', 'juniper-junos-netconf'],
    ['nokia-sros-md', 'nokia-sros-md-netconf'],
  ])('%s XML is redacted by the rules of its NETCONF method (%s), not only by the CLI platform\'s', (persona, method) => {
    const { text, secrets } = keptText(persona);
    expect(secrets.filter((secret) => text.includes(secret))).toEqual(secrets);

    const shown = redactStoredText(text, method);

    expect(secrets.filter((secret) => shown.includes(secret))).toEqual([]);
  });

  test('a backup method no longer known gets the rules of every platform and method', () => {
    const { text, secrets } = keptText('juniper-junos');
    expect(secrets.filter((secret) => redactStoredText(text, 'a-retired-method').includes(secret))).toEqual([]);
  });

  test('Junos NTP key numbers stay: they name a key, they are not one', () => {
    const shown = redactStoredText(keptText('juniper-junos').text, 'juniper-junos-netconf');
    expect(shown).toMatch(/^\s*<key>1<\/key>$/m);
    expect(shown).toMatch(/^\s*<trusted-key>1<\/trusted-key>$/m);
    expect(shown).toMatch(/<value><redacted:[\w-]+><\/value>/);
  });
});
