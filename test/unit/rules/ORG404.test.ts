import assert from 'node:assert/strict';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { checkDiagnostics } from '../helpers/annotations';
import { checkRuleSettings, lineOf, orgHeader, relatedLines } from '../helpers/fixtures';

/** An SCP named `Guards` whose one Deny statement lists `count` actions, one per line. */
function scpWithActions(count: number, annotate = false): string {
  const actions = Array.from({ length: count }, (_, i) => `              - ec2:DeleteVpcEndpoint${String(i).padStart(4, '0')}  # long comments never count\n`).join('');
  return `${orgHeader('featureSet: ALL')}policies:
  serviceControlPolicies:
    Guards:
${annotate ? '#   ^^^^^^ ORG404\n' : ''}      targets: [Root]
      document:
        Version: "2012-10-17"
        Statement:
          - Effect: Deny
            Resource: "*"
            Action:
${actions}`;
}

/** The minified JSON of that document: the length ORG404 measures. */
function minifiedLength(count: number): number {
  const actions = Array.from({ length: count }, (_, i) => `ec2:DeleteVpcEndpoint${String(i).padStart(4, '0')}`);
  return JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Deny', Resource: '*', Action: actions }] }).length;
}

describe('ORG404 SCP document larger than the size quota', () => {
  it('fires on the SCP name over the default quota of 10,240 characters, giving both sizes', () => {
    const count = 400; // 400 × 28 characters: well over 10,240 as minified JSON
    const text = scpWithActions(count, true);
    const [d] = checkDiagnostics(text, { only: ['ORG404'] });
    assert.ok(d!.message.includes(`is ${minifiedLength(count).toLocaleString('en-US')} characters as minified JSON, over the quota of 10,240`), d!.message);
    assert.deepEqual(relatedLines(d), [lineOf(text, '      document:')]);
  });

  it('measures minified JSON exactly: at the quota is fine, one character over is not', () => {
    const size = minifiedLength(10);
    checkDiagnostics(scpWithActions(10), { only: ['ORG404'], settings: { scp: { maxSize: size } } });
    checkDiagnostics(scpWithActions(10, true), { only: ['ORG404'], settings: { scp: { maxSize: size - 1 } } });
  });

  it('does not fire under the default quota, whatever the whitespace and comments', () => {
    checkDiagnostics(scpWithActions(300), { only: ['ORG404'] });
  });

  it('measures a flow document and a Statement that is one mapping as JSON too', () => {
    const text = `${orgHeader('featureSet: ALL')}policies:
  serviceControlPolicies:
    Tiny:
#   ^^^^ ORG404
      targets: [Root]
      document: { Version: "2012-10-17", Statement: { Effect: Deny, Action: "s3:DeleteBucket", Resource: "*" } }
`;
    const size = JSON.stringify({ Version: '2012-10-17', Statement: { Effect: 'Deny', Action: 's3:DeleteBucket', Resource: '*' } }).length;
    const [d] = checkDiagnostics(text, { only: ['ORG404'], settings: { scp: { maxSize: size - 1 } } });
    assert.match(d!.message, new RegExp(`is ${size} characters`));
  });

  it('ignores a quota setting that is not a positive number', () => {
    checkDiagnostics(scpWithActions(10), { only: ['ORG404'], settings: { scp: { maxSize: -5 } } });
    checkDiagnostics(scpWithActions(10), { only: ['ORG404'], settings: { scp: { maxSize: 'small' } } });
  });

  it('honours the settings', () => {
    checkRuleSettings(scpWithActions(400, true), 'ORG404', DiagnosticSeverity.Error);
  });
});
