import assert from 'node:assert/strict';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { checkDiagnostics } from '../helpers/annotations';
import { checkRuleSettings, lineOf, orgHeader, relatedLines } from '../helpers/fixtures';

/** An invited account; `idNote`/`emailNote` are annotation lines for its id and email. */
const account = (key: string, id: string, email: string, idNote = '', emailNote = '') =>
  `  ${key}:\n    id: ${id}\n${idNote}    email: ${email}\n${emailNote}    joined: invited\n`;
const ID_NOTE = '#       ^^^^^^^^^^^^^^ ORG503\n';

const sameId = orgHeader(
  'featureSet: ALL',
  account('payments', '"222222222222"', 'pay@acme.example') + account('billing', '"222222222222"', 'bill@acme.example', ID_NOTE),
);

describe('ORG503 account id or email used twice', () => {
  it('fires on the second id, naming the first', () => {
    const [d] = checkDiagnostics(sameId);
    assert.match(d!.message, /`billing` has the same id as account `payments` \(`222222222222`\).*Correct one of them, or remove the duplicate account/);
    assert.deepEqual(relatedLines(d), [lineOf(sameId, '"222222222222"')]);
  });

  it('fires on the second email, comparing without regard to case', () => {
    const text = orgHeader(
      'featureSet: ALL',
      account('payments', '"222222222222"', 'AWS-Pay@Acme.example') +
        account('billing', '"333333333333"', 'aws-pay@acme.EXAMPLE', '', '#          ^^^^^^^^^^^^^^^^^^^^ ORG503\n'),
    );
    const [d] = checkDiagnostics(text);
    assert.match(d!.message, /same email as account `payments`.*root email address/);
    assert.deepEqual(relatedLines(d), [lineOf(text, 'AWS-Pay@Acme.example')]);
  });

  it('checks the management account too, and reports each further duplicate', () => {
    checkDiagnostics(
      orgHeader(
        'featureSet: ALL',
        account('payments', '"111111111111"', 'a@acme.example', ID_NOTE) + account('billing', '"111111111111"', 'b@acme.example', ID_NOTE),
      ),
    );
  });

  it('does not fire for distinct values, or for an unquoted id (ORG502 first)', () => {
    checkDiagnostics(orgHeader('featureSet: ALL', account('payments', '"222222222222"', 'a@acme.example') + account('billing', '"022222222222"', 'a@acme.example.org')));
    checkDiagnostics(
      orgHeader(
        'featureSet: ALL',
        account('payments', '"222222222222"', 'a@acme.example') + account('billing', '222222222222', 'b@acme.example', '#       ^^^^^^^^^^^^ ORG502\n'),
      ),
    );
  });

  it('honours the settings', () => {
    checkRuleSettings(sameId, 'ORG503', DiagnosticSeverity.Error);
  });
});
