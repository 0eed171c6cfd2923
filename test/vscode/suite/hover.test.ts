// Hover on a service principal tells what the service is and which service-linked role it uses.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { skipUnlessAnnounced } from './orgManifest';
import { closeAllEditors, openWorkspaceFile, rangeOf } from './util';

/** The hovers' text, whatever form each part takes (MarkdownString or the older MarkedString). */
function hoverText(hovers: readonly vscode.Hover[]): string {
  return hovers
    .flatMap((hover) => hover.contents)
    .map((part) => (typeof part === 'string' ? part : part.value))
    .join('\n');
}

describe('hover', () => {
  after(closeAllEditors);

  it('on sso.amazonaws.com shows the service and AWSServiceRoleForSSO', async function () {
    const document = await openWorkspaceFile('handshake.org.yaml');
    await skipUnlessAnnounced(this, 'hover (hoverProvider)', (capabilities) => Boolean(capabilities.hoverProvider));
    // Inside the principal, not at its first character: a hover must cover the whole word.
    const position = rangeOf(document, /^ {2}sso\.amazonaws\.com:/, 'amazonaws').start;
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
    const text = hoverText(hovers);
    assert.match(text, /IAM Identity Center/);
    assert.match(text, /AWSServiceRoleForSSO/);
  });
});
