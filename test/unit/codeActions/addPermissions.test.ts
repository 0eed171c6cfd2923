import assert from 'node:assert/strict';
import { applyFix, assertFixed, codesOf, crlf, offers } from './helpers';

/** An organization planning the move to all features, with `accounts` at `indent` spaces. */
function upgrade(accounts: string, unit = 2): string {
  const pad = ' '.repeat(unit);
  return `apiVersion: orgmanifest/v1
organization:
${pad}featureSet: ALL
${pad}currentFeatureSet: CONSOLIDATED_BILLING
${pad}managementAccount: management
accounts:
${pad}management:
${pad}${pad}id: "111111111111"
${accounts}`;
}

const ACCEPT = 'Add `organizations:AcceptHandshake`';

describe('quick fix: add a missing handshake permission (ORG201, ORG202)', () => {
  it('appends to a block permissions list after its last entry, keeping comments on and between lines', () => {
    const before = upgrade(`  payments:          # the card team
    id: "222222222222"
    joined: invited
    administrator:
      permissions:
        # read-only today
        - organizations:DescribeOrganization   # console
      # next account below
  other:
    id: "333333333333"
    joined: created
`);
    assertFixed(
      applyFix(before, 'ORG201', ACCEPT),
      before.replace('# console\n', '# console\n        - organizations:AcceptHandshake\n'),
      'ORG201',
    );
  });

  it('appends to a flow list, before its closing bracket and trailing comment', () => {
    const before = upgrade(`  payments:
    id: "222222222222"
    joined: invited
    administrator:
      permissions: [organizations:DescribeOrganization, "organizations:List*"]  # read-only
`);
    assertFixed(
      applyFix(before, 'ORG201', ACCEPT),
      before.replace('"organizations:List*"]', '"organizations:List*", "organizations:AcceptHandshake"]'),
      'ORG201',
    );
  });

  it('fills an empty flow list', () => {
    const before = upgrade(`  payments:\n    id: "222222222222"\n    joined: invited\n    administrator: { permissions: [] }\n`);
    assertFixed(applyFix(before, 'ORG201'), before.replace('[]', '[organizations:AcceptHandshake]'), 'ORG201');
  });

  it('creates administrator.permissions at the account\'s indentation (4 spaces) when there is no administrator', () => {
    const before = upgrade(
      `    payments:
        id: "222222222222"
        joined: invited   # agreed by email

    # Created accounts below.
    data:
        joined: created
`,
      4,
    );
    const expected = before.replace(
      '# agreed by email\n',
      '# agreed by email\n        administrator:\n            permissions:\n                - organizations:AcceptHandshake\n',
    );
    assertFixed(applyFix(before, 'ORG201', ACCEPT), expected, 'ORG201');
  });

  it('writes the new list in the file\'s style: flow lists, indentless block sequences', () => {
    const flow = upgrade(`  a:\n    id: "222222222222"\n    joined: created\n    administrator:\n      permissions: [iam:ListRoles]\n  payments:\n    id: "333333333333"\n    joined: invited\n`);
    assertFixed(
      applyFix(flow, 'ORG201'),
      `${flow}    administrator:\n      permissions: [organizations:AcceptHandshake]\n`,
      'ORG201',
    );
    const indentless = upgrade(`  a:\n    id: "222222222222"\n    joined: created\n    administrator:\n      permissions:\n      - iam:ListRoles\n  payments:\n    id: "333333333333"\n    joined: invited\n`);
    assertFixed(
      applyFix(indentless, 'ORG201'),
      `${indentless}    administrator:\n      permissions:\n      - organizations:AcceptHandshake\n`,
      'ORG201',
    );
  });

  it('adds administrator inside the braces of a flow-style account', () => {
    const before = upgrade(`  payments: { id: "222222222222", joined: invited }   # flow style\n`);
    assertFixed(
      applyFix(before, 'ORG201'),
      upgrade(`  payments: { id: "222222222222", joined: invited, administrator: { permissions: [organizations:AcceptHandshake] } }   # flow style\n`),
      'ORG201',
    );
  });

  it('adds permissions to an administrator that has neither permissions nor policy', () => {
    const before = upgrade(`  payments:\n    id: "222222222222"\n    joined: invited\n    administrator: {}\n`);
    assertFixed(applyFix(before, 'ORG201'), before.replace('{}', '{ permissions: [organizations:AcceptHandshake] }'), 'ORG201');
  });

  it('with only a policy, adds the action to an Allow statement that allows it (a single Action becomes a list)', () => {
    const before = upgrade(`  payments:
    id: "222222222222"
    joined: invited
    administrator:
      policy:
        Version: "2012-10-17"
        Statement:
          - Effect: Allow
            NotAction: ["iam:*", "organizations:*"]
            Resource: "*"
          - Effect: Allow
            Action: organizations:DescribeOrganization   # read only
            Resource: "*"
`);
    assertFixed(
      applyFix(before, 'ORG201', ACCEPT),
      before.replace('Action: organizations:DescribeOrganization', 'Action: [organizations:DescribeOrganization, organizations:AcceptHandshake]'),
      'ORG201',
    );
  });

  it('with only a policy whose Allow statements cannot allow it, appends an Allow statement on Resource "*"', () => {
    const before = upgrade(`  payments:
    id: "222222222222"
    joined: invited
    administrator:
      policy:
        Version: "2012-10-17"
        Statement:
          - Sid: OnlyRoles
            Effect: Allow
            Action: [iam:*]
            Resource: arn:aws:iam::*:role/*
`);
    const expected = `${before}          - Effect: Allow\n            Action: organizations:AcceptHandshake\n            Resource: "*"\n`;
    assertFixed(applyFix(before, 'ORG201', ACCEPT), expected, 'ORG201');
  });

  it('writes iam:CreateServiceLinkedRole (ORG202) in its canonical case', () => {
    const before = upgrade(`  data:
    joined: created
    administrator:
      permissions:
        - organizations:accepthandshake
    serviceLinkedRoles:
      AWSServiceRoleForOrganizations: deleted
`);
    assertFixed(
      applyFix(before, 'ORG202', 'Add `iam:CreateServiceLinkedRole`'),
      before.replace('- organizations:accepthandshake\n', '- organizations:accepthandshake\n        - iam:CreateServiceLinkedRole\n'),
      'ORG202',
    );
  });

  it('keeps CRLF line endings', () => {
    const before = crlf(upgrade(`  payments:\n    id: "222222222222"\n    joined: invited\n`));
    const fixed = applyFix(before, 'ORG201');
    assertFixed(fixed, `${before}    administrator:\r\n      permissions:\r\n        - organizations:AcceptHandshake\r\n`, 'ORG201');
    assert.ok(!/[^\r]\n/.test(fixed), 'a bare LF was inserted');
  });

  it('marks the add fix preferred, and offers it on the account key when there is no administrator', () => {
    const [offer] = offers(upgrade(`  payments:\n    id: "222222222222"\n    joined: invited\n`), 'ORG201');
    assert.deepEqual(
      offer!.actions.map((a) => [a.title, a.kind, a.isPreferred ?? false]),
      [
        [ACCEPT, 'quickfix', true],
        ['Disable ORG201 for this line', 'quickfix', false],
      ],
    );
  });
});

