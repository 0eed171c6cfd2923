import assert from 'node:assert/strict';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { checkDiagnostics } from '../helpers/annotations';
import { checkRuleSettings, lineOf, orgHeader, relatedLines } from '../helpers/fixtures';

const DOCUMENT = `      document:
        Version: "2012-10-17"
        Statement:
          - { Effect: Deny, Action: organizations:LeaveOrganization, Resource: "*" }
`;

/** A manifest with a member account `payments` and one SCP, `targets` line as given. */
const scpTargets = (targets: string, extra = '') => `${orgHeader('featureSet: ALL', '  payments: { id: "222222222222", joined: created }\n')}${extra}policies:
  serviceControlPolicies:
    DenyLeave:
${targets}${DOCUMENT}`;

const flow = scpTargets('      targets: [payments, management]\n#                         ^^^^^^^^^^ ORG403\n');

describe('ORG403 SCP attached to the management account has no effect', () => {
  it('fires on the target entry in a flow list, naming managementAccount', () => {
    const [d] = checkDiagnostics(flow);
    assert.match(d!.message, /`management` is the management account, and SCPs do not affect the management account/);
    assert.match(d!.message, /attaching `DenyLeave` to it does nothing/);
    assert.deepEqual(relatedLines(d), [lineOf(flow, 'managementAccount:')]);
  });

  it('fires on the entry in a block list', () => {
    checkDiagnostics(scpTargets('      targets:\n        - Root\n        - management\n#         ^^^^^^^^^^ ORG403\n'));
  });

  it('does not fire for Root, an OU or a member account', () => {
    checkDiagnostics(scpTargets('      targets: [Root, payments]\n'));
    checkDiagnostics(scpTargets('      targets: [Workloads]\n', 'organizationalUnits:\n  Workloads: {}\n'));
  });

  it('reads a target that is both an OU path and the management key as the OU (as navigation does)', () => {
    checkDiagnostics(scpTargets('      targets: [management]\n', 'organizationalUnits:\n  management: {}\n'), { only: ['ORG403'] });
  });

  it('honours the settings', () => {
    checkRuleSettings(flow, 'ORG403', DiagnosticSeverity.Warning);
  });
});
