import assert from 'node:assert/strict';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { checkDiagnostics, upgradeHeader } from '../helpers/annotations';
import { checkRuleSettings, lineOf, orgHeader, relatedLines } from '../helpers/fixtures';

/** An account whose Organizations role is deleted, then `rest` (its administrator). */
const deletedRole = (joined: string, rest: string) => `  payments:
    id: "222222222222"
    joined: ${joined}
    serviceLinkedRoles: { AWSServiceRoleForOrganizations: deleted }
${rest}`;

const lacking = upgradeHeader(
  deletedRole(
    'invited',
    `    administrator:
#   ^^^^^^^^^^^^^ ORG202
      permissions: [organizations:AcceptHandshake]
`,
  ),
);

describe('ORG202 administrator cannot re-create the Organizations role', () => {
  it('fires on the administrator key, naming the deleted role and the featureSet, with the add intent', () => {
    const [d] = checkDiagnostics(lacking);
    assert.match(d!.message, /deleted in account `payments`.*needs `iam:CreateServiceLinkedRole`.*Add `iam:CreateServiceLinkedRole` to `administrator\.permissions`/);
    assert.deepEqual(relatedLines(d), [lineOf(lacking, 'serviceLinkedRoles'), 2]);
    assert.deepEqual(d!.data, { kind: 'addPermissions', account: 'payments', actions: ['iam:CreateServiceLinkedRole'] });
  });

  it('fires on the account key for a created account without administrator (with ORG201: two missing permissions)', () => {
    checkDiagnostics(upgradeHeader(deletedRole('created', '').replace('  payments:\n', '  payments:\n# ^^^^^^^^ ORG201, ORG202\n')));
  });

  it('accepts wildcards, any case, and a Resource or condition scoped to the role', () => {
    for (const action of ['iam:*', 'IAM:createservicelinkedrole', 'iam:Create*', 'iam:CreateServiceLinked????', '"*"']) {
      checkDiagnostics(upgradeHeader(deletedRole('invited', `    administrator: { permissions: [organizations:AcceptHandshake, ${action}] }\n`)));
    }
    checkDiagnostics(
      upgradeHeader(
        deletedRole(
          'created',
          `    administrator:
      permissions: [organizations:AcceptHandshake]
      policy:
        Statement:
          - Effect: Allow
            Action: iam:CreateServiceLinkedRole
            Resource: arn:aws:iam::222222222222:role/aws-service-role/organizations.amazonaws.com/AWSServiceRoleForOrganizations
            Condition: { StringLike: { iam:AWSServiceName: organizations.* } }
`,
        ),
      ),
    );
  });

  it('fires when Resource or the iam:AWSServiceName condition is for another role', () => {
    for (const scope of [
      'Resource: arn:aws:iam::*:role/aws-service-role/sso.amazonaws.com/*',
      'Resource: "*"\n            Condition: { StringEquals: { iam:AWSServiceName: sso.amazonaws.com } }',
    ]) {
      checkDiagnostics(
        upgradeHeader(
          deletedRole(
            'invited',
            `    administrator:
#   ^^^^^^^^^^^^^ ORG202
      permissions: [organizations:AcceptHandshake]
      policy:
        Statement:
          - Effect: Allow
            Action: iam:CreateServiceLinkedRole
            ${scope}
`,
          ),
        ),
      );
    }
  });

  it('fires when a Deny beats the Allow, naming the Deny', () => {
    const text = upgradeHeader(
      deletedRole(
        'invited',
        `    administrator:
#   ^^^^^^^^^^^^^ ORG202
      permissions: [organizations:AcceptHandshake, iam:*]
      policy:
        Statement:
          - { Effect: Deny, Action: "iam:Create*", Resource: "*" }
`,
      ),
    );
    const [d] = checkDiagnostics(text);
    assert.match(d!.message, /denied `iam:CreateServiceLinkedRole` by a `Deny` statement\. Remove the action from that `Deny`/);
    assert.ok(relatedLines(d).includes(lineOf(text, 'Effect: Deny')));
    assert.deepEqual((d!.data as { deniedBy: { action: string }[] }).deniedBy.map((x) => x.action), ['iam:Create*']);
  });

  it('honours NotAction', () => {
    checkDiagnostics(
      upgradeHeader(
        deletedRole('invited', `    administrator:\n      policy:\n        Statement:\n          - { Effect: Allow, NotAction: "s3:*", Resource: "*" }\n`),
      ),
    );
    checkDiagnostics(
      upgradeHeader(
        deletedRole(
          'invited',
          `    administrator:
#   ^^^^^^^^^^^^^ ORG202
      permissions: ["*"]
      policy:
        Statement:
          - { Effect: Deny, NotAction: "organizations:*", Resource: "*" }
`,
        ),
      ),
    );
  });

  it('does not fire once the approval is accepted, or without a planned upgrade, or for the management account', () => {
    checkDiagnostics(
      upgradeHeader(deletedRole('invited', 'handshakes:\n  - { type: APPROVE_ALL_FEATURES, account: payments, state: ACCEPTED }\n')),
    );
    checkDiagnostics(
      upgradeHeader(deletedRole('created', 'handshakes:\n  - { type: ADD_ORGANIZATIONS_SERVICE_LINKED_ROLE, account: payments, state: ACCEPTED }\n')),
    );
    checkDiagnostics(orgHeader('featureSet: CONSOLIDATED_BILLING', deletedRole('invited', '')), { only: ['ORG202'] });
    checkDiagnostics(
      upgradeHeader().replace('    id: "111111111111"\n', '    id: "111111111111"\n    serviceLinkedRoles: { AWSServiceRoleForOrganizations: deleted }\n'),
    );
  });

  it('still fires while the approval is only open', () => {
    checkDiagnostics(
      upgradeHeader(
        deletedRole('invited', 'handshakes:\n  - { type: APPROVE_ALL_FEATURES, account: payments, state: OPEN }\n').replace(
          '  payments:\n',
          '  payments:\n# ^^^^^^^^ ORG201, ORG202\n',
        ),
      ),
    );
  });

  it('honours the settings', () => {
    checkRuleSettings(lacking, 'ORG202', DiagnosticSeverity.Error);
  });
});