describe('quick fix: a Deny blocks the permission (ORG201, ORG202)', () => {
  const denied = (deny: string, allow = '          - Effect: Allow\n            Action: organizations:*\n            Resource: "*"\n') =>
    upgrade(`  payments:
    id: "222222222222"
    joined: invited
    administrator:
      policy:
        Version: "2012-10-17"
        Statement:
${allow}${deny}`);

  it('removes the action from the Deny\'s list (preferred); adding it alone is not offered, since the Deny would still win', () => {
    const before = denied(`          - Sid: StayHere   # guardrail
            Effect: Deny
            Action:
              - organizations:AcceptHandshake   # keep us in
              - organizations:LeaveOrganization
            Resource: "*"
`);
    const [offer] = offers(before, 'ORG201');
    assert.deepEqual(
      offer!.actions.map((a) => [a.title, a.isPreferred ?? false]),
      [
        ['Remove `organizations:AcceptHandshake` from the `Deny`', true],
        ['Disable ORG201 for this line', false],
      ],
    );
    // The entry goes; its comment stays, where the entry was.
    assertFixed(
      applyFix(before, 'ORG201'),
      before.replace('              - organizations:AcceptHandshake   # keep us in\n', '              # keep us in\n'),
      'ORG201',
    );
  });

  it('removes a Deny statement that denies only that action, and allows the action when nothing else does', () => {
    const before = denied(
      `          - Effect: Deny
            Action: organizations:AcceptHandshake
            Resource: "*"
`,
      '          - Effect: Allow\n            Action: [organizations:Describe*]\n            Resource: "*"\n',
    );
    const fixed = applyFix(before, 'ORG201', 'Remove `organizations:AcceptHandshake` from the `Deny` and allow it');
    assertFixed(
      fixed,
      denied('', '          - Effect: Allow\n            Action: [organizations:Describe*, organizations:AcceptHandshake]\n            Resource: "*"\n'),
      'ORG201',
    );
  });

  it('excludes the action from a NotAction Deny', () => {
    const before = denied(`          - Effect: Deny\n            NotAction: [s3:*]\n            Resource: "*"\n`);
    assertFixed(
      applyFix(before, 'ORG201', 'Exclude `organizations:AcceptHandshake` from the `Deny`'),
      before.replace('NotAction: [s3:*]', 'NotAction: [s3:*, organizations:AcceptHandshake]'),
      'ORG201',
    );
  });

  it('offers removing a wildcard Deny entry, but does not prefer it: it takes away more than the handshake', () => {
    const before = denied(`          - Effect: Deny\n            Action: [organizations:*, s3:DeleteBucket]\n            Resource: "*"\n`);
    const [offer] = offers(before, 'ORG201');
    const remove = offer!.actions.find((a) => a.title === 'Remove `organizations:*` from the `Deny`');
    assert.ok(remove && !remove.isPreferred, offer!.actions.map((a) => a.title).join(' | '));
    assert.ok(!codesOf(applyFix(before, 'ORG201', remove.title)).includes('ORG201'));
  });
});
