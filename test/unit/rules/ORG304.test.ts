import assert from 'node:assert/strict';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { checkDiagnostics } from '../helpers/annotations';
import { checkRuleSettings, lineOf, orgHeader, relatedLines } from '../helpers/fixtures';

const withTrusted = (entries: string) =>
  orgHeader('featureSet: ALL', `  security:\n    id: "222222222222"\n    joined: created\ntrustedAccess:\n${entries}`);

const management = withTrusted('  config.amazonaws.com:\n    delegatedAdministrator: management\n#                           ^^^^^^^^^^ ORG304\n');

describe('ORG304 delegated administrator is the management account or unknown', () => {
  it('fires on the management account, naming managementAccount, without a self-admin note for Config', () => {
    const [d] = checkDiagnostics(management);
    assert.match(d!.message, /`management` is the management account, which cannot be registered as an Organizations delegated administrator for AWS Config/);
    assert.doesNotMatch(d!.message, /act as its administrator/);
    assert.deepEqual(relatedLines(d), [lineOf(management, 'managementAccount:')]);
  });

  it("says that GuardDuty's, Security Hub's and Detective's own APIs let the management account administer them", () => {
    for (const [principal, api] of [
      ['guardduty.amazonaws.com', 'guardduty:EnableOrganizationAdminAccount'],
      ['securityhub.amazonaws.com', 'securityhub:EnableOrganizationAdminAccount'],
      ['detective.amazonaws.com', 'detective:EnableOrganizationAdminAccount'],
    ] as const) {
      const padding = ' '.repeat(principal.length + 29);
      const [d] = checkDiagnostics(withTrusted(`  ${principal}: { delegatedAdministrator: management }\n#${padding}^^^^^^^^^^ ORG304\n`));
      assert.match(d!.message, /cannot be registered as an Organizations delegated administrator/);
      assert.ok(d!.message.includes(`through its own API (\`${api}\`)`), d!.message);
    }
  });

  it('fires on a key that no account has, with did-you-mean over the member accounts', () => {
    const [d] = checkDiagnostics(withTrusted('  cloudtrail.amazonaws.com:\n    delegatedAdministrator: securty\n#                           ^^^^^^^ ORG304\n'));
    assert.match(d!.message, /there is no such key under `accounts`\. Did you mean `security`\?/);
    assert.deepEqual(d!.data, { kind: 'replaceWith', candidates: ['security'] });
  });

  it('never suggests the management account for an unknown key', () => {
    const [d] = checkDiagnostics(withTrusted('  cloudtrail.amazonaws.com:\n    delegatedAdministrator: managment\n#                           ^^^^^^^^^ ORG304\n'));
    assert.equal(d!.data, undefined);
  });

  it('does not fire for a member account, or when accounts is not a mapping', () => {
    checkDiagnostics(withTrusted('  config.amazonaws.com:\n    delegatedAdministrator: security\n'));
    const broken = `apiVersion: orgmanifest/v1
organization: { featureSet: ALL, managementAccount: management }
accounts: []
trustedAccess:
  config.amazonaws.com: { delegatedAdministrator: security }
`;
    checkDiagnostics(broken, { only: ['ORG304'] });
  });

  it('honours the settings', () => {
    checkRuleSettings(management, 'ORG304', DiagnosticSeverity.Error);
  });
});
