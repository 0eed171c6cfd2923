import assert from 'node:assert/strict';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { checkDiagnostics } from '../helpers/annotations';
import { checkRuleSettings, orgHeader } from '../helpers/fixtures';

const permissions = (lines: string) => orgHeader('featureSet: ALL', `  payments:\n    id: "222222222222"\n    joined: created\n    administrator:\n      permissions:\n${lines}`);

const unknown = permissions(`        - organizations:AcceptHandshakes
#         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ ORG602
        - organisations:DescribeOrganization
#         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ ORG602
        - iam:Craete*
#         ^^^^^^^^^^^ ORG602
`);

describe('ORG602 unknown IAM action or service prefix', () => {
  it('fires on an unknown action of a known prefix, with did-you-mean in canonical case', () => {
    const [action, prefix, pattern] = checkDiagnostics(unknown);
    assert.match(action!.message, /^`organizations:AcceptHandshakes` is not an action of AWS Organizations \(`organizations`\).*Did you mean `organizations:AcceptHandshake`\?$/);
    assert.equal((action!.data as { candidates: string[] }).candidates[0], 'organizations:AcceptHandshake');
    assert.match(prefix!.message, /^`organisations` is not the IAM prefix of any AWS service.*Did you mean `organizations:DescribeOrganization`\?$/);
    assert.deepEqual(prefix!.data, { kind: 'replaceWith', candidates: ['organizations:DescribeOrganization'] });
    assert.match(pattern!.message, /^`iam:Craete\*` matches no action of AWS Identity and Access Management \(IAM\) \(`iam`\)/);
    assert.equal(pattern!.data, undefined);
  });

  it('suggests the canonical spelling whatever the case written', () => {
    const [d] = checkDiagnostics(permissions('        - ORGANIZATIONS:enableawsserviceacess\n#         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ ORG602\n'));
    assert.deepEqual((d!.data as { candidates: string[] }).candidates[0], 'organizations:EnableAWSServiceAccess');
  });

  it('fires on a prefix pattern that matches nothing, and on an unknown prefix with a wildcard action', () => {
    checkDiagnostics(permissions('        - "nosuch*:Get*"\n#         ^^^^^^^^^^^^^^ ORG602\n        - organisation:List*\n#         ^^^^^^^^^^^^^^^^^^ ORG602\n'));
  });

  it('checks every place actions appear: Deny statements, NotAction, SCPs and the deployer', () => {
    checkDiagnostics(`${orgHeader('featureSet: ALL')}policies:
  serviceControlPolicies:
    Guard:
      targets: [Root]
      document:
        Statement:
          - Effect: Deny
            NotAction: [ec2:DescribeRegion]
#                       ^^^^^^^^^^^^^^^^^^ ORG602
            Resource: "*"
deployer:
  policy:
    Statement:
      - { Effect: Allow, Action: organizations:EnableAWSServicesAccess, Resource: "*" }
#                                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ ORG602
`, { only: ['ORG601', 'ORG602'] });
  });

  it('accepts known actions in any case, wildcards that match, * alone, and leaves malformed ones to ORG601', () => {
    checkDiagnostics(
      permissions(`        - organizations:AcceptHandshake
        - ORGANIZATIONS:describeorganization
        - organizations:*Handshake*
        - iam:Creat*
        - "*"
        - "*:DescribeRegions"
        - s3:ListAllMyBuckets
`),
    );
    checkDiagnostics(permissions('        - organisations AcceptHandshake\n'), { only: ['ORG602'] });
  });

  it('knows every action of the example manifest', () => {
    // Each prefix the example's SCP exempts, as a pattern that must match something.
    const prefixes = ['iam', 'organizations', 'sts', 'support', 'cloudfront', 'route53', 'budgets', 'ce', 'health', 'globalaccelerator', 'waf', 'wafv2', 'shield', 'glue', 's3'];
    checkDiagnostics(permissions(prefixes.map((p) => `        - ${p}:*\n`).join('') + '        - ec2:DescribeRegions\n'));
  });

  it('honours the settings', () => {
    checkRuleSettings(unknown, 'ORG602', DiagnosticSeverity.Warning);
  });
});
