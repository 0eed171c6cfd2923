import assert from 'node:assert/strict';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { checkDiagnostics } from '../helpers/annotations';
import { checkRuleSettings, orgHeader } from '../helpers/fixtures';

const withRoles = (roles: string) => orgHeader('featureSet: ALL', `  payments:\n    id: "222222222222"\n    joined: invited\n    serviceLinkedRoles:\n${roles}`);

const typo = withRoles('      AWSServiceRoleForOrganisation: present\n#     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ ORG104\n');

describe('ORG104 unknown service-linked role name', () => {
  it('fires on the name, with did-you-mean and the replace intent', () => {
    const [d] = checkDiagnostics(typo);
    assert.match(d!.message, /`AWSServiceRoleForOrganisation` is not a service-linked role.*Did you mean `AWSServiceRoleForOrganizations`\?/);
    assert.deepEqual(d!.data, { kind: 'replaceWith', candidates: ['AWSServiceRoleForOrganizations'] });
  });

  it('says what to check when no known name is close', () => {
    const [d] = checkDiagnostics(withRoles('      MyOwnRole: present\n#     ^^^^^^^^^ ORG104\n'));
    assert.match(d!.message, /Check the spelling/);
    assert.equal(d!.data, undefined);
  });

  it('knows names without regard to case', () => {
    checkDiagnostics(
      withRoles(`      AWSServiceRoleForAWSUserNotifications: present
      awsservicerolefororganizations: present
      AWSSERVICEROLEFORSSO: present
      AWSServiceRoleForCloudTrail: deleted
`),
    );
  });

  it('honours the settings', () => {
    checkRuleSettings(typo, 'ORG104', DiagnosticSeverity.Warning);
  });
});
