import assert from 'node:assert/strict';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { checkDiagnostics } from '../helpers/annotations';
import { checkRuleSettings, orgHeader, relatedLines } from '../helpers/fixtures';

const backwards = orgHeader('featureSet: CONSOLIDATED_BILLING\n#           ^^^^^^^^^^^^^^^^^^^^ ORG004\ncurrentFeatureSet: ALL');

describe('ORG004 back from all features to consolidated billing', () => {
  it('fires on the featureSet value, naming currentFeatureSet, with the fix intent', () => {
    const [d] = checkDiagnostics(backwards);
    assert.match(d!.message, /one-way.*Set `featureSet: ALL`/);
    assert.deepEqual(relatedLines(d), [4]);
    assert.deepEqual(d!.data, { kind: 'setFeatureSetAll' });
  });

  it('does not fire for the upgrade, for no change, or without currentFeatureSet', () => {
    for (const sets of [
      'featureSet: ALL\ncurrentFeatureSet: CONSOLIDATED_BILLING',
      'featureSet: ALL\ncurrentFeatureSet: ALL',
      'featureSet: CONSOLIDATED_BILLING\ncurrentFeatureSet: CONSOLIDATED_BILLING',
      'featureSet: CONSOLIDATED_BILLING',
      'featureSet: ALL',
    ]) {
      checkDiagnostics(orgHeader(sets));
    }
  });

  it('leaves invalid values to ORG002', () => {
    checkDiagnostics(orgHeader('featureSet: consolidated_billing\n#           ^^^^^^^^^^^^^^^^^^^^ ORG002\ncurrentFeatureSet: ALL'));
  });

  it('honours the settings', () => {
    checkRuleSettings(backwards, 'ORG004', DiagnosticSeverity.Error);
  });
});
