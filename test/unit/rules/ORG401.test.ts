import assert from 'node:assert/strict';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { checkDiagnostics } from '../helpers/annotations';
import { checkRuleSettings, lineOf, orgHeader, relatedLines } from '../helpers/fixtures';

const SCP = `    DenyLeave:
      targets: [Root]
      document:
        Version: "2012-10-17"
        Statement:
          - { Effect: Deny, Action: organizations:LeaveOrganization, Resource: "*" }
`;

const withScps = (featureSets: string, scps = SCP) => `${orgHeader(featureSets)}policies:\n  serviceControlPolicies:\n${scps}`;

const consolidated = withScps('featureSet: CONSOLIDATED_BILLING').replace('  serviceControlPolicies:\n', '  serviceControlPolicies:\n# ^^^^^^^^^^^^^^^^^^^^^^ ORG401\n');

describe('ORG401 service control policies require all features', () => {
  it('fires on the serviceControlPolicies key with consolidated billing, naming featureSet', () => {
    const [d] = checkDiagnostics(consolidated);
    assert.match(d!.message, /An SCP is declared, but `featureSet` is `CONSOLIDATED_BILLING`/);
    assert.deepEqual(relatedLines(d), [lineOf(consolidated, 'featureSet:')]);
    assert.deepEqual(d!.data, { kind: 'setFeatureSetAll' });
  });

  it('counts the SCPs in its message', () => {
    const two = withScps('featureSet: CONSOLIDATED_BILLING', `${SCP}${SCP.replace('DenyLeave', 'DenyLeave2')}`);
    const [d] = checkDiagnostics(two.replace('  serviceControlPolicies:\n', '  serviceControlPolicies:\n# ^^^^^^^^^^^^^^^^^^^^^^ ORG401\n'));
    assert.match(d!.message, /^2 SCPs are declared/);
  });

  it('does not fire with all features, while the upgrade is planned, or with no SCPs', () => {
    checkDiagnostics(withScps('featureSet: ALL'));
    checkDiagnostics(withScps('featureSet: ALL\ncurrentFeatureSet: CONSOLIDATED_BILLING'));
    checkDiagnostics(`${orgHeader('featureSet: CONSOLIDATED_BILLING')}policies:\n  serviceControlPolicies: {}\n`);
  });

  it('leaves a backwards featureSet to ORG004', () => {
    checkDiagnostics(withScps('featureSet: CONSOLIDATED_BILLING\ncurrentFeatureSet: ALL'), { only: ['ORG401'] });
  });

  it('honours the settings', () => {
    checkRuleSettings(consolidated, 'ORG401', DiagnosticSeverity.Error);
  });
});
