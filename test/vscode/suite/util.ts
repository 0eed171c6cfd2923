// Helpers for tests that run inside VS Code. They poll for state and never sleep a fixed time.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'org-manifest.org-manifest';

/** A file of the test workspace (a fresh copy of test/vscode/workspace/ made by the runner). */
export function workspaceFile(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'no workspace folder is open: the runner must open a copy of test/vscode/workspace/');
  return vscode.Uri.joinPath(folder.uri, name);
}

export async function openWorkspaceFile(name: string): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument(workspaceFile(name));
  await vscode.window.showTextDocument(document);
  return document;
}

/** Resolves once `condition` holds; rejects naming `what` after `timeoutMs`. */
export async function waitFor(what: string, condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  await waitUntil(what, () => condition() || undefined, timeoutMs);
}

/**
 * Polls `probe` until it gives a value other than undefined or false, and resolves with that value;
 * rejects naming `what` after `timeoutMs`, with `lastSeen()` (what was there instead) when given.
 */
export async function waitUntil<T>(
  what: string,
  probe: () => T | undefined | false | Promise<T | undefined | false>,
  timeoutMs = 10_000,
  lastSeen?: () => string,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${lastSeen ? `; instead: ${lastSeen()}` : ''}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Writes a new file into the workspace copy and opens it in an editor: a test's own manifest. */
export async function openNewWorkspaceFile(name: string, text: string): Promise<vscode.TextDocument> {
  await vscode.workspace.fs.writeFile(workspaceFile(name), Buffer.from(text, 'utf8'));
  return openWorkspaceFile(name);
}

/** Opens a fresh copy of a fixture under a new name: for a test that edits or saves it. */
export async function openCopyOfWorkspaceFile(source: string, name: string): Promise<vscode.TextDocument> {
  const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceFile(source)));
  return openNewWorkspaceFile(name, text);
}

/**
 * Closes every editor, so that the next test starts from an empty window. Closing a dirty editor would
 * open a "save?" dialog that nobody answers: edited files are saved first (they are copies), and
 * unsaved new documents are discarded.
 */
export async function closeAllEditors(): Promise<void> {
  await vscode.workspace.saveAll(false);
  for (const document of vscode.workspace.textDocuments.filter((d) => d.isUntitled && d.isDirty)) {
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

export async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** The range of `text` on the first line of the document that matches `line`: a fixture's known spot. */
export function rangeOf(document: vscode.TextDocument, line: RegExp, text: string): vscode.Range {
  for (let index = 0; index < document.lineCount; index++) {
    const content = document.lineAt(index).text;
    const column = content.indexOf(text);
    if (line.test(content) && column >= 0) return new vscode.Range(index, column, index, column + text.length);
  }
  throw new Error(`no line matching ${line} with ${JSON.stringify(text)} in ${document.uri.path}`);
}
