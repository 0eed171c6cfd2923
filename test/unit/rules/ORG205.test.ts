import assert from 'node:assert/strict';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { checkDiagnostics } from '../helpers/annotations';
import { checkRuleSettings, orgHeader } from '../helpers/fixtures';

/** `members` created accounts besides the management account, each with its own id. */
function organization(featureSets: string, members: number): string {
  const accounts = Array.from({ length: members }, (_, i) => `  a${i}: { id: "${200000000000 + i}", joined: created }\n`);
  return orgHeader(featureSets, accounts.join(''));
}

const upgrade = 'featureSet: ALL\n#           ^^^ ORG205\ncurrentFeatureSet: CONSOLIDATED_BILLING';

describe('ORG205 too many accounts for the standard all-features process', () => {
  it('fires on the featureSet value above 5,000 accounts, the management account included', () => {
    const [d] = checkDiagnostics(organization(upgrade, 5000));
    assert.match(d!.message, /5,001 accounts.*Contact AWS Support for an assisted migration/);
  });

  it('does not fire at exactly 5,000 accounts', () => {
    checkDiagnostics(organization(upgrade.replace('\n#           ^^^ ORG205', ''), 4999));
  });

  it('does not fire without a planned upgrade', () => {
    for (const sets of ['featureSet: ALL', 'featureSet: CONSOLIDATED_BILLING', 'featureSet: ALL\ncurrentFeatureSet: ALL']) {
      checkDiagnostics(organization(sets, 5000));
    }
  });

  it('honours the settings', () => {
    checkRuleSettings(organization(upgrade, 5000), 'ORG205', DiagnosticSeverity.Warning);
  });
});
