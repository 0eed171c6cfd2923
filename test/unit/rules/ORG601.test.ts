import assert from 'node:assert/strict';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { checkDiagnostics } from '../helpers/annotations';
import { checkRuleSettings, orgHeader } from '../helpers/fixtures';

/** A member account whose administrator has `permissions` written as given. */
const permissions = (lines: string) => orgHeader('featureSet: ALL', `  payments:\n    id: "222222222222"\n    joined: created\n    administrator:\n      permissions:\n${lines}`);

const malformed = permissions(`        - organizations AcceptHandshake
#         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ ORG601
        - iam::CreateServiceLinkedRole
#         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^ ORG601
        - DescribeOrganization
#         ^^^^^^^^^^^^^^^^^^^^ ORG601
        - ""
#         ^^ ORG601
        - "organizations:"
#         ^^^^^^^^^^^^^^^^ ORG601
        - s3:Get/Object
#         ^^^^^^^^^^^^^ ORG601
`);

describe('ORG601 malformed IAM action', () => {
  it('fires on the action string, saying what is wrong, and only ORG601 (not ORG602)', () => {
    const diagnostics = checkDiagnostics(malformed);
    const messages = diagnostics.map((d) => d.message);
    assert.match(messages[0]!, /^`organizations AcceptHandshake` contains a space\. IAM actions are written `service:Action`/);
    assert.match(messages[1]!, /^`iam::CreateServiceLinkedRole` has 2 colons/);
    assert.match(messages[2]!, /^`DescribeOrganization` has no service prefix\./);
    assert.match(messages[3]!, /^This action is empty\./);
    assert.match(messages[4]!, /^`organizations:` has no action name after the colon\./);
    assert.match(messages[5]!, /^`s3:Get\/Object` contains `\/`, which no IAM action has\./);
  });

  it('checks Action and NotAction of administrator, deployer and SCP policies', () => {
    checkDiagnostics(`${orgHeader('featureSet: ALL', `  payments:
    id: "222222222222"
    joined: created
    administrator:
      policy:
        Statement:
          - { Effect: Allow, Action: "iam CreateRole", Resource: "*" }
#                                    ^^^^^^^^^^^^^^^^ ORG601
`)}policies:
  serviceControlPolicies:
    Guard:
      targets: [Root]
      document:
        Statement:
          - Effect: Deny
            NotAction: [ec2:Describe*, "s3:*:*"]
#                                      ^^^^^^^^ ORG601
            Resource: "*"
deployer:
  permissions: [":EnableAWSServiceAccess"]
#               ^^^^^^^^^^^^^^^^^^^^^^^^^ ORG601
`, { only: ['ORG601', 'ORG602'] });
  });

  it('accepts *, wildcards, any case and the hyphen some actions have', () => {
    checkDiagnostics(
      permissions(`        - "*"
        - organizations:*
        - ORGANIZATIONS:describeorganization
        - iam:Create*
        - s3:Get?bject
        - "*:Describe*"
        - vpc-lattice:AssociateViaAWSService-EventsAndStates
`),
    );
  });

  it('honours the settings', () => {
    checkRuleSettings(malformed, 'ORG601', DiagnosticSeverity.Error);
  });
});
