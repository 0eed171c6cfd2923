import assert from 'node:assert/strict';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { checkDiagnostics } from '../helpers/annotations';
import { checkRuleSettings, lineOf, orgHeader, relatedLines } from '../helpers/fixtures';

const HEAD = `${orgHeader('featureSet: ALL', '  payments: { id: "222222222222", joined: created }\n').replace('accounts:', 'organizationalUnits:\n  Workloads: {}\naccounts:')}policies:
  serviceControlPolicies:
`;

/** SCP `Guard<n>` on one line, `targets` as given (the targets list starts at column 18 + digits). */
const guard = (n: number, targets = '[Workloads]') =>
  `    Guard${n}: { targets: ${targets}, document: { Version: "2012-10-17", Statement: [{ Effect: Deny, Action: "s3:DeleteBucket", Resource: "*" }] } }\n`;

/** Guard1 … Guard<count>, each on Workloads; those past `over` annotated (FullAWSAccess + n > quota). */
function guards(count: number, firstOver: number, targets = '[Workloads]'): string {
  let text = HEAD;
  for (let n = 1; n <= count; n++) {
    text += guard(n, targets);
    const column = `    Guard${n}: { targets: [`.length;
    if (n >= firstOver) text += `#${' '.repeat(column - 1)}${'^'.repeat('Workloads'.length)} ORG405\n`;
  }
  return text;
}

describe('ORG405 too many SCPs attached directly to one target', () => {
  it('fires on the target entry of the tenth SCP and later ones: FullAWSAccess + 10 > 10', () => {
    const text = guards(11, 10);
    const diagnostics = checkDiagnostics(text);
    assert.match(diagnostics[0]!.message, /`Workloads` gets 11 SCPs attached directly with `Guard10` \(`FullAWSAccess`, attached by default, and 10 from this manifest\), over the quota of 10/);
    assert.equal(relatedLines(diagnostics[0]).length, 9);
    assert.equal(relatedLines(diagnostics[0])[0], lineOf(text, 'Guard1:'));
  });

  it('does not fire at the quota: FullAWSAccess + 9', () => {
    checkDiagnostics(guards(9, 100));
  });

  it('counts each target on its own, whatever its kind, and only direct attachments', () => {
    // Nine SCPs on Root, nine on Workloads, nine on payments: every target has exactly ten.
    let text = HEAD;
    for (let n = 1; n <= 9; n++) text += guard(n, '[Root, Workloads, payments]');
    checkDiagnostics(text);
  });

  it('counts an SCP that lists a target twice once, and does not count FullAWSAccess twice when the manifest declares it', () => {
    let text = HEAD;
    for (let n = 1; n <= 9; n++) text += guard(n, '[Workloads, Workloads]');
    checkDiagnostics(text, { only: ['ORG405'] });
    const declared = `${guards(9, 100)}    FullAWSAccess: { targets: [Workloads], document: { Version: "2012-10-17", Statement: [{ Effect: Allow, Action: "*", Resource: "*" }] } }\n`;
    checkDiagnostics(declared, { only: ['ORG405'] });
  });

  it('leaves targets that do not resolve to ORG406', () => {
    let text = HEAD;
    for (let n = 1; n <= 11; n++) text += guard(n, '[Nowhere]');
    checkDiagnostics(text, { only: ['ORG405'] });
  });

  it('follows orgManifest.scp.maxPerTarget (the old quota of 5)', () => {
    checkDiagnostics(guards(5, 5), { settings: { scp: { maxPerTarget: 5 } } });
  });

  it('honours the settings', () => {
    checkRuleSettings(guards(11, 10), 'ORG405', DiagnosticSeverity.Error);
  });
});
