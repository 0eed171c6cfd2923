// Completion offers service principals where a trusted service is expected.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { skipUnlessAnnounced } from './orgManifest';
import { closeAllEditors, openNewWorkspaceFile } from './util';

// No principal appears in the text, so a word-based suggestion cannot make the test pass.
const MANIFEST = `apiVersion: orgmanifest/v1
organization:
  featureSet: ALL
  managementAccount: management
accounts:
  management:
    id: "111111111111"
trustedAccess:
  
`;

function labelOf(item: vscode.CompletionItem): string {
  return typeof item.label === 'string' ? item.label : item.label.label;
}

/** What an item says besides its label: where a completion names the service it stands for. */
function detailsOf(item: vscode.CompletionItem): string {
  const documentation = typeof item.documentation === 'string' ? item.documentation : (item.documentation?.value ?? '');
  const description = typeof item.label === 'string' ? '' : `${item.label.description ?? ''} ${item.label.detail ?? ''}`;
  return `${item.detail ?? ''} ${description} ${documentation}`;
}

describe('completion', () => {
  after(closeAllEditors);

  it('offers service principals, with their service, under trustedAccess', async function () {
    const document = await openNewWorkspaceFile('completion.org.yaml', MANIFEST);
    await skipUnlessAnnounced(this, 'completion (completionProvider)', (capabilities) => Boolean(capabilities.completionProvider));
    // On the indented empty line under trustedAccess: where a new principal key goes.
    const position = new vscode.Position(8, 2);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>(
      'vscode.executeCompletionItemProvider',
      document.uri,
      position,
    );
    const sso = list.items.find((item) => labelOf(item) === 'sso.amazonaws.com');
    assert.ok(sso, `no sso.amazonaws.com among ${list.items.length} items: ${list.items.slice(0, 20).map(labelOf).join(', ')}`);
    assert.match(detailsOf(sso), /IAM Identity Center/);
    assert.ok(list.items.some((item) => labelOf(item) === 'guardduty.amazonaws.com'), 'no guardduty.amazonaws.com');
  });
});
