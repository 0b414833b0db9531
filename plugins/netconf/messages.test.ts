import { describe, expect, test } from 'vitest';
import { base10, base11, helloMessage, MessageError, parseHello, parseRpcReply, rpcMessage } from './messages.ts';
import { layoutXml } from './xml-layout.ts';

const nc = 'urn:ietf:params:xml:ns:netconf:base:1.0';

describe('hello', () => {
  test('reads the capabilities and session id, with or without a prefix', () => {
    expect(parseHello(helloMessage([base10, base11, 'urn:example:x?a=1&b=2'], 42))).toEqual({
      capabilities: [base10, base11, 'urn:example:x?a=1&b=2'],
      sessionId: '42',
    });
    const prefixed = `\n<nc:hello xmlns:nc="${nc}"><nc:capabilities>\n  <nc:capability>\n    ${base10}\n  </nc:capability>\n</nc:capabilities></nc:hello>`;
    expect(parseHello(prefixed)).toEqual({ capabilities: [base10], sessionId: null });
  });

  test('anything else is not a hello', () => {
    expect(() => parseHello(`<rpc-reply xmlns="${nc}"/>`)).toThrow(MessageError);
    expect(() => parseHello(`<hello xmlns="urn:other"/>`)).toThrow(/expected <hello>/);
    expect(() => parseHello('<hello><capabilities>')).toThrow(MessageError);
  });
});

describe('rpc', () => {
  test('carries the message id and the NETCONF namespace', () => {
    expect(rpcMessage('7', '<get-config><source><running/></source></get-config>')).toBe(
      `<?xml version="1.0" encoding="UTF-8"?>\n<rpc message-id="7" xmlns="${nc}"><get-config><source><running/></source></get-config></rpc>`,
    );
  });
});

describe('rpc-reply', () => {
  test('returns <data> as sent, with the namespaces it borrows from <rpc-reply> declared on its top elements', () => {
    const reply = [
      `<?xml version="1.0"?>`,
      `<rpc-reply xmlns="${nc}" xmlns:junos="http://xml.juniper.net/junos/20.4R3/junos" message-id="3">`,
      `<data>`,
      `<configuration xmlns="http://xml.juniper.net/xnm/1.1/xnm" junos:changed-seconds="1">`,
      `    <!-- managed by tidemark -->`,
      `    <system><host-name>r1</host-name></system>`,
      `</configuration>`,
      `</data>`,
      `</rpc-reply>`,
    ].join('\n');
    expect(parseRpcReply(reply)).toEqual({
      messageId: '3',
      ok: false,
      errors: [],
      data: [
        '',
        `<configuration xmlns:junos="http://xml.juniper.net/junos/20.4R3/junos" xmlns="http://xml.juniper.net/xnm/1.1/xnm" junos:changed-seconds="1">`,
        `    <!-- managed by tidemark -->`,
        `    <system><host-name>r1</host-name></system>`,
        `</configuration>`,
        '',
      ].join('\n'),
    });
  });

  test('finds <data> by namespace, not by prefix, and keeps attributes and CDATA as sent', () => {
    const reply =
      `<nc:rpc-reply xmlns:nc="${nc}" xmlns="urn:example:cfg" xmlns:x="urn:example:x" message-id="9">` +
      `<data>not the NETCONF data element</data>` +
      `<nc:data nc:extra="1"><top x:flag="on"><x:note><![CDATA[</nc:data> & </data> <secret>]]></x:note></top><other xmlns="urn:example:other"/></nc:data>` +
      `</nc:rpc-reply>`;
    expect(parseRpcReply(reply).data).toBe(
      `<top xmlns="urn:example:cfg" xmlns:x="urn:example:x" x:flag="on"><x:note><![CDATA[</nc:data> & </data> <secret>]]></x:note></top><other xmlns="urn:example:other"/>`,
    );
  });

  test('an empty <data/> is an empty configuration; no <data> is null', () => {
    expect(parseRpcReply(`<rpc-reply xmlns="${nc}" message-id="1"><data/></rpc-reply>`).data).toBe('');
    expect(parseRpcReply(`<rpc-reply xmlns="${nc}" message-id="1"><ok/></rpc-reply>`)).toEqual({ messageId: '1', ok: true, errors: [], data: null });
  });

  test('collects every rpc-error with its fields', () => {
    const reply = `<rpc-reply xmlns="${nc}" message-id="2">
<rpc-error>
<error-type>application</error-type>
<error-tag>access-denied</error-tag>
<error-severity>error</error-severity>
<error-path>/configuration/system</error-path>
<error-message xml:lang="en">permission denied &lt;system&gt;</error-message>
<error-info><bad-element>system</bad-element></error-info>
</rpc-error>
<rpc-error><error-severity>warning</error-severity><error-message><![CDATA[statement not applied]]></error-message></rpc-error>
</rpc-reply>`;
    expect(parseRpcReply(reply).errors).toEqual([
      { type: 'application', tag: 'access-denied', severity: 'error', message: 'permission denied <system>', path: '/configuration/system' },
      { type: '', tag: '', severity: 'warning', message: 'statement not applied', path: '' },
    ]);
  });

  test('malformed XML, unbound prefixes and other roots are refused', () => {
    expect(() => parseRpcReply(`<rpc-reply xmlns="${nc}"><data><a></data></rpc-reply>`)).toThrow(MessageError);
    expect(() => parseRpcReply(`<rpc-reply xmlns="${nc}"><data><junos:a/></data></rpc-reply>`)).toThrow(MessageError);
    expect(() => parseRpcReply(`<hello xmlns="${nc}"/>`)).toThrow(/expected <rpc-reply>/);
  });
});

describe('layout of compact XML', () => {
  test('puts each element on its own line and keeps leaves, text, CDATA and comments as written', () => {
    const compact =
      '<configure xmlns="urn:example"><system><name>r1 &amp; r2</name><secret><![CDATA[a<b]]></secret><!-- note --><?pi x?><empty/><blank></blank></system><port id="1"><mtu>9000</mtu></port></configure>';
    expect(layoutXml(compact)).toBe(
      [
        '<configure xmlns="urn:example">',
        '  <system>',
        '    <name>r1 &amp; r2</name>',
        '    <secret><![CDATA[a<b]]></secret>',
        '    <!-- note -->',
        '    <?pi x?>',
        '    <empty/>',
        '    <blank></blank>',
        '  </system>',
        '  <port id="1">',
        '    <mtu>9000</mtu>',
        '  </port>',
        '</configure>',
      ].join('\n'),
    );
  });

  test('leaves XML the device laid out itself as it is', () => {
    const laidOut = '\n<configuration>\n    <version>20.4R3.8</version>\n</configuration>\n';
    expect(layoutXml(laidOut)).toBe(laidOut);
  });
});
