import assert from 'node:assert/strict';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { checkDiagnostics } from '../helpers/annotations';
import { checkRuleSettings, orgHeader } from '../helpers/fixtures';

// A finding elsewhere in the file proves the rest of it is still checked after a syntax error.
const deletedRoleElsewhere = `  other:
    id: "222222222223"
    joined: invited
    serviceLinkedRoles:
      AWSServiceRoleForOrganizations: deleted
#                                     ^^^^^^^ ORG101
`;

function withLine(line: string): string {
  return orgHeader('featureSet: ALL', `  payments:\n    id: "222222222222"\n    joined: invited\n${line}${deletedRoleElsewhere}`);
}

describe('ORG001 YAML syntax error', () => {
  it('reports the error where it is, says what to do, and still checks the rest of the file', () => {
    const [d] = checkDiagnostics(
      withLine(`    name: "Payments" team
#                    ^^^^ ORG001
`),
    );
    assert.equal(d!.code, 'ORG001');
    assert.match(d!.message, /^YAML syntax error: .+\. (Remove|Quote)/);
  });

  it('reports a reserved character and an invalid escape', () => {
    checkDiagnostics(withLine(`    name: @payments\n#         ^ ORG001\n`));
    checkDiagnostics(withLine(`    name: "tab \\q here"\n#              ^ ORG001\n`));
  });

  it('reports a half-written value once, not again as a structure problem', () => {
    // `name: a: b` is read as a mapping where a string belongs; that is the syntax error's echo.
    checkDiagnostics(withLine(`    name: a: b\n#         ^ ORG001\n`));
    checkDiagnostics(
      withLine(`    name: [a, b
    email: x@example.com
#   ^ ORG001
`),
    );
  });

  it('reports an alias without an anchor, naming it', () => {
    const diagnostics = checkDiagnostics(
      withLine(`    email: *contact
#          ^^^^^^^^ ORG001
`),
    );
    assert.match(diagnostics.find((d) => d.code === 'ORG001')!.message, /`contact`.*anchor/);
  });

  it('follows aliases that have an anchor', () => {
    checkDiagnostics(
      orgHeader(
        'featureSet: ALL\ncurrentFeatureSet: CONSOLIDATED_BILLING',
        `  payments:
    id: "222222222222"
    joined: invited
    administrator: &admin
      permissions: [organizations:AcceptHandshake]
  billing:
    id: "333333333333"
    joined: invited
    administrator: *admin
`,
      ),
    );
  });

  it('stops following aliases past maxAliasCount (alias bombs)', () => {
    const text = orgHeader(
      'featureSet: ALL',
      `  payments:
    id: "222222222222"
    joined: invited
    name: &name Payments
  billing:
    id: "333333333333"
    joined: invited
    name: *name
#         ^^^^^ ORG001
`,
    );
    const [d] = checkDiagnostics(text, { settings: { maxAliasCount: 0 } });
    assert.match(d!.message, /Too many aliases/);
    checkDiagnostics(text.replace(/\n#.*ORG001/, ''));
  });

  it('reports custom and language-specific tags', () => {
    const [custom] = checkDiagnostics(withLine(`    name: !secret payments\n#         ^^^^^^^ ORG001\n`));
    assert.match(custom!.message, /tag/);
    checkDiagnostics(withLine(`    name: !!js/function "function () {}"\n#         ^^^^^^^^^^^^^ ORG001\n`));
    checkDiagnostics(withLine(`    name: !!str payments\n`));
  });

  it('honours the settings', () => {
    checkRuleSettings(withLine(`    name: @payments\n`), 'ORG001', DiagnosticSeverity.Error);
  });
});
