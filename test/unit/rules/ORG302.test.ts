import assert from 'node:assert/strict';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { checkDiagnostics } from '../helpers/annotations';
import { checkRuleSettings, lineOf, orgHeader, relatedLines } from '../helpers/fixtures';

const withTrusted = (featureSets: string, entries: string) => orgHeader(featureSets, `trustedAccess:\n${entries}`);

const billingOnly = withTrusted('featureSet: CONSOLIDATED_BILLING', '  cloudtrail.amazonaws.com: {}\n# ^^^^^^^^^^^^^^^^^^^^^^^^ ORG302\n');

describe('ORG302 trusted access requires all features', () => {
  it('fires on the principal, naming the featureSet value, with the set-featureSet intent', () => {
    const [d] = checkDiagnostics(billingOnly);
    assert.match(d!.message, /Trusted access for AWS CloudTrail \(`cloudtrail\.amazonaws\.com`\) needs all features.*Set `featureSet: ALL`/);
    assert.deepEqual(relatedLines(d), [lineOf(billingOnly, 'featureSet:')]);
    assert.deepEqual(d!.data, { kind: 'setFeatureSetAll' });
  });

  it('fires once per entry not enabled: false, also with enabled: true and an empty value', () => {
    checkDiagnostics(
      withTrusted(
        'featureSet: CONSOLIDATED_BILLING\ncurrentFeatureSet: CONSOLIDATED_BILLING',
        `  cloudtrail.amazonaws.com: { enabled: true }
# ^^^^^^^^^^^^^^^^^^^^^^^^ ORG302
  config.amazonaws.com:
# ^^^^^^^^^^^^^^^^^^^^ ORG302
  ram.amazonaws.com: { enabled: false }
`,
      ),
    );
  });

  it('does not fire with featureSet: ALL, also while the upgrade is only planned', () => {
    checkDiagnostics(withTrusted('featureSet: ALL', '  cloudtrail.amazonaws.com: {}\n'));
    checkDiagnostics(withTrusted('featureSet: ALL\ncurrentFeatureSet: CONSOLIDATED_BILLING', '  cloudtrail.amazonaws.com: {}\n'));
  });

  it('leaves the impossible move back to consolidated billing to ORG004', () => {
    const text = withTrusted('featureSet: CONSOLIDATED_BILLING\ncurrentFeatureSet: ALL', '  cloudtrail.amazonaws.com: {}\n');
    checkDiagnostics(text, { only: ['ORG302'] });
  });

  it('honours the settings', () => {
    checkRuleSettings(billingOnly, 'ORG302', DiagnosticSeverity.Error);
  });
});
