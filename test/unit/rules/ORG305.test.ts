import assert from 'node:assert/strict';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { checkDiagnostics, diagnose } from '../helpers/annotations';
import type { TextDiagnostic } from '../helpers/annotations';
import { assertFindingAt, checkRuleSettings, lineOf, orgHeader, relatedLines } from '../helpers/fixtures';

const center = `identityCenter:
  permissionSets:
    ReadOnly: { managedPolicies: [arn:aws:iam::aws:policy/ReadOnlyAccess] }
`;
const withTrusted = (trusted: string) => orgHeader('featureSet: ALL', `${trusted}${center}`);

/**
 * ORG305 starts in column 0 (the `identityCenter` key), where a caret annotation cannot go: asserts
 * that the text's only finding is ORG305 on that key, and returns it.
 */
function onlyOrg305(text: string): TextDiagnostic {
  const diagnostics = diagnose(text);
  assert.equal(diagnostics.length, 1, diagnostics.map((d) => `${String(d.code)} ${d.message}`).join('\n'));
  assertFindingAt(diagnostics[0], 'ORG305', lineOf(text, 'identityCenter:'), 0, 'identityCenter'.length);
  return diagnostics[0]!;
}

describe('ORG305 IAM Identity Center in use without sso.amazonaws.com access', () => {
  it('fires on the identityCenter key when trustedAccess has no sso.amazonaws.com, with the enable intent', () => {
    const d = onlyOrg305(withTrusted('trustedAccess:\n  cloudtrail.amazonaws.com: {}\n'));
    assert.match(d.message, /`trustedAccess` has no `sso\.amazonaws\.com` entry.*cannot be disabled while Identity Center is in use\. Add `sso\.amazonaws\.com: \{\}`/);
    assert.deepEqual(d.data, { kind: 'enableTrustedAccess', principal: 'sso.amazonaws.com' });
    assert.deepEqual(relatedLines(d), []);
  });

  it('fires when there is no trustedAccess at all, and for an empty identityCenter', () => {
    onlyOrg305(withTrusted(''));
    onlyOrg305(orgHeader('featureSet: ALL', 'identityCenter:\n'));
  });

  it('fires when sso.amazonaws.com is enabled: false, naming that value', () => {
    const text = withTrusted('trustedAccess:\n  sso.amazonaws.com: { enabled: false }\n');
    const d = onlyOrg305(text);
    assert.match(d.message, /is `enabled: false`.*Remove `enabled: false`/);
    assert.deepEqual(relatedLines(d), [lineOf(text, 'sso.amazonaws.com')]);
    assert.deepEqual(d.data, { kind: 'enableTrustedAccess', principal: 'sso.amazonaws.com' });
  });

  it('does not fire when sso.amazonaws.com is enabled, or without identityCenter', () => {
    checkDiagnostics(withTrusted('trustedAccess:\n  sso.amazonaws.com: {}\n'));
    checkDiagnostics(withTrusted('trustedAccess:\n  sso.amazonaws.com: { enabled: true }\n'));
    checkDiagnostics(orgHeader('featureSet: ALL', 'trustedAccess:\n  sso.amazonaws.com: { enabled: false }\n'));
  });

  it('honours the settings', () => {
    checkRuleSettings(withTrusted(''), 'ORG305', DiagnosticSeverity.Error);
  });
});
