import assert from 'node:assert/strict';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { checkDiagnostics } from '../helpers/annotations';
import { checkRuleSettings } from '../helpers/fixtures';

/** Accounts `management` and `payments`, OUs Workloads/Prod, then `rest`. */
const manifest = (payments: string, rest = '') => `apiVersion: orgmanifest/v1
organization:
  featureSet: ALL
  managementAccount: management
organizationalUnits:
  Workloads:
    Prod: {}
accounts:
  management:
    id: "111111111111"
  payments:
    id: "222222222222"
    joined: invited
${payments}${rest}`;

const scp = (targets: string) => `policies:
  serviceControlPolicies:
    DenyLeave:
${targets}      document: { Version: "2012-10-17", Statement: [{ Effect: Deny, Action: "organizations:LeaveOrganization", Resource: "*" }] }
`;

const target = manifest('', scp('      targets: [Root, Workload, payments, Workloads/Prod]\n#                     ^^^^^^^^ ORG406\n'));

describe('ORG406 reference to an account, OU or permission set that does not exist', () => {
  it('fires on an SCP target that is not Root, an OU path or an account key, with did-you-mean', () => {
    const [d] = checkDiagnostics(target);
    assert.match(d!.message, /SCP `DenyLeave` targets `Workload`, which is not `Root`, the path of an OU or an account key.*Did you mean `Workloads`\?/);
    assert.deepEqual(d!.data, { kind: 'replaceWith', candidates: ['Workloads'] });
  });

  it('fires on a target `root` (targets are case-sensitive) and suggests Root', () => {
    const [d] = checkDiagnostics(manifest('', scp('      targets: [root]\n#               ^^^^ ORG406\n')));
    assert.deepEqual(d!.data, { kind: 'replaceWith', candidates: ['Root'] });
  });

  it("fires on an account's ou that is not a full path, suggesting the path that ends in it", () => {
    const [d] = checkDiagnostics(manifest('    ou: Prod\n#       ^^^^ ORG406\n'));
    assert.match(d!.message, /Account `payments` is placed in OU `Prod`, but no OU has that path.*Did you mean `Workloads\/Prod`\?/);
    assert.deepEqual(d!.data, { kind: 'replaceWith', candidates: ['Workloads/Prod'] });
  });

  it('fires on handshake and assignment accounts and on unknown permission sets', () => {
    checkDiagnostics(
      manifest(
        '',
        `handshakes:
  - { type: INVITE, account: paymnets, state: OPEN }
#                            ^^^^^^^^ ORG406
identityCenter:
  permissionSets:
    ReadOnly: { managedPolicies: [arn:aws:iam::aws:policy/ReadOnlyAccess] }
  assignments:
    - { account: payments, permissionSet: ReadOnly, group: auditors }
    - { account: nobody, permissionSet: ReadOnyl, group: auditors }
#                ^^^^^^ ORG406
#                                       ^^^^^^^^ ORG406
trustedAccess:
  sso.amazonaws.com: {}
`,
      ),
    );
  });

  it('does not fire when every reference resolves', () => {
    checkDiagnostics(
      manifest(
        '    ou: Workloads/Prod\n',
        `${scp('      targets: [Root, Workloads, Workloads/Prod, payments]\n')}handshakes:\n  - { type: INVITE, account: payments, state: ACCEPTED }\n`,
      ),
    );
  });

  it('leaves account keys alone when accounts is not a mapping (ORG002 says so)', () => {
    const text = `apiVersion: orgmanifest/v1
organization: { featureSet: ALL, managementAccount: management }
accounts: []
handshakes:
  - { type: INVITE, account: payments, state: OPEN }
`;
    checkDiagnostics(text, { only: ['ORG406'] });
  });

  it('honours the settings', () => {
    checkRuleSettings(target, 'ORG406', DiagnosticSeverity.Error);
  });
});
