import assert from 'node:assert/strict';
import { applyFix, assertFixed, crlf, offers } from './helpers';

const org = (organization: string, rest = '') => `apiVersion: orgmanifest/v1
organization:
${organization}
accounts:
  management:
    id: "111111111111"
  payments:
    id: "222222222222"
    joined: created
${rest}`;

describe('quick fix: Change to <closest> (did-you-mean)', () => {
  it('replaces a misspelt key (ORG002), keeping the value and the comment', () => {
    const before = org('  featureSet: ALL\n  managementAcount: management   # the payer');
    assertFixed(applyFix(before, 'ORG002', 'Change to `managementAccount`'), before.replace('managementAcount', 'managementAccount'), 'ORG002');
  });

  it('replaces a bad enum value (ORG002) in its quotes', () => {
    const before = org(`  featureSet: "all"\n  managementAccount: management`);
    assertFixed(applyFix(before, 'ORG002', 'Change to `ALL`'), before.replace('"all"', '"ALL"'), 'ORG002');
  });

  it('replaces an unknown service-linked role name (ORG104) and a management-account typo (ORG504)', () => {
    const role = org('  featureSet: ALL\n  managementAccount: management', '    serviceLinkedRoles: { AWSServiceRoleForOrganisations: present }\n');
    assertFixed(applyFix(role, 'ORG104'), role.replace('Organisations', 'Organizations'), 'ORG104');
    const management = crlf(org('  featureSet: ALL\n  managementAccount: managment'));
    assertFixed(applyFix(management, 'ORG504', 'Change to `management`'), management.replace('managment', 'management'), 'ORG504');
  });

  it('replaces an unknown service principal (ORG301)', () => {
    const before = org('  featureSet: ALL\n  managementAccount: management', '').concat('trustedAccess:\n  sso.amazonaws.co: {}\n');
    assertFixed(applyFix(before, 'ORG301', 'Change to `sso.amazonaws.com`'), before.replace('sso.amazonaws.co:', 'sso.amazonaws.com:'), 'ORG301');
  });

  it('prefers the best candidate only when it is a clear winner, and offers every candidate', () => {
    const clear = org('  featureSet: ALL\n  managementAccount: management').replace('joined: created', 'joined: creatd');
    assert.deepEqual(
      offers(clear, 'ORG002')[0]!.actions.map((a) => [a.title, a.isPreferred ?? false]),
      [
        ['Change to `created`', true],
        ['Disable ORG002 for this line', false],
      ],
    );
    const tie = `apiVersion: orgmanifest/v1
organization:
  featureSet: ALL
  managementAccount: payer3
accounts:
  payer1: { id: "111111111111" }
  payer2: { id: "222222222222", joined: created }
`;
    assert.deepEqual(
      offers(tie, 'ORG504')[0]!.actions.map((a) => [a.title, a.isPreferred ?? false]),
      [
        ['Change to `payer1`', false],
        ['Change to `payer2`', false],
        ['Disable ORG504 for this line', false],
      ],
    );
  });
});
