import assert from 'node:assert/strict';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { checkDiagnostics } from '../helpers/annotations';
import { checkRuleSettings, orgHeader, relatedLines } from '../helpers/fixtures';

/** A member whose administrator could re-create the role: no handshake rule has anything to say. */
const memberWithRole = (state: string, name = 'AWSServiceRoleForOrganizations') => `  payments:
    id: "222222222222"
    joined: invited
    administrator: { permissions: [organizations:AcceptHandshake, iam:CreateServiceLinkedRole] }
    serviceLinkedRoles:
      ${name}: ${state}
`;

const deleted = orgHeader('featureSet: ALL', `${memberWithRole('deleted')}#                                     ^^^^^^^ ORG101\n`);

describe('ORG101 Organizations role deleted with all features', () => {
  it('fires on the deleted value, naming the featureSet, with the restore intent', () => {
    const [d] = checkDiagnostics(deleted);
    assert.match(d!.message, /cannot be deleted from account `payments`.*Set it to `present`/);
    assert.deepEqual(relatedLines(d), [2]);
    assert.deepEqual(d!.data, { kind: 'restoreRole' });
  });

  it('names currentFeatureSet when it states today\'s feature set', () => {
    const [d] = checkDiagnostics(orgHeader('featureSet: ALL\ncurrentFeatureSet: ALL', `${memberWithRole('deleted')}#                                     ^^^^^^^ ORG101\n`));
    assert.deepEqual(relatedLines(d), [3]);
  });

  it('matches the role name without regard to case, and checks the management account too', () => {
    checkDiagnostics(
      orgHeader('featureSet: ALL', `${memberWithRole('deleted', 'awsservicerolefororganizations')}#                                     ^^^^^^^ ORG101\n`),
    );
    checkDiagnostics(
      orgHeader('featureSet: ALL').replace(
        '    id: "111111111111"\n',
        '    id: "111111111111"\n    serviceLinkedRoles: { AWSServiceRoleForOrganizations: deleted }\n#                                                         ^^^^^^^ ORG101\n',
      ),
    );
  });

  it('does not fire for a present role, or before all features are enabled', () => {
    checkDiagnostics(orgHeader('featureSet: ALL', memberWithRole('present')));
    // While the upgrade is planned the handshake rules decide (this administrator can re-create it).
    checkDiagnostics(orgHeader('featureSet: ALL\ncurrentFeatureSet: CONSOLIDATED_BILLING', memberWithRole('deleted')));
    checkDiagnostics(orgHeader('featureSet: CONSOLIDATED_BILLING', memberWithRole('deleted')), { only: ['ORG101'] });
  });

  it('honours the settings', () => {
    checkRuleSettings(deleted, 'ORG101', DiagnosticSeverity.Error);
  });
});
