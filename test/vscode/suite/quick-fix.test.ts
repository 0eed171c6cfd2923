// Quick fixes through VS Code's own code-action machinery: the fix removes its diagnostic and keeps the
// file's comments; fix-all runs on save when the user asks for it.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, waitForCodes, waitForDiagnostics } from './diagnostics';
import { announcesFixAll, skipUnlessAnnounced } from './orgManifest';
import { closeAllEditors, openCopyOfWorkspaceFile, waitUntil, workspaceFile } from './util';

const FIX_ALL_KIND = 'source.fixAll.org-manifest';

/** Every comment of a YAML text (from `#` preceded by a blank or at the start of a line), in order. */
function comments(text: string): string[] {
  return [...text.matchAll(/(?:^|\s)(#.*)$/gm)].map((match) => match[1] ?? '');
}

function occurrences(text: string, word: string): number {
  return text.split(word).length - 1;
}

async function codeActions(uri: vscode.Uri, range: vscode.Range, kind?: string): Promise<vscode.CodeAction[]> {
  const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
    'vscode.executeCodeActionProvider',
    uri,
    range,
    kind,
  );
  return actions.filter((action): action is vscode.CodeAction => !('command' in action && typeof action.command === 'string'));
}

/** Applies a code action the way the lightbulb does: its edit, then its command. */
async function apply(action: vscode.CodeAction): Promise<void> {
  if (action.edit) assert.ok(await vscode.workspace.applyEdit(action.edit), `"${action.title}" could not be applied`);
  if (action.command) await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
}

describe('quick fixes', () => {
  afterEach(async () => {
    await vscode.workspace.getConfiguration('editor', { languageId: 'org-manifest' }).update('codeActionsOnSave', undefined, vscode.ConfigurationTarget.Workspace, true);
    await closeAllEditors();
  });

  it('"Add organizations:AcceptHandshake" removes ORG201 and keeps every comment', async function () {
    const document = await openCopyOfWorkspaceFile('handshake.org.yaml', 'quick-fix.org.yaml');
    await skipUnlessAnnounced(this, 'quick fixes (codeActionProvider)', (capabilities) => Boolean(capabilities.codeActionProvider));
    const diagnostics = await waitForCodes(document.uri, ['ORG201', 'ORG502']);
    const handshake = diagnostics.find((diagnostic) => codeOf(diagnostic) === 'ORG201');
    assert.ok(handshake);
    const before = document.getText();

    const actions = await codeActions(document.uri, handshake.range, vscode.CodeActionKind.QuickFix.value);
    // By title: vscode.executeCodeActionProvider does not hand back the diagnostics an action fixes.
    const fix = actions.find((action) => /^Add .*organizations:AcceptHandshake/.test(action.title));
    assert.ok(fix, `no fix for ORG201 among: ${actions.map((action) => action.title).join(' | ')}`);
    await apply(fix);

    await waitForCodes(document.uri, ['ORG502']);
    const after = document.getText();
    assert.deepEqual(comments(after), comments(before));
    assert.equal(occurrences(after, 'organizations:AcceptHandshake'), occurrences(before, 'organizations:AcceptHandshake') + 1);
    const again = await codeActions(document.uri, handshake.range, vscode.CodeActionKind.QuickFix.value);
    assert.ok(!again.some((action) => /^Add .*organizations:AcceptHandshake/.test(action.title)), 'the fix is still offered once applied');
  });

  it(`fix-all on save (editor.codeActionsOnSave: ${FIX_ALL_KIND}) adds the missing handshake permissions`, async function () {
    const document = await openCopyOfWorkspaceFile('handshake.org.yaml', 'fix-all-on-save.org.yaml');
    await skipUnlessAnnounced(this, `fix-all (${FIX_ALL_KIND} code actions)`, announcesFixAll);
    await waitForCodes(document.uri, ['ORG201', 'ORG502']);
    await vscode.workspace
      .getConfiguration('editor', { languageId: 'org-manifest' })
      .update('codeActionsOnSave', { [FIX_ALL_KIND]: 'explicit' }, vscode.ConfigurationTarget.Workspace, true);
    const before = document.getText();

    // An edit makes the document dirty, so that saving runs the save participants.
    const edit = new vscode.WorkspaceEdit();
    edit.insert(document.uri, new vscode.Position(0, 0), '# saved by the editor tests\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    // Saved as a user saves (Ctrl+S): "explicit" code actions on save run only for explicit saves.
    await vscode.commands.executeCommand('workbench.action.files.save');
    await waitUntil('the document to be saved', () => !document.isDirty);

    const saved = new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceFile('fix-all-on-save.org.yaml')));
    assert.equal(occurrences(saved, 'organizations:AcceptHandshake'), occurrences(before, 'organizations:AcceptHandshake') + 1);
    assert.deepEqual(comments(saved), ['# saved by the editor tests', ...comments(before)]);
    await waitForDiagnostics(document.uri, 'no ORG201 left', (diagnostics) => !diagnostics.some((d) => codeOf(d) === 'ORG201'));
  });
});
