import assert from 'node:assert/strict';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { checkDiagnostics } from '../helpers/annotations';
import { checkRuleSettings, orgHeader } from '../helpers/fixtures';

const withId = (id: string, annotation = '') => orgHeader('featureSet: ALL', `  payments:\n    joined: invited\n    id: ${id}\n${annotation}`);

const leadingZero = withId('012345678901', '#       ^^^^^^^^^^^^ ORG502\n');

describe('ORG502 account id written as a YAML number', () => {
  it('fires alone (not ORG501 or ORG002) on a leading-zero id, saying what YAML reads', () => {
    const [d] = checkDiagnostics(leadingZero);
    assert.match(d!.message, /YAML reads `012345678901` as the number 12345678901, not the ID as written\. Quote it: `"012345678901"`/);
    assert.deepEqual(d!.data, { kind: 'quoteAccountId', source: '012345678901' });
  });

  it('fires alone on a 12-digit number, keeping the digits for the fix', () => {
    const [d] = checkDiagnostics(withId('123456789012', '#       ^^^^^^^^^^^^ ORG502\n'));
    assert.match(d!.message, /leading zeros would be lost\. Quote it: `"123456789012"`\.$/);
    assert.deepEqual(d!.data, { kind: 'quoteAccountId', source: '123456789012' });
  });

  it('fires alone on a 13-digit number and on numbers YAML rewrites', () => {
    const [long] = checkDiagnostics(withId('1234567890123', '#       ^^^^^^^^^^^^^ ORG502\n'));
    assert.match(long!.message, /Quote it: `"1234567890123"`\. It also has 13 digits; AWS account IDs have exactly 12\./);
    const [big] = checkDiagnostics(withId('12345678901234567890', '#       ^^^^^^^^^^^^^^^^^^^^ ORG502\n'));
    assert.deepEqual(big!.data, { kind: 'quoteAccountId', source: '12345678901234567890' });
    checkDiagnostics(withId('0x1F', '#       ^^^^ ORG502\n'));
  });

  it('fires for the management account too, and not for quoted ids', () => {
    checkDiagnostics(orgHeader('featureSet: ALL').replace('id: "111111111111"', 'id: 111111111111\n#       ^^^^^^^^^^^^ ORG502'));
    checkDiagnostics(withId('"123456789012"'));
  });

  it('honours the settings', () => {
    checkRuleSettings(leadingZero, 'ORG502', DiagnosticSeverity.Error);
  });
});
