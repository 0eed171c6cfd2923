import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { codeLenses, getLanguageService } from '../../../server/src/service';
import { diagnose, upgradeHeader } from '../helpers/annotations';

let version = 0;
function lensesOf(text: string): Map<number, string> {
  const document = TextDocument.create(`file:///lens${++version}.org.yaml`, 'org-manifest', 1, text);
  const result = getLanguageService().check(document);
  return new Map(codeLenses(result, document).map((lens) => [lens.range.start.line, lens.command!.title]));
}

function lineOf(text: string, needle: string): number {
  return text.split('\n').findIndex((line) => line.includes(needle));
}

const ORG = `apiVersion: orgmanifest/v1
organization: { featureSet: ALL, managementAccount: management }
organizationalUnits:
  Workloads:
    Prod: {}
    Dev: {}
  Sandbox: {}
accounts:
  management: { id: "111111111111", ou: Workloads }
  a: { id: "222222222222", joined: created, ou: Workloads }
  b: { id: "333333333333", joined: created, ou: Workloads/Prod }
  c: { id: "444444444444", joined: created, ou: Workloads/Dev }
  d: { id: "555555555555", joined: created, ou: Sandbox }
  e: { id: "666666666666", joined: created }
policies:
  serviceControlPolicies:
`;
const scp = (name: string, targets: string) =>
  `    ${name}: { targets: ${targets}, document: { Version: "2012-10-17", Statement: [{ Effect: Deny, Action: "s3:DeleteBucket", Resource: "*" }] } }\n`;

describe('code lenses', () => {
  it('on each SCP: the accounts it reaches through OUs and their children, each once', () => {
    const text = `${ORG}${scp('OnProd', '[Workloads/Prod]')}${scp('OnWorkloads', '[Workloads, Workloads/Prod, b]')}${scp('OnTwo', '[d, e]')}${scp('OnNothing', '[]')}${scp('Dangling', '[Nowhere]')}`;
    const lenses = lensesOf(text);
    assert.equal(lenses.get(lineOf(text, 'OnProd:')), 'Reaches 1 account');
    assert.equal(lenses.get(lineOf(text, 'OnWorkloads:')), 'Reaches 3 accounts (not the management account: SCPs do not affect it)');
    assert.equal(lenses.get(lineOf(text, 'OnTwo:')), 'Reaches 2 accounts');
    assert.equal(lenses.get(lineOf(text, 'OnNothing:')), 'Reaches no accounts');
    assert.equal(lenses.get(lineOf(text, 'Dangling:')), 'Reaches no accounts');
  });

  it('through Root, every member account; never the management account, even named directly', () => {
    const text = `${ORG}${scp('Everywhere', '[Root]')}${scp('OnManagement', '[management]')}`;
    const lenses = lensesOf(text);
    assert.equal(lenses.get(lineOf(text, 'Everywhere:')), 'Reaches 5 accounts (not the management account: SCPs do not affect it)');
    assert.equal(lenses.get(lineOf(text, 'OnManagement:')), 'Reaches no accounts (not the management account: SCPs do not affect it)');
  });

  it('on featureSet while enabling all features is planned: handshakes to send and accounts not ready, as ORG201/ORG202 count them', () => {
    const text = upgradeHeader(`  ready: { id: "222222222222", joined: invited, administrator: { permissions: [organizations:AcceptHandshake] } }
  no-admin: { id: "333333333333", joined: invited }
  role-gone:
    joined: created
    administrator: { permissions: [organizations:AcceptHandshake] }
    serviceLinkedRoles: { AWSServiceRoleForOrganizations: deleted }
  quiet: { id: "444444444444", joined: created }
  agreed: { id: "555555555555", joined: invited }
handshakes:
  - { type: APPROVE_ALL_FEATURES, account: agreed, state: ACCEPTED }
`);
    assert.equal(lensesOf(text).get(lineOf(text, '  featureSet: ALL')), 'Enabling all features: 3 handshakes to send, 2 accounts not ready');
    const notReady = new Set(diagnose(text).filter((d) => d.code === 'ORG201' || d.code === 'ORG202').map((d) => d.range.start.line));
    assert.equal(notReady.size, 2);
  });

  it('none on featureSet when no upgrade is planned, and none for a file that is not a manifest', () => {
    assert.deepEqual([...lensesOf(ORG).values()], []);
    assert.deepEqual([...lensesOf('just: text\n').values()], []);
    assert.deepEqual([...lensesOf(': : [\n').values()], []);
  });
});
