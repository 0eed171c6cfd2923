import assert from 'node:assert/strict';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { checkDiagnostics } from '../helpers/annotations';
import { checkRuleSettings, orgHeader } from '../helpers/fixtures';

const withTrusted = (entries: string) => orgHeader('featureSet: ALL', `trustedAccess:\n${entries}`);

const typo = withTrusted('  sso.amazonaws.co: {}\n# ^^^^^^^^^^^^^^^^ ORG301\n');

describe('ORG301 unknown service principal', () => {
  it('fires on the principal key, with did-you-mean and the replace intent', () => {
    const [d] = checkDiagnostics(typo);
    assert.match(d!.message, /`sso\.amazonaws\.co` is not the service principal.*Did you mean `sso\.amazonaws\.com` \(AWS IAM Identity Center\)\?/);
    // Ranked by edit distance: 1, 2, 3.
    assert.deepEqual(d!.data, { kind: 'replaceWith', candidates: ['sso.amazonaws.com', 'ssm.amazonaws.com', 'ds.amazonaws.com'] });
  });

  it('ranks the intended principal first for long and sub-domain principals', () => {
    const [d] = checkDiagnostics(withTrusted('  stacksets.cloudformation.amazonaws.co: {}\n# ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ ORG301\n'));
    assert.equal((d!.data as { candidates: string[] }).candidates[0], 'stacksets.cloudformation.amazonaws.com');
    const [network] = checkDiagnostics(withTrusted('  networkmanager.amazon.aws.com: {}\n# ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ ORG301\n'));
    assert.equal((network!.data as { candidates: string[] }).candidates[0], 'networkmanager.amazonaws.com');
  });

  it('reports a case difference: principals are case-sensitive', () => {
    const [d] = checkDiagnostics(withTrusted('  SSO.amazonaws.com: {}\n# ^^^^^^^^^^^^^^^^^ ORG301\n'));
    assert.match(d!.message, /case-sensitive: write `sso\.amazonaws\.com`/);
    assert.deepEqual(d!.data, { kind: 'replaceWith', candidates: ['sso.amazonaws.com'] });
  });

  it('says what to check when nothing is close, and that Organizations is not a trusted service', () => {
    const [far] = checkDiagnostics(withTrusted('  my-own-service.example.com: {}\n# ^^^^^^^^^^^^^^^^^^^^^^^^^^ ORG301\n'));
    assert.match(far!.message, /Check the spelling/);
    assert.equal(far!.data, undefined);
    const [organizations] = checkDiagnostics(withTrusted('  organizations.amazonaws.com: {}\n# ^^^^^^^^^^^^^^^^^^^^^^^^^^^ ORG301\n'));
    assert.match(organizations!.message, /AWS Organizations itself.*Remove this entry/);
  });

  it('does not fire for principals or related principals of the catalog', () => {
    checkDiagnostics(
      withTrusted(`  networkmanager.amazonaws.com: {}
  aws-artifact-account-sync.amazonaws.com: {}
  artifact.amazonaws.com: {}
  config-multiaccountsetup.amazonaws.com: {}
  member.org.stacksets.cloudformation.amazonaws.com: { enabled: false }
`),
    );
  });

  it('fires for an entry with enabled: false too', () => {
    checkDiagnostics(withTrusted('  ssoo.amazonaws.com: { enabled: false }\n# ^^^^^^^^^^^^^^^^^^ ORG301\n'));
  });

  it('honours the settings', () => {
    checkRuleSettings(typo, 'ORG301', DiagnosticSeverity.Error);
  });
});
