import assert from 'node:assert/strict';
import { applyFix, assertFixed, crlf, offers } from './helpers';

function org(featureSets: string, account: string): string {
  return `apiVersion: orgmanifest/v1
organization:
  ${featureSets}
  managementAccount: management
accounts:
  management:
    id: "111111111111"
  data:
    id: "222222222222"
    joined: created
${account}`;
}

describe('quick fix: Restore a deleted service-linked role (ORG101, ORG102, ORG103)', () => {
  it('sets the Organizations role back to present (ORG101), keeping the comment after it', () => {
    const before = org('featureSet: ALL', '    serviceLinkedRoles:\n      AWSServiceRoleForOrganizations: deleted   # 2023 clean-up\n');
    assertFixed(applyFix(before, 'ORG101', 'Restore'), before.replace(': deleted', ': present'), 'ORG101');
  });

  it('keeps the quotes and the flow style the value is written in', () => {
    const before = org('featureSet: ALL', `    serviceLinkedRoles: { AWSServiceRoleForOrganizations: 'deleted' }\n`);
    assertFixed(applyFix(before, 'ORG101'), before.replace(`'deleted'`, `'present'`), 'ORG101');
    const double = crlf(org('featureSet: ALL', '    serviceLinkedRoles:\n      AWSServiceRoleForOrganizations: "deleted"\n'));
    assertFixed(applyFix(double, 'ORG101'), double.replace('"deleted"', '"present"'), 'ORG101');
  });

  it('restores an enabled trusted service\'s role (ORG103)', () => {
    const before = `${org('featureSet: ALL', '    serviceLinkedRoles:\n      AWSServiceRoleForSSO: deleted\n')}trustedAccess:\n  sso.amazonaws.com: {}\n`;
    assertFixed(applyFix(before, 'ORG103', 'Restore'), before.replace('AWSServiceRoleForSSO: deleted', 'AWSServiceRoleForSSO: present'), 'ORG103');
  });

  it('is preferred for every rule, and offered for ORG102 too (where the deletion is allowed)', () => {
    const before = org('featureSet: CONSOLIDATED_BILLING', '    serviceLinkedRoles:\n      AWSServiceRoleForOrganizations: deleted\n');
    const [offer] = offers(before, 'ORG102');
    assert.deepEqual(
      offer!.actions.map((a) => [a.title, a.isPreferred ?? false]),
      [
        ['Restore', true],
        ['Disable ORG102 for this line', false],
      ],
    );
    assertFixed(applyFix(before, 'ORG102'), before.replace(': deleted', ': present'), 'ORG102');
  });
});
