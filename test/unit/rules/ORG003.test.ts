import assert from 'node:assert/strict';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { checkDiagnostics, diagnose, upgradeHeader } from '../helpers/annotations';
import { assertFindingAt, checkRuleSettings, orgHeader, relatedLines } from '../helpers/fixtures';

const firstDocument = orgHeader(
  'featureSet: ALL',
  `  payments:
    id: "222222222222"
    joined: invited
    serviceLinkedRoles:
      AWSServiceRoleForOrganizations: deleted
`,
);

describe('ORG003 duplicate key, more than one document', () => {
  it('reports a duplicate account key on the second key, naming the first', () => {
    const [d] = checkDiagnostics(
      orgHeader(
        'featureSet: ALL',
        `  payments:
    id: "222222222222"
    joined: invited
  payments:
# ^^^^^^^^ ORG003
    id: "333333333333"
    joined: invited
`,
      ),
    );
    assert.match(d!.message, /Duplicate key `payments` in `accounts`: only the first one counts\. Remove or rename this one\./);
    assert.deepEqual(relatedLines(d), [7]);
  });

  it('lets only the first of two keys count, for every rule', () => {
    // The second `payments` deletes the role (ORG101 if it counted); the second `permissions`
    // would take AcceptHandshake away (ORG201 if it counted).
    checkDiagnostics(
      orgHeader(
        'featureSet: ALL',
        `  payments:
    id: "222222222222"
    joined: invited
  payments:
# ^^^^^^^^ ORG003
    id: "222222222222"
    joined: invited
    serviceLinkedRoles: { AWSServiceRoleForOrganizations: deleted }
`,
      ),
    );
    checkDiagnostics(
      upgradeHeader(`  payments:
    id: "222222222222"
    joined: invited
    administrator:
      permissions: [organizations:AcceptHandshake]
      permissions: []
#     ^^^^^^^^^^^ ORG003
`),
    );
  });

  it('reports duplicates in flow mappings and in policy statements', () => {
    checkDiagnostics(
      orgHeader(
        'featureSet: ALL',
        `  payments: { id: "222222222222", joined: invited, joined: created }
#                                                  ^^^^^^ ORG003
    `,
      ),
    );
    checkDiagnostics(
      upgradeHeader(`  payments:
    id: "222222222222"
    joined: invited
    administrator:
      policy:
        Statement:
          - Effect: Allow
            Action: organizations:AcceptHandshake
            Resource: "*"
            Effect: Deny
#           ^^^^^^ ORG003
`),
    );
  });

  it('reports a second document on its ---, ignores it, and still checks the first', () => {
    const text = `${firstDocument}---\nbogus: [unchecked\n`;
    const diagnostics = diagnose(text);
    assert.deepEqual(
      diagnostics.map((d) => d.code),
      ['ORG101', 'ORG003'],
    );
    assertFindingAt(diagnostics[1], 'ORG003', 12, 0, 3);
    assert.match(diagnostics[1]!.message, /one YAML document.*Move it into a file of its own/);
  });

  it('reports every further document, also one after an end marker', () => {
    const text = `${firstDocument}---\napiVersion: orgmanifest/v1\n--- # again\n`;
    const extra = diagnose(text).filter((d) => d.code === 'ORG003');
    assert.deepEqual(
      extra.map((d) => d.range.start.line),
      [12, 14],
    );
    const afterEnd = diagnose(`${firstDocument}...\nbogus: 1\n`).filter((d) => d.code === 'ORG003');
    assert.deepEqual(
      afterEnd.map((d) => d.range.start.line),
      [13],
    );
  });

  it('accepts a leading --- and a final end marker', () => {
    checkDiagnostics(`---\n${orgHeader('featureSet: ALL')}...\n# the end\n`);
  });

  it('honours the settings', () => {
    checkRuleSettings(`${firstDocument}---\n`, 'ORG003', DiagnosticSeverity.Error);
  });
});
