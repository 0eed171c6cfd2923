import assert from 'node:assert/strict';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { checkDiagnostics } from '../helpers/annotations';
import { checkRuleSettings, orgHeader } from '../helpers/fixtures';

const member = (state: string) => `  website:
    id: "222222222222"
    joined: created
    serviceLinkedRoles:
      AWSServiceRoleForOrganizations: ${state}
`;
const annotation = '#                                     ^^^^^^^ ORG102\n';
const billingOnly = orgHeader('featureSet: CONSOLIDATED_BILLING', `${member('deleted')}${annotation}`);

describe('ORG102 Organizations role deleted with consolidated billing', () => {
  it('warns on the deleted value that the role is needed again for all features', () => {
    const [d] = checkDiagnostics(billingOnly);
    assert.match(d!.message, /not recommended.*enabling all features will need it again.*iam:CreateServiceLinkedRole.*Restore it/);
    assert.deepEqual(d!.data, { kind: 'restoreRole' });
  });

  it('fires when both feature sets are CONSOLIDATED_BILLING', () => {
    checkDiagnostics(orgHeader('featureSet: CONSOLIDATED_BILLING\ncurrentFeatureSet: CONSOLIDATED_BILLING', `${member('deleted')}${annotation}`));
  });

  it('does not fire while an upgrade is planned: the handshake rules decide then', () => {
    // Nobody in the account may accept the request or re-create the role: ORG201 and ORG202, not ORG102.
    checkDiagnostics(
      orgHeader('featureSet: ALL\ncurrentFeatureSet: CONSOLIDATED_BILLING', member('deleted')).replace(
        '  website:\n',
        '  website:\n# ^^^^^^^ ORG201, ORG202\n',
      ),
    );
  });

  it('does not fire with all features (ORG101 instead) or for a present role', () => {
    checkDiagnostics(orgHeader('featureSet: ALL', `${member('deleted')}${annotation.replace('ORG102', 'ORG101')}`));
    checkDiagnostics(orgHeader('featureSet: CONSOLIDATED_BILLING', member('present')));
  });

  it('honours the settings', () => {
    checkRuleSettings(billingOnly, 'ORG102', DiagnosticSeverity.Warning);
  });
});
