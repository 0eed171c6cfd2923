import assert from 'node:assert/strict';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { checkDiagnostics } from '../helpers/annotations';
import { checkRuleSettings, lineOf, orgHeader, relatedLines } from '../helpers/fixtures';

const withTrusted = (entries: string) =>
  orgHeader('featureSet: ALL', `  security:\n    id: "222222222222"\n    joined: created\ntrustedAccess:\n${entries}`);

const unsupported = withTrusted('  ram.amazonaws.com:\n    delegatedAdministrator: security\n#                           ^^^^^^^^ ORG303\n');

describe('ORG303 delegated administrator not possible for this service', () => {
  it('fires on the value for a service without delegated administration', () => {
    const [d] = checkDiagnostics(unsupported);
    assert.match(d!.message, /AWS Resource Access Manager \(`ram\.amazonaws\.com`\) does not support a delegated administrator/);
    assert.deepEqual(relatedLines(d), [lineOf(unsupported, 'ram.amazonaws.com')]);
    assert.equal(d!.data, undefined);
  });

  it('fires when the trusted access is enabled: false, naming that value', () => {
    const text = withTrusted('  config.amazonaws.com:\n    enabled: false\n    delegatedAdministrator: security\n#                           ^^^^^^^^ ORG303\n');
    const [d] = checkDiagnostics(text);
    assert.match(d!.message, /is `enabled: false`, and a delegated administrator can only be registered while it is enabled/);
    assert.deepEqual(relatedLines(d), [lineOf(text, 'enabled: false')]);
  });

  it('fires in flow style, once, when both reasons apply', () => {
    checkDiagnostics(withTrusted('  controltower.amazonaws.com: { enabled: false, delegatedAdministrator: security }\n#                                                                       ^^^^^^^^ ORG303\n'));
  });

  it('does not fire for services with delegated administration, or without a delegated administrator', () => {
    checkDiagnostics(
      withTrusted(`  config.amazonaws.com:
    delegatedAdministrator: security
  guardduty.amazonaws.com: { delegatedAdministrator: security }
  ram.amazonaws.com: {}
  controltower.amazonaws.com: { enabled: false }
`),
    );
  });

  it('leaves unknown principals to ORG301', () => {
    checkDiagnostics(withTrusted('  ram.amazonaws.co:\n    delegatedAdministrator: security\n'), { only: ['ORG303'] });
  });

  it('honours the settings', () => {
    checkRuleSettings(unsupported, 'ORG303', DiagnosticSeverity.Error);
  });
});
