import assert from 'node:assert/strict';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { checkDiagnostics, upgradeHeader } from '../helpers/annotations';
import { checkRuleSettings, lineOf, orgHeader, relatedLines } from '../helpers/fixtures';

const invited = (administrator: string, extra = '') => `  payments:
    id: "222222222222"
    joined: invited
${extra}    administrator:
${administrator}`;

const moreThanNeeded = upgradeHeader(
  invited(`#   ^^^^^^^^^^^^^ ORG204
      permissions:
        - organizations:AcceptHandshake
        - iam:CreateServiceLinkedRole
`),
);

describe('ORG204 iam:CreateServiceLinkedRole more than the upgrade needs', () => {
  it('hints on the administrator key, naming the grant and the featureSet, with the remove intent', () => {
    const [d] = checkDiagnostics(moreThanNeeded);
    assert.match(d!.message, /needs only `organizations:AcceptHandshake`\. `iam:CreateServiceLinkedRole` is more than this needs: remove it/);
    assert.deepEqual(relatedLines(d), [lineOf(moreThanNeeded, '- iam:CreateServiceLinkedRole'), 2]);
    const data = d!.data as { kind: string; account: string; action: string; spans: unknown[] };
    assert.deepEqual([data.kind, data.account, data.action, data.spans.length], ['removePermission', 'payments', 'iam:CreateServiceLinkedRole', 1]);
  });

  it('finds the grant in any case and in an Allow statement of the policy', () => {
    checkDiagnostics(upgradeHeader(invited(`#   ^^^^^^^^^^^^^ ORG204\n      permissions: [organizations:AcceptHandshake, IAM:createServiceLinkedRole]\n`)));
    checkDiagnostics(
      upgradeHeader(
        invited(`#   ^^^^^^^^^^^^^ ORG204
      policy:
        Statement:
          - { Effect: Allow, Action: [organizations:AcceptHandshake, iam:CreateServiceLinkedRole], Resource: "*" }
`),
      ),
    );
  });

  it('does not count wildcards, which grant more than this one action', () => {
    checkDiagnostics(upgradeHeader(invited('      permissions: [organizations:AcceptHandshake, "iam:*"]\n')));
  });

  it('does not fire where the role is deleted: then the permission is needed', () => {
    checkDiagnostics(
      upgradeHeader(
        invited(
          '      permissions: [organizations:AcceptHandshake, iam:CreateServiceLinkedRole]\n',
          '    serviceLinkedRoles: { AWSServiceRoleForOrganizations: deleted }\n',
        ),
      ),
    );
  });

  it('does not fire for created accounts, done approvals, the management account, or without an upgrade', () => {
    const grant = '      permissions: [organizations:AcceptHandshake, iam:CreateServiceLinkedRole]\n';
    checkDiagnostics(upgradeHeader(invited(grant).replace('joined: invited', 'joined: created')));
    checkDiagnostics(upgradeHeader(`${invited(grant)}handshakes:\n  - { type: APPROVE_ALL_FEATURES, account: payments, state: ACCEPTED }\n`));
    checkDiagnostics(upgradeHeader().replace('    id: "111111111111"\n', `    id: "111111111111"\n    administrator:\n${grant}`));
    for (const sets of ['featureSet: ALL', 'featureSet: CONSOLIDATED_BILLING', 'featureSet: ALL\ncurrentFeatureSet: ALL']) {
      checkDiagnostics(orgHeader(sets, invited(grant)));
    }
  });

  it('honours the settings', () => {
    checkRuleSettings(moreThanNeeded, 'ORG204', DiagnosticSeverity.Hint);
  });
});
