/**
 * Hover and completion through the bundled server over stdio (issue #3): every position kind, with
 * `|` cursor markers, the way an editor asks for them.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { CompletionTriggerKind } from 'vscode-languageserver-protocol/node';
import type { CompletionContext, CompletionList, Hover, InitializeResult, MarkupContent, Position, TextEdit } from 'vscode-languageserver-protocol/node';
import { LspClient, SERVER_PATH, requestCompletion, requestHover } from './lspClient';

const MANIFEST = `apiVersion: orgmanifest/v1
organization:
  featureSet: ALL
  currentFeatureSet: CONSOLIDATED_BILLING
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
    ou: Workloads/Prod
    administrator:
      permissions: [organizations:AcceptHandshake]
    serviceLinkedRoles:
      AWSServiceRoleForSSO: present
trustedAccess:
  sso.amazonaws.com:
    delegatedAdministrator: payments
handshakes:
  - { type: APPROVE_ALL_FEATURES, account: payments, state: OPEN }
`;

/** Puts `|` where `markedNeedle` (a piece of `text` with a `|`) says. */
function place(text: string, markedNeedle: string): string {
  const needle = markedNeedle.replace('|', '');
  const index = text.indexOf(needle);
  assert.ok(index >= 0, `${needle} not in the fixture`);
  const at = index + markedNeedle.indexOf('|');
  return `${text.slice(0, at)}|${text.slice(at)}`;
}

function positionOf(text: string, offset: number): Position {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length - 1, character: before[before.length - 1]!.length };
}

