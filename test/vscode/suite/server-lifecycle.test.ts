// The language server comes back: through "Restart Language Server", and by itself after a crash.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { waitForCodes } from './diagnostics';
import { activeExtension, serverInfo } from './orgManifest';
import { closeAllEditors, openCopyOfWorkspaceFile, rangeOf, waitUntil } from './util';

/** The server's first answer after a (re)start can take a while on a busy CI machine. */
const RESTART_TIMEOUT_MS = 30_000;

async function newServerPid(previous: number): Promise<number> {
  const info = await waitUntil(
    `a language server other than process ${previous}`,
    async () => {
      const current = await serverInfo();
      return current.pid !== previous && current;
    },
    RESTART_TIMEOUT_MS,
  );
  return info.pid;
}

/**
 * Proves the server now running checks the document: an edit that quotes the unquoted ID must clear
 * its ORG502, which only a live server can publish. Then undoes the edit for the next test.
 */
async function assertServerChecks(document: vscode.TextDocument): Promise<void> {
  await waitForCodes(document.uri, ['ORG201', 'ORG502'], RESTART_TIMEOUT_MS);
  const quote = new vscode.WorkspaceEdit();
  quote.replace(document.uri, rangeOf(document, /^ {4}id: 333/, '333333333333'), '"333333333333"');
  assert.ok(await vscode.workspace.applyEdit(quote));
  await waitForCodes(document.uri, ['ORG201']);
  const unquote = new vscode.WorkspaceEdit();
  unquote.replace(document.uri, rangeOf(document, /^ {4}id: "333/, '"333333333333"'), '333333333333');
  assert.ok(await vscode.workspace.applyEdit(unquote));
  await waitForCodes(document.uri, ['ORG201', 'ORG502']);
}

describe('language server lifecycle', function () {
  this.timeout(90_000);
  let document: vscode.TextDocument;

  before(async () => {
    document = await openCopyOfWorkspaceFile('handshake.org.yaml', 'lifecycle.org.yaml');
    await waitForCodes(document.uri, ['ORG201', 'ORG502']);
  });
  after(closeAllEditors);

  it('runs the bundled server of the extension under test', async () => {
    const { entry } = await serverInfo();
    const extension = await activeExtension();
    assert.equal(path.resolve(entry), path.join(extension.extensionUri.fsPath, 'dist', 'server.js'));
  });

  it('"Restart Language Server" starts a new server, which checks the open manifests', async () => {
    const before = await serverInfo();
    await vscode.commands.executeCommand('orgManifest.restartServer');
    await newServerPid(before.pid);
    await assertServerChecks(document);
  });

  it('a killed server is restarted, and the new one publishes fresh diagnostics', async () => {
    const before = await serverInfo();
    process.kill(before.pid, 'SIGKILL');
    await newServerPid(before.pid);
    await assertServerChecks(document);
  });
});
