import assert from 'node:assert/strict';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { checkDiagnostics, diagnose } from '../helpers/annotations';
import { assertFindingAt, checkRuleSettings, orgHeader } from '../helpers/fixtures';

const member = (body: string) => orgHeader('featureSet: ALL', `  payments:\n    id: "222222222222"\n    joined: invited\n${body}`);

describe('ORG002 structure', () => {
  describe('unknown keys', () => {
    it('suggests the close key, once: the misspelt key is not also a missing one', () => {
      const [d] = checkDiagnostics(`apiVersion: orgmanifest/v1
organization:
  featureset: ALL
# ^^^^^^^^^^ ORG002
  managementAccount: management
accounts:
  management: { id: "111111111111" }
`);
      assert.match(d!.message, /Unknown key `featureset` in `organization`\. Did you mean `featureSet`\?/);
      assert.deepEqual(d!.data, { kind: 'replaceWith', candidates: ['featureSet'] });
    });

    it('suggests keys inside accounts and statements too', () => {
      const [d] = checkDiagnostics(
        member(`    administator:
#   ^^^^^^^^^^^^ ORG002
      permissions: [organizations:AcceptHandshake]
`),
      );
      assert.deepEqual(d!.data, { kind: 'replaceWith', candidates: ['administrator'] });
      checkDiagnostics(
        member(`    administrator:
      policy:
        Statement:
          - { Effect: Allow, Actions: "*", Resource: "*" }
#                            ^^^^^^^ ORG002
`),
      );
    });

    it('lists the allowed keys when none is close', () => {
      // The key starts in column 0, where no caret can go.
      const diagnostics = diagnose(orgHeader('featureSet: ALL', 'owner: platform-team\n'));
      assert.equal(diagnostics.length, 1);
      assertFindingAt(diagnostics[0], 'ORG002', 7, 0, 5);
      assert.match(diagnostics[0]!.message, /top level.*Allowed keys: `apiVersion`, `organization`/);
      assert.equal(diagnostics[0]!.data, undefined);
    });

    it('reports keys that are not plain strings', () => {
      checkDiagnostics(member(`    ? [a, b]\n#     ^^^^^^ ORG002\n    : x\n`));
    });
  });

  describe('wrong types', () => {
    it('reports a list where a mapping is expected, on the value and on its line only', () => {
      const text = orgHeader(
        'featureSet: ALL',
        `trustedAccess:
  - sso.amazonaws.com
# ^^^^^^^^^^^^^^^^^^^ ORG002
`,
      );
      const [d] = checkDiagnostics(text);
      assert.equal(d!.message, '`trustedAccess` must be a mapping, but it is a list. Change it to a mapping.');
      assert.equal(d!.range.end.line, d!.range.start.line);
    });

    it('reports an account that is not a mapping once (no "missing id" or "missing joined" on top)', () => {
      checkDiagnostics(
        orgHeader('featureSet: ALL').replace('  management:\n    id: "111111111111"\n', '  management: [111111111111]\n#             ^^^^^^^^^^^^^^ ORG002\n') +
          `  payments:\n# ^^^^^^^^ ORG002\n  website: invited\n#          ^^^^^^^ ORG002\n`,
      );
    });

    it('reports a string where a list is expected, a mapping where a string is, a string where a boolean is', () => {
      checkDiagnostics(
        member(`    name: { first: pay }
#         ^^^^^^^^^^^^^^ ORG002
    administrator:
      permissions: organizations:AcceptHandshake
#                  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ ORG002
trustedAccess:
  sso.amazonaws.com: { enabled: "yes" }
#                               ^^^^^ ORG002
`),
      );
    });

    it('says "the manifest" when the whole file has the wrong shape', () => {
      const [d] = diagnose('- apiVersion: orgmanifest/v1\n');
      assert.equal(d!.code, 'ORG002');
      assert.match(d!.message, /^The manifest must be a mapping, but it is a list/);
    });
  });

  describe('values of a fixed set', () => {
    it('suggests the valid value for featureSet: all', () => {
      const [d] = checkDiagnostics(orgHeader('featureSet: all\n#           ^^^ ORG002'));
      assert.match(d!.message, /`all` is not a valid value for `organization\.featureSet`: use one of `ALL`, `CONSOLIDATED_BILLING`\. Did you mean `ALL`\?/);
      assert.deepEqual(d!.data, { kind: 'replaceWith', candidates: ['ALL'] });
    });

    it('checks apiVersion, joined, role states, Effect and handshakes, naming the list entry', () => {
      const text = `apiVersion: orgmanifest/v2
#           ^^^^^^^^^^^^^^ ORG002
organization:
  featureSet: ALL
  managementAccount: management
accounts:
  management: { id: "111111111111" }
  payments:
    id: "222222222222"
    joined: Invited
#           ^^^^^^^ ORG002
    serviceLinkedRoles:
      AWSServiceRoleForOrganizations: removed
#                                     ^^^^^^^ ORG002
    administrator:
      policy:
        Statement:
          - { Effect: allow, Action: "*", Resource: "*" }
#                     ^^^^^ ORG002
handshakes:
  - { type: invite, account: payments, state: OPEN }
#           ^^^^^^ ORG002
`;
      const diagnostics = checkDiagnostics(text);
      const joined = diagnostics.find((d) => d.message.includes('`Invited`'));
      assert.deepEqual(joined!.data, { kind: 'replaceWith', candidates: ['invited'] });
      assert.ok(diagnostics.some((d) => d.message.includes('`handshakes[0].type`')));
    });

    it('reports a bad joined value as ORG002 only, not as a missing joined (ORG504)', () => {
      checkDiagnostics(orgHeader('featureSet: ALL', `  payments:\n    joined: sometimes\n#           ^^^^^^^^^ ORG002\n`));
      checkDiagnostics(orgHeader('featureSet: ALL', `  payments:\n    joined:\n#   ^^^^^^ ORG002\n`));
    });
  });

  describe('missing keys', () => {
    it('reports a missing managementAccount on the organization key, without any ORG504', () => {
      const diagnostics = diagnose(`apiVersion: orgmanifest/v1
organization:
  featureSet: ALL
accounts:
  management: { id: "111111111111" }
  website: { joined: created }
`);
      assert.equal(diagnostics.length, 1);
      assertFindingAt(diagnostics[0], 'ORG002', 1, 0, 12);
      assert.match(diagnostics[0]!.message, /`organization` is missing the required key `managementAccount`\. Add `managementAccount:`/);
    });

    it('reports missing top-level keys at the start of the document, and an empty file', () => {
      const [version] = diagnose('organization: { featureSet: ALL, managementAccount: m }\naccounts: { m: { id: "111111111111" } }\n');
      assert.equal(version!.code, 'ORG002');
      assert.match(version!.message, /missing the required key `apiVersion`/);
      assert.deepEqual(version!.range.start, { line: 0, character: 0 });
      for (const empty of ['', '# nothing yet\n']) {
        const [d] = diagnose(empty);
        assert.equal(d!.code, 'ORG002');
        assert.match(d!.message, /no manifest.*apiVersion: orgmanifest\/v1/);
      }
    });

    it('reports a missing key of a list entry on that entry, not on the list', () => {
      const [d] = checkDiagnostics(
        member(`handshakes:
  - { type: INVITE, account: payments, state: ACCEPTED }
  - { type: INVITE, account: payments }
#   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ ORG002
  - type: INVITE
    account: payments
    state: DECLINED
`),
      );
      assert.match(d!.message, /`handshakes\[1\]` is missing the required key `state`/);
    });

    it('requires the id of the management account and of invited accounts, on the account key', () => {
      const text = `apiVersion: orgmanifest/v1
organization:
  featureSet: ALL
  managementAccount: management
accounts:
  management:
# ^^^^^^^^^^ ORG002
    email: aws@example.com
  payments:
# ^^^^^^^^ ORG002
    joined: invited
  website:
    joined: created
`;
      const diagnostics = checkDiagnostics(text);
      assert.match(diagnostics[0]!.message, /`management` is missing the required key `id`.*management account/);
      assert.match(diagnostics[1]!.message, /`payments` is missing the required key `id`.*invited/);
    });

    it('reports an id of the wrong type once, on the value, not also as missing', () => {
      checkDiagnostics(orgHeader('featureSet: ALL', `  payments:\n    id: true\n#       ^^^^ ORG002\n    joined: invited\n`));
      checkDiagnostics(orgHeader('featureSet: ALL', `  payments:\n    id:\n#   ^^ ORG002\n    joined: invited\n`));
    });
  });

  describe('policy statements', () => {
    it('reports Action with NotAction (on NotAction), neither (on Effect), and Resource with NotResource', () => {
      checkDiagnostics(
        member(`    administrator:
      policy:
        Version: "2012-10-17"
        Statement:
          - Effect: Allow
            Action: "*"
            NotAction: iam:*
#                      ^^^^^ ORG002
            Resource: "*"
          - Effect: Deny
#                   ^^^^ ORG002
            Resource: "*"
          - Effect: Allow
            Action: organizations:AcceptHandshake
            Resource: "*"
            NotResource: arn:aws:s3:::logs
#                        ^^^^^^^^^^^^^^^^^ ORG002
`),
      );
    });

    it('reports a statement without Effect on the statement', () => {
      const [d] = checkDiagnostics(
        member(`    administrator:
      policy:
        Statement:
          - Action: organizations:AcceptHandshake
#           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ ORG002
            Resource: "*"
`),
        { only: ['ORG002'] },
      );
      assert.match(d!.message, /`accounts\.payments\.administrator\.policy\.Statement\[0\]` is missing the required key `Effect`/);
    });

    it('accepts one statement as a mapping, lists or strings, and an unquoted Version', () => {
      checkDiagnostics(
        member(`    administrator:
      policy:
        Version: 2012-10-17
        Statement:
          Effect: Allow
          Action: [organizations:AcceptHandshake]
          NotResource: arn:aws:s3:::logs
          Condition:
            StringEquals: { aws:PrincipalAccount: 222222222222, aws:SecureTransport: true }
`),
      );
    });
  });

  it('honours the settings', () => {
    checkRuleSettings(member('    nickname: pay\n'), 'ORG002', DiagnosticSeverity.Error);
  });
});
