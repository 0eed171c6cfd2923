import assert from 'node:assert/strict';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { checkDiagnostics } from '../helpers/annotations';
import { checkRuleSettings, orgHeader } from '../helpers/fixtures';

const withId = (id: string, annotation = '') => orgHeader('featureSet: ALL', `  payments:\n    joined: invited\n    id: ${id}\n${annotation}`);

const tooShort = withId('"12345"', '#       ^^^^^^^ ORG501\n');

describe('ORG501 account id not exactly 12 digits', () => {
  it('fires on a quoted id with too few digits, saying how many', () => {
    const [d] = checkDiagnostics(tooShort);
    assert.match(d!.message, /account `payments` has 5 digits; AWS account IDs are exactly 12 digits.*Correct it/);
  });

  it('fires on too many digits, on other characters, and on spaces', () => {
    checkDiagnostics(withId('"1234567890123"', '#       ^^^^^^^^^^^^^^^ ORG501\n'));
    const [letters] = checkDiagnostics(withId('"12345678901a"', '#       ^^^^^^^^^^^^^^ ORG501\n'));
    assert.match(letters!.message, /contains characters other than digits/);
    checkDiagnostics(withId("'1234 5678 9012'", '#       ^^^^^^^^^^^^^^^^ ORG501\n'));
    checkDiagnostics(withId('"123456789012 "', '#       ^^^^^^^^^^^^^^^ ORG501\n'));
  });

  it('accepts 12 digits, leading zeros included, in either kind of quotes', () => {
    checkDiagnostics(withId('"012345678901"'));
    checkDiagnostics(withId("'000000000001'"));
  });

  it('leaves unquoted numbers to ORG502, even with the wrong number of digits', () => {
    checkDiagnostics(withId('12345', '#       ^^^^^ ORG502\n'));
    checkDiagnostics(withId('1234567890123', '#       ^^^^^^^^^^^^^ ORG502\n'));
  });

  it('honours the settings', () => {
    checkRuleSettings(tooShort, 'ORG501', DiagnosticSeverity.Error);
  });
});
