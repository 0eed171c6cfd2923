import assert from 'node:assert/strict';
import { applyFix, assertFixed, crlf, offers } from './helpers';

const header = `apiVersion: orgmanifest/v1
organization:
  featureSet: ALL
  currentFeatureSet: CONSOLIDATED_BILLING
  managementAccount: management
accounts:
  management:
    id: "111111111111"
  research:
    id: "222222222222"
    joined: invited
    administrator:
`;
const REMOVE = 'Remove `iam:CreateServiceLinkedRole`';

describe('quick fix: remove a superfluous iam:CreateServiceLinkedRole (ORG204)', () => {
  it('removes the entry\'s line from a block list, keeping the comments around it', () => {
    const before = `${header}      permissions:
        - organizations:AcceptHandshake
        # just in case
        - iam:CreateServiceLinkedRole
        - organizations:DescribeOrganization
`;
    assertFixed(applyFix(before, 'ORG204', REMOVE), before.replace('        - iam:CreateServiceLinkedRole\n', ''), 'ORG204');
  });

  it('keeps the comment that was on the removed line, where the entry was', () => {
    const before = `${header}      permissions:\n        - organizations:AcceptHandshake\n        - iam:CreateServiceLinkedRole   # asked for by the vendor\n`;
    assertFixed(
      applyFix(before, 'ORG204', REMOVE),
      before.replace('- iam:CreateServiceLinkedRole   # asked for by the vendor', '# asked for by the vendor'),
      'ORG204',
    );
  });

  it('removes the entry and its comma from a flow list, first or last', () => {
    const last = `${header}      permissions: [organizations:AcceptHandshake, iam:CreateServiceLinkedRole]   # two\n`;
    assertFixed(applyFix(last, 'ORG204'), last.replace(', iam:CreateServiceLinkedRole]', ']'), 'ORG204');
    const first = `${header}      permissions: [iam:CreateServiceLinkedRole, organizations:AcceptHandshake]\n`;
    assertFixed(applyFix(first, 'ORG204'), first.replace('iam:CreateServiceLinkedRole, ', ''), 'ORG204');
  });

  it('removes it from an Allow statement, and an Allow statement that granted only it', () => {
    const before = `${header}      policy:
        Version: "2012-10-17"
        Statement:
          - Effect: Allow
            Action: [organizations:AcceptHandshake, iam:CreateServiceLinkedRole]
            Resource: "*"
          - Sid: JustInCase     # added in 2021
            Effect: Allow
            Action: iam:CreateServiceLinkedRole
            Resource: "*"
`;
    const expected = `${header}      policy:
        Version: "2012-10-17"
        Statement:
          - Effect: Allow
            Action: [organizations:AcceptHandshake]
            Resource: "*"
          # added in 2021
`;
    assertFixed(applyFix(before, 'ORG204', REMOVE), expected, 'ORG204');
  });

  it('leaves an empty list as [] (an empty value would be a type error), in CRLF files too', () => {
    const before = crlf(`${header}      permissions:\n        - iam:CreateServiceLinkedRole\n      policy:\n        Statement:\n          - { Effect: Allow, Action: organizations:AcceptHandshake, Resource: "*" }\n`);
    assertFixed(
      applyFix(before, 'ORG204'),
      crlf(`${header}      permissions: []\n      policy:\n        Statement:\n          - { Effect: Allow, Action: organizations:AcceptHandshake, Resource: "*" }\n`),
      'ORG204',
    );
  });

  it('is the preferred fix', () => {
    const [offer] = offers(`${header}      permissions: [organizations:AcceptHandshake, iam:CreateServiceLinkedRole]\n`, 'ORG204');
    assert.deepEqual(
      offer!.actions.map((a) => [a.title, a.isPreferred ?? false]),
      [
        [REMOVE, true],
        ['Disable ORG204 for this line', false],
      ],
    );
  });
});