describe('hover and completion over stdio (bundled dist/server.js)', function () {
  this.timeout(30000);
  let client: LspClient;
  let initialized: InitializeResult;
  let documents = 0;

  before(async function () {
    assert.ok(existsSync(SERVER_PATH), 'run `npm run build` first: dist/server.js is missing');
    ({ client, initializeResult: initialized } = await LspClient.start());
  });
  after(async () => {
    if (client.process.exitCode === null) await client.stop();
  });

  /** Opens the marked text as a new document and returns the cursor position. */
  async function openMarked(marked: string, name = 'acme.org.yaml', languageId = 'org-manifest'): Promise<{ uri: string; position: Position }> {
    const offset = marked.indexOf('|');
    const text = marked.slice(0, offset) + marked.slice(offset + 1);
    const uri = `file:///work/${++documents}-${name}`;
    await client.open(uri, text, languageId);
    return { uri, position: positionOf(text, offset) };
  }

  async function hover(marked: string): Promise<string> {
    const { uri, position } = await openMarked(marked);
    const answer: Hover | null = await requestHover(client, uri, position);
    assert.ok(answer, 'no hover');
    return (answer.contents as MarkupContent).value;
  }

  async function complete(marked: string, context?: CompletionContext): Promise<CompletionList> {
    const { uri, position } = await openMarked(marked);
    return requestCompletion(client, uri, position, context);
  }

  const labels = (list: CompletionList) => list.items.map((item) => item.label);

  it('announces hover and completion, triggered by `:` and space', () => {
    assert.equal(initialized.capabilities.hoverProvider, true);
    assert.deepEqual(initialized.capabilities.completionProvider?.triggerCharacters, [':', ' ']);
  });

  describe('hover', () => {
    it('on a principal key: the service and its role, with the AWS page', async () => {
      const text = await hover(place(MANIFEST, '  sso.amazon|aws.com:'));
      assert.match(text, /AWS IAM Identity Center/);
      assert.match(text, /AWSServiceRoleForSSO/);
      assert.match(text, /\(https:\/\/docs\.aws\.amazon\.com\/organizations\/[^)]+\)/);
    });

    it('on a role name, an action, a feature set value, an account reference, an OU path, a handshake type and state, a key', async () => {
      assert.match(await hover(place(MANIFEST, 'AWSServiceRole|ForSSO')), /Used by \*\*AWS IAM Identity Center\*\*/);
      assert.match(await hover(place(MANIFEST, '[organizations:Accept|Handshake]')), /ORG201/);
      assert.match(await hover(place(MANIFEST, '  featureSet: A|LL')), /one-way/);
      assert.match(await hover(place(MANIFEST, 'delegatedAdministrator: pay|ments')), /`organizations:AcceptHandshake`: allowed by `permissions`/);
      assert.match(await hover(place(MANIFEST, 'ou: Workloads/P|rod')), /\*\*OU `Workloads\/Prod`\*\*/);
      assert.match(await hover(place(MANIFEST, 'type: APPROVE_ALL|_FEATURES')), /handshake type/);
      assert.match(await hover(place(MANIFEST, 'state: OP|EN')), /handshake state/);
      assert.match(await hover(place(MANIFEST, '  managementAcc|ount:')), /The key \(under `accounts`\) of the management account/);
    });

    it('answers null where there is nothing to say, and for documents that are not manifests', async () => {
      const { uri, position } = await openMarked(`# nothing| here\n${MANIFEST}`);
      assert.equal(await requestHover(client, uri, position), null);
      const other = await openMarked('services:\n  web: { image: ngi|nx }\n', 'docker-compose.yaml', 'yaml');
      assert.equal(await requestHover(client, other.uri, other.position), null);
    });
  });

  describe('completion', () => {
    it('offers keys valid at the cursor, never the present ones', async () => {
      const list = await complete(MANIFEST.replace('    joined: invited\n', '    joined: invited\n    |\n'));
      assert.ok(labels(list).includes('email'));
      assert.ok(!labels(list).includes('joined'));
    });

    it('offers enum values, with a leading space right after the colon', async () => {
      const list = await complete(MANIFEST.replace('  featureSet: ALL', '  featureSet:|'), { triggerKind: CompletionTriggerKind.TriggerCharacter, triggerCharacter: ':' });
      assert.deepEqual(labels(list), ['ALL', 'CONSOLIDATED_BILLING']);
      assert.equal((list.items[0]!.textEdit as TextEdit).newText, ' ALL');
    });

    it('offers principals with their service, role names, actions, account keys and OU paths', async () => {
      const principals = await complete(`${MANIFEST.split('handshakes:')[0]}  |\n`);
      assert.equal(principals.items.find((item) => item.label === 'guardduty.amazonaws.com')?.detail, 'Amazon GuardDuty');
      assert.ok(!labels(principals).includes('sso.amazonaws.com'));
      const roles = await complete(MANIFEST.replace('      AWSServiceRoleForSSO: present\n', '      AWSServiceRoleForSSO: present\n      |\n'));
      assert.equal(roles.items[0]!.label, 'AWSServiceRoleForOrganizations');
      assert.ok(!labels(roles).includes('AWSServiceRoleForSSO'));
      assert.ok(labels(await complete(MANIFEST.replace('[organizations:AcceptHandshake]', '[organizations:AcceptHandshake, |]'))).includes('iam:CreateServiceLinkedRole'));
      assert.deepEqual(labels(await complete(MANIFEST.replace('delegatedAdministrator: payments', 'delegatedAdministrator: |'))), ['payments']);
      assert.deepEqual(labels(await complete(MANIFEST.replace('ou: Workloads/Prod', 'ou: |'))), ['Workloads', 'Workloads/Prod']);
    });

    it('offers the account and trusted-service snippets', async () => {
      const account = await complete(MANIFEST.replace('trustedAccess:\n', '  |\ntrustedAccess:\n'));
      assert.deepEqual(labels(account), ['New account']);
      const trusted = await complete(`${MANIFEST.split('handshakes:')[0]}  |\n`);
      assert.ok(labels(trusted).includes('New trusted service'));
    });

    it('ignores a space typed in indentation, but not one after `key:`', async () => {
      const indentation = await complete(MANIFEST.replace('    joined: invited\n', '    joined: invited\n    |\n'), { triggerKind: CompletionTriggerKind.TriggerCharacter, triggerCharacter: ' ' });
      assert.deepEqual(indentation.items, []);
      const value = await complete(MANIFEST.replace('    joined: invited', '    joined: |'), { triggerKind: CompletionTriggerKind.TriggerCharacter, triggerCharacter: ' ' });
      assert.deepEqual(labels(value), ['created', 'invited']);
    });
  });
});
