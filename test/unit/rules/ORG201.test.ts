import assert from 'node:assert/strict';
import { checkDiagnostics, upgradeHeader } from '../helpers/annotations';

describe('ORG201 administrator cannot accept the all-features handshake', () => {
  it('fires on an invited account whose administrator lacks organizations:AcceptHandshake', () => {
    checkDiagnostics(
      upgradeHeader(`  payments:
    id: "222222222222"
    joined: invited
    administrator:
#   ^^^^^^^^^^^^^ ORG201
      permissions: [iam:CreateServiceLinkedRole]
`),
      { only: ['ORG201'] },
    );
  });

  it('fires on the account key when there is no administrator', () => {
    checkDiagnostics(
      upgradeHeader(`  payments:
# ^^^^^^^^ ORG201
    id: "222222222222"
    joined: invited
`),
    );
  });

  it('fires on a created account whose Organizations role is deleted', () => {
    const [d] = checkDiagnostics(
      upgradeHeader(`  data:
    joined: created
    administrator:
#   ^^^^^^^^^^^^^ ORG201
      permissions: [iam:CreateServiceLinkedRole]
    serviceLinkedRoles:
      AWSServiceRoleForOrganizations: deleted
`),
    );
    assert.match(d!.message as string, /ADD_ORGANIZATIONS_SERVICE_LINKED_ROLE/);
  });

  it('does not fire for a created account with the role present, even with no administrator', () => {
    checkDiagnostics(upgradeHeader(`  data:\n    joined: created\n`));
  });

  it('accepts wildcards and any case', () => {
    for (const action of ['organizations:*', 'Organizations:acceptHANDSHAKE', 'organizations:Accept*', 'organizations:AcceptHandshak?', '"*"']) {
      checkDiagnostics(upgradeHeader(`  payments:\n    id: "222222222222"\n    joined: invited\n    administrator:\n      permissions: [${action}]\n`));
    }
  });

  it('fires when a Deny beats the Allow, naming the Deny in relatedInformation and data', () => {
    const [d] = checkDiagnostics(
      upgradeHeader(`  payments:
    id: "222222222222"
    joined: invited
    administrator:
#   ^^^^^^^^^^^^^ ORG201
      permissions: [organizations:*]
      policy:
        Version: "2012-10-17"
        Statement:
          - Effect: Deny
            Action: organizations:Accept*
            Resource: "*"
`),
    );
    assert.ok(d!.relatedInformation?.some((r) => /Deny/.test(r.message) && r.location.range.start.line === 18));
    assert.deepEqual((d!.data as { deniedBy: { action: string }[] }).deniedBy.map((x) => x.action), ['organizations:Accept*']);
  });

  it('honours NotAction in Allow and in Deny', () => {
    // Allow everything but IAM: AcceptHandshake is allowed.
    checkDiagnostics(
      upgradeHeader(`  payments:
    id: "222222222222"
    joined: invited
    administrator:
      policy:
        Statement:
          - { Effect: Allow, NotAction: "iam:*", Resource: "*" }
`),
    );
    // Deny everything but IAM: AcceptHandshake is denied.
    checkDiagnostics(
      upgradeHeader(`  payments:
    id: "222222222222"
    joined: invited
    administrator:
#   ^^^^^^^^^^^^^ ORG201
      permissions: ["*"]
      policy:
        Statement:
          - { Effect: Deny, NotAction: "iam:*", Resource: "*" }
`),
    );
  });

  it('does not fire once the approval handshake was accepted', () => {
    checkDiagnostics(
      upgradeHeader(`  payments:
    id: "222222222222"
    joined: invited
handshakes:
  - { type: APPROVE_ALL_FEATURES, account: payments, state: ACCEPTED }
`),
    );
  });

  it('still fires while the approval handshake is only open', () => {
    checkDiagnostics(
      upgradeHeader(`  payments:
# ^^^^^^^^ ORG201
    id: "222222222222"
    joined: invited
handshakes:
  - { type: APPROVE_ALL_FEATURES, account: payments, state: OPEN }
`),
    );
  });

  it('does not apply when no upgrade is planned', () => {
    for (const sets of ['featureSet: ALL', 'featureSet: CONSOLIDATED_BILLING', 'featureSet: ALL\n  currentFeatureSet: ALL']) {
      checkDiagnostics(`apiVersion: orgmanifest/v1
organization:
  ${sets}
  managementAccount: management
accounts:
  management: { id: "111111111111" }
  payments: { id: "222222222222", joined: invited }
`);
    }
  });

  it('never checks the management account', () => {
    checkDiagnostics(upgradeHeader().replace('    id: "111111111111"\n', '    id: "111111111111"\n    joined: invited\n'));
  });

  it('points relatedInformation at the featureSet that plans the upgrade', () => {
    const [d] = checkDiagnostics(upgradeHeader(`  payments:\n# ^^^^^^^^ ORG201\n    id: "222222222222"\n    joined: invited\n`));
    assert.ok(d!.relatedInformation?.some((r) => r.location.range.start.line === 2));
    assert.deepEqual(d!.data, { kind: 'addPermissions', account: 'payments', actions: ['organizations:AcceptHandshake'] });
  });

  it('evaluates an iam:AWSServiceName condition against organizations.amazonaws.com for AcceptHandshake too', () => {
    const scoped = (service: string) =>
      upgradeHeader(`  payments:
    id: "222222222222"
    joined: invited
    administrator:
      policy:
        Statement:
          - Effect: Allow
            Action: organizations:AcceptHandshake
            Resource: "*"
            Condition: { StringEquals: { iam:AWSServiceName: ${service} } }
`);
    checkDiagnostics(scoped('organizations.amazonaws.com'));
    checkDiagnostics(scoped('sso.amazonaws.com').replace('    administrator:\n', '    administrator:\n#   ^^^^^^^^^^^^^ ORG201\n'));
  });

  it('respects a Resource that cannot be the handshake', () => {
    checkDiagnostics(
      upgradeHeader(`  payments:
    id: "222222222222"
    joined: invited
    administrator:
#   ^^^^^^^^^^^^^ ORG201
      policy:
        Statement:
          - Effect: Allow
            Action: organizations:AcceptHandshake
            Resource: "arn:aws:organizations::*:handshake/*/invite/*"
`),
    );
    checkDiagnostics(
      upgradeHeader(`  payments:
    id: "222222222222"
    joined: invited
    administrator:
      policy:
        Statement:
          - Effect: Allow
            Action: organizations:AcceptHandshake
            Resource: "arn:aws:organizations::*:handshake/*/approve_all_features/*"
`),
    );
  });
});
