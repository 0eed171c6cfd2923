import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, TextDocumentEdit, TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol/node';
import { LspClient, SERVER_PATH } from './lspClient';

const manifest = `apiVersion: orgmanifest/v1
organization:
  featureSet: ALL
  currentFeatureSet: CONSOLIDATED_BILLING
  managementAccount: management
accounts:
  management:
    id: 111111111111   # quoted by fix-all
  payments:            # invited: must accept the handshake
    id: "222222222222"
    joined: invited
    administrator:
      permissions: [organizations:DescribeOrganization]
`;

/** Applies a workspace edit for `uri` at `version`, as an editor would. */
function applyWorkspaceEdit(text: string, edit: WorkspaceEdit | undefined, uri: string, version: number): string {
  const [change] = (edit?.documentChanges ?? []) as TextDocumentEdit[];
  assert.ok(change, 'the edit has no document change');
  assert.deepEqual(change.textDocument, { uri, version });
  return TextDocument.applyEdits(TextDocument.create(uri, 'org-manifest', version, text), change.edits as TextEdit[]);
}

describe('quick fixes over stdio (bundled dist/server.js)', function () {
  this.timeout(30000);
  let client: LspClient | undefined;

  before(() => assert.ok(existsSync(SERVER_PATH), 'run `npm run build` first: dist/server.js is missing'));
  afterEach(async () => {
    if (client && client.process.exitCode === null) await client.stop();
    client = undefined;
  });

  it('announces quick fixes, fix-all and the Fix All command', async () => {
    const started = await LspClient.start();
    client = started.client;
    const { codeActionProvider, executeCommandProvider } = started.initializeResult.capabilities;
    assert.deepEqual(codeActionProvider, { codeActionKinds: ['quickfix', 'source.fixAll.org-manifest'], resolveProvider: false });
    assert.ok(executeCommandProvider?.commands.includes('orgManifest.fixAll'));
  });

  it('returns the fixes of a diagnostic; applying the preferred one makes the diagnostic disappear', async () => {
    client = (await LspClient.start()).client;
    const uri = 'file:///work/quick-fix.org.yaml';
    const opened = client.diagnostics(uri);
    await client.open(uri, manifest);
    const handshake = (await opened).diagnostics.find((d) => d.code === 'ORG201');
    assert.ok(handshake);

    const actions = await client.codeActions(uri, handshake.range, [handshake]);
    assert.deepEqual(
      actions.map((a: CodeAction) => [a.title, a.kind, a.isPreferred ?? false]),
      [
        ['Add `organizations:AcceptHandshake`', 'quickfix', true],
        ['Disable ORG201 for this line', 'quickfix', false],
      ],
    );
    assert.deepEqual(actions[0]!.diagnostics?.map((d) => d.code), ['ORG201']);
    const fixed = applyWorkspaceEdit(manifest, actions[0]!.edit, uri, 1);
    assert.equal(fixed, manifest.replace('[organizations:DescribeOrganization]', '[organizations:DescribeOrganization, organizations:AcceptHandshake]'));

    const updated = client.diagnostics(uri, (_, version) => version === 2);
    await client.change(uri, 2, fixed);
    assert.deepEqual((await updated).diagnostics.map((d) => d.code), ['ORG502']);
    // The old diagnostic, sent again, is stale: nothing is offered for it.
    assert.deepEqual(await client.codeActions(uri, handshake.range, [handshake]), []);
  });

  it('offers fix-all as source.fixAll.org-manifest (what editor.codeActionsOnSave asks for)', async () => {
    client = (await LspClient.start()).client;
    const uri = 'file:///work/on-save.org.yaml';
    const opened = client.diagnostics(uri);
    await client.open(uri, manifest);
    await opened;
    const start = { line: 0, character: 0 };
    const [fixAll, ...others] = await client.codeActions(uri, { start, end: start }, [], ['source.fixAll.org-manifest']);
    assert.equal(others.length, 0);
    assert.equal(fixAll?.kind, 'source.fixAll.org-manifest');
    const fixed = applyWorkspaceEdit(manifest, fixAll.edit, uri, 1);
    const updated = client.diagnostics(uri, (_, version) => version === 2);
    await client.change(uri, 2, fixed);
    assert.deepEqual((await updated).diagnostics, []);
    assert.match(fixed, /id: "111111111111" {3}# quoted by fix-all/);
  });

  it('runs the orgManifest.fixAll command through workspace/applyEdit', async () => {
    client = (await LspClient.start({ capabilities: { workspace: { applyEdit: true, workspaceEdit: { documentChanges: true } } } })).client;
    const uri = 'file:///work/command.org.yaml';
    const opened = client.diagnostics(uri);
    await client.open(uri, manifest);
    await opened;
    let text = manifest;
    let applied = 0;
    client.onApplyEdit((edit) => {
      applied++;
      text = applyWorkspaceEdit(text, edit, uri, 1);
      return true;
    });
    await client.executeCommand('orgManifest.fixAll', [{ uri, version: 1 }]);
    assert.notEqual(text, manifest);
    const updated = client.diagnostics(uri, (_, version) => version === 2);
    await client.change(uri, 2, text);
    assert.deepEqual((await updated).diagnostics, []);
    // The command answers only after the edit was applied; one for a version the server no longer has changes nothing.
    assert.equal(applied, 1);
    await client.executeCommand('orgManifest.fixAll', [{ uri, version: 1 }]);
    assert.equal(applied, 1);
  });
});
