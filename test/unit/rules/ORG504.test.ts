import assert from 'node:assert/strict';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { checkDiagnostics, diagnose } from '../helpers/annotations';
import { checkRuleSettings, orgHeader } from '../helpers/fixtures';

const unknownManagement = `apiVersion: orgmanifest/v1
organization:
  featureSet: ALL
  managementAccount: managment
#                    ^^^^^^^^^ ORG504
accounts:
  management:
    id: "111111111111"
  payments:
    id: "222222222222"
    joined: invited
`;

describe('ORG504 management account not found, member without joined', () => {
  it('fires on a managementAccount value that names no account, with did-you-mean', () => {
    const [d] = checkDiagnostics(unknownManagement);
    assert.match(d!.message, /names `managment`, but there is no such key under `accounts`\. Did you mean `management`\?/);
    assert.deepEqual(d!.data, { kind: 'replaceWith', candidates: ['management'] });
  });

  it('says what to do when no key is close', () => {
    const [d] = checkDiagnostics(unknownManagement.replace('managment\n#                    ^^^^^^^^^', 'root\n#                    ^^^^'));
    assert.match(d!.message, /Add the account under `accounts`, or name an existing key/);
    assert.equal(d!.data, undefined);
  });

  it('leaves a missing managementAccount key to ORG002', () => {
    const diagnostics = diagnose(unknownManagement.replace('  managementAccount: managment\n#                    ^^^^^^^^^ ORG504\n', ''));
    assert.deepEqual(
      diagnostics.map((d) => d.code),
      ['ORG002'],
    );
  });

  it('leaves a missing or malformed accounts section to ORG002, and still fires for an empty one', () => {
    const header = 'apiVersion: orgmanifest/v1\norganization:\n  featureSet: ALL\n  managementAccount: management\n';
    checkDiagnostics(`${header}accounts:\n  - management\n# ^^^^^^^^^^^^ ORG002\n`);
    assert.deepEqual(
      diagnose(header).map((d) => d.code),
      ['ORG002'],
    );
    checkDiagnostics(`${header.replace('management\n', 'management\n#                    ^^^^^^^^^^ ORG504\n')}accounts: {}\n`);
  });

  it('fires on the key of a member account without joined', () => {
    const [d] = checkDiagnostics(orgHeader('featureSet: ALL', '  payments:\n# ^^^^^^^^ ORG504\n    id: "222222222222"\n'));
    assert.match(d!.message, /Member account `payments` does not say how it joined\. Add `joined: created` or `joined: invited`/);
  });

  it('fires for an empty account mapping, but not for the management account', () => {
    checkDiagnostics(orgHeader('featureSet: ALL', '  sandbox: {}\n# ^^^^^^^ ORG504\n'));
  });

  it('leaves a bad joined value to ORG002', () => {
    checkDiagnostics(orgHeader('featureSet: ALL', '  payments:\n    id: "222222222222"\n    joined: Invitd\n#           ^^^^^^ ORG002\n'));
  });

  it('honours the settings', () => {
    checkRuleSettings(unknownManagement, 'ORG504', DiagnosticSeverity.Error);
  });
});
