import assert from 'node:assert/strict';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { checkDiagnostics } from '../helpers/annotations';
import { checkRuleSettings, lineOf, orgHeader, relatedLines } from '../helpers/fixtures';

/** An SCP whose one Deny statement carries `condition` (lines indented for the statement). */
const scpWith = (condition: string) => `${orgHeader('featureSet: ALL')}policies:
  serviceControlPolicies:
    ProtectLogs:
      targets: [Root]
      document:
        Version: "2012-10-17"
        Statement:
          - Effect: Deny
            Action: logs:DeleteLogGroup
            Resource: "*"
${condition}`;

const slrOnly = scpWith(`            Condition:
#           ^^^^^^^^^ ORG402
              ArnLike:
                aws:PrincipalArn: arn:aws:iam::*:role/aws-service-role/*
`);

describe('ORG402 SCP statement aimed only at service-linked roles has no effect', () => {
  it('fires on the Condition key, naming the clause that limits it', () => {
    const [d] = checkDiagnostics(slrOnly);
    assert.match(d!.message, /SCP `ProtectLogs` applies only to service-linked roles \(its `ArnLike` on `aws:PrincipalArn`/);
    assert.deepEqual(relatedLines(d), [lineOf(slrOnly, 'aws:PrincipalArn')]);
  });

  it('fires for StringLike, StringEquals and ArnEquals, role names and any case of the key, with every value a service-linked role', () => {
    for (const [operator, values] of [
      ['StringLike', '"arn:aws:iam::*:role/aws-service-role/*"'],
      ['StringEquals', '[arn:aws:iam::111111111111:role/aws-service-role/sso.amazonaws.com/AWSServiceRoleForSSO]'],
      ['ArnEquals', '"arn:aws:iam::*:role/*/AWSServiceRoleForConfig"'],
      ['ForAnyValue:ArnLikeIfExists', '["arn:aws:iam::*:role/AWSServiceRoleFor*", "arn:aws:iam::*:role/aws-service-role/*"]'],
    ]) {
      checkDiagnostics(scpWith(`            Condition:\n#           ^^^^^^^^^ ORG402\n              ${operator}:\n                AWS:principalarn: ${values}\n`));
    }
  });

  it('fires when another clause narrows the statement further (all clauses must hold)', () => {
    checkDiagnostics(
      scpWith(`            Condition:
#           ^^^^^^^^^ ORG402
              StringEquals: { aws:RequestedRegion: eu-west-1 }
              ArnLike: { aws:PrincipalArn: "arn:aws:iam::*:role/aws-service-role/*" }
`),
    );
  });

  it('does not fire for exemptions, mixed principals, other keys or statements without conditions', () => {
    checkDiagnostics(scpWith('            Condition:\n              ArnNotLike:\n                aws:PrincipalArn: arn:aws:iam::*:role/aws-service-role/*\n'));
    checkDiagnostics(scpWith('            Condition:\n              ArnLike:\n                aws:PrincipalArn: [arn:aws:iam::*:role/aws-service-role/*, arn:aws:iam::*:role/LogAdmin]\n'));
    checkDiagnostics(scpWith('            Condition:\n              StringLike:\n                aws:userid: "*:AWSServiceRoleForConfig"\n'));
    checkDiagnostics(scpWith('            Condition:\n              ArnLike:\n                aws:PrincipalArn: []\n'), { only: ['ORG402'] });
    checkDiagnostics(scpWith(''));
  });

  it('looks only at SCPs: an administrator policy is not restricted by this', () => {
    const admin = `${orgHeader('featureSet: ALL', `  payments:
    id: "222222222222"
    joined: created
    administrator:
      policy:
        Version: "2012-10-17"
        Statement:
          - Effect: Allow
            Action: logs:DeleteLogGroup
            Resource: "*"
            Condition:
              ArnLike: { aws:PrincipalArn: "arn:aws:iam::*:role/aws-service-role/*" }
`)}`;
    checkDiagnostics(admin);
  });

  it('honours the settings', () => {
    checkRuleSettings(slrOnly, 'ORG402', DiagnosticSeverity.Warning);
  });
});
