import assert from 'node:assert/strict';
import { applyFix, assertFixed, codesOf, crlf, offers } from './helpers';

const org = (accounts: string) => `apiVersion: orgmanifest/v1
organization:
  featureSet: ALL
  managementAccount: management
accounts:
${accounts}`;

describe('quick fix: Quote the account ID (ORG502)', () => {
  it('quotes the digits exactly as written, leading zero included', () => {
    const before = org('  management:\n    id: 012345678901   # from the console\n');
    assertFixed(applyFix(before, 'ORG502', 'Quote the account ID'), before.replace('012345678901', '"012345678901"'), 'ORG502');
  });

  it('works in flow mappings and CRLF files, with the quote the file uses for IDs', () => {
    const before = crlf(org(`  management: { id: 111111111111 }\n  other:\n    id: '222222222222'\n    joined: created\n  third:\n    id: '333333333333'\n    joined: created\n`));
    assertFixed(applyFix(before, 'ORG502'), before.replace('{ id: 111111111111 }', `{ id: '111111111111' }`), 'ORG502');
  });

  it('keeps a number YAML would round or reformat as written (and then ORG501 says it is not 12 digits)', () => {
    const before = org('  management:\n    id: 1234567890123456789\n');
    const fixed = applyFix(before, 'ORG502');
    assert.equal(fixed, before.replace('1234567890123456789', '"1234567890123456789"'));
    assert.deepEqual(codesOf(fixed), ['ORG501']);
  });

  it('is the preferred fix', () => {
    const [offer] = offers(org('  management:\n    id: 111111111111\n'), 'ORG502');
    assert.deepEqual(offer!.actions.map((a) => [a.title, a.isPreferred ?? false]), [
      ['Quote the account ID', true],
      ['Disable ORG502 for this line', false],
    ]);
  });
});
