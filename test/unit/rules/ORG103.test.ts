import assert from 'node:assert/strict';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { checkDiagnostics } from '../helpers/annotations';
import { checkRuleSettings, lineOf, orgHeader, relatedLines } from '../helpers/fixtures';

const withRoles = (roles: string, trusted: string) =>
  orgHeader('featureSet: ALL', `  payments:\n    id: "222222222222"\n    joined: invited\n    serviceLinkedRoles:\n${roles}trustedAccess:\n${trusted}`);

const ssoDeleted = withRoles('      AWSServiceRoleForSSO: deleted\n#                           ^^^^^^^ ORG103\n', '  sso.amazonaws.com: {}\n');

describe("ORG103 an enabled trusted service's role is deleted", () => {
  it('fires on the deleted value, naming the trusted access entry, with the restore intent', () => {
    const [d] = checkDiagnostics(ssoDeleted);
    assert.match(d!.message, /`AWSServiceRoleForSSO` is deleted in account `payments`.*`sso\.amazonaws\.com`.*Restore it \(`present`\), or disable the integration/);
    assert.deepEqual(relatedLines(d), [lineOf(ssoDeleted, '  sso.amazonaws.com')]);
    assert.deepEqual(d!.data, { kind: 'restoreRole' });
  });

  it('fires with enabled: true and for a role name in another case', () => {
    checkDiagnostics(
      withRoles(
        '      awsserviceroleforcloudtrail: deleted\n#                                  ^^^^^^^ ORG103\n',
        '  cloudtrail.amazonaws.com: { enabled: true }\n',
      ),
    );
  });

  it('does not fire when the trusted access is enabled: false', () => {
    checkDiagnostics(withRoles('      AWSServiceRoleForSSO: deleted\n', '  sso.amazonaws.com: { enabled: false }\n'));
  });

  it("does not fire for a role of a service without trusted access here, or for a present role", () => {
    checkDiagnostics(
      withRoles(
        '      AWSServiceRoleForConfig: deleted\n      AWSServiceRoleForCloudTrail: present\n',
        '  cloudtrail.amazonaws.com: {}\n',
      ),
    );
  });

  it("fires only where the role's catalog scope says the service needs it", () => {
    const text = `apiVersion: orgmanifest/v1
organization:
  featureSet: ALL
  managementAccount: management
accounts:
  management:
    id: "111111111111"
    serviceLinkedRoles:
      AWSServiceRoleForHealth_Organizations: deleted
#                                            ^^^^^^^ ORG103
      AWSServiceRoleForCloudFormationStackSetsOrgMember: deleted
  payments:
    id: "222222222222"
    joined: invited
    serviceLinkedRoles:
      AWSServiceRoleForHealth_Organizations: deleted
      AWSServiceRoleForCloudFormationStackSetsOrgMember: deleted
#                                                        ^^^^^^^ ORG103
      AWSServiceRoleForAmazonGuardDutyMalwareProtection: deleted
trustedAccess:
  health.amazonaws.com: {}
  stacksets.cloudformation.amazonaws.com: {}
  guardduty.amazonaws.com: {}
`;
    // Management-only and member-only roles, and a role created only for an optional feature.
    checkDiagnostics(text, { only: ['ORG103'] });
  });

  it('honours the settings', () => {
    checkRuleSettings(ssoDeleted, 'ORG103', DiagnosticSeverity.Error);
  });
});
