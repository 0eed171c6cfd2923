// What the Problems panel shows for a manifest: codes, exact ranges, severities, docs links, related places.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, formatRange, summarize, waitForCodes } from './diagnostics';
import { closeAllEditors, openWorkspaceFile, rangeOf } from './util';

describe('diagnostics', () => {
  after(closeAllEditors);

  it('shows each finding with its code, exact range and severity', async () => {
    const document = await openWorkspaceFile('handshake.org.yaml');
    const diagnostics = await waitForCodes(document.uri, ['ORG201', 'ORG502']);
    // The administrator that lacks the permission, and the unquoted number.
    const expected = [
      `ORG201 ${formatRange(rangeOf(document, /^ {4}administrator:/, 'administrator'))} error`,
      `ORG502 ${formatRange(rangeOf(document, /^ {4}id: 333/, '333333333333'))} error`,
    ];
    assert.deepEqual(diagnostics.map(summarize).sort(), expected);
  });

  it('links each code to its documentation page and says what to do', async () => {
    const document = await openWorkspaceFile('handshake.org.yaml');
    const diagnostics = await waitForCodes(document.uri, ['ORG201', 'ORG502']);
    for (const diagnostic of diagnostics) {
      const code = diagnostic.code;
      assert.ok(typeof code === 'object', `${codeOf(diagnostic)} has no documentation link`);
      assert.match(code.target.toString(true), new RegExp(`^https://.+/docs/rules/${codeOf(diagnostic)}\\.md$`));
    }
    const handshake = diagnostics.find((diagnostic) => codeOf(diagnostic) === 'ORG201');
    assert.match(handshake?.message ?? '', /`payments`.*Add `organizations:AcceptHandshake`/s);
  });

  it('points at the related places of a finding', async () => {
    const document = await openWorkspaceFile('handshake.org.yaml');
    const diagnostics = await waitForCodes(document.uri, ['ORG201', 'ORG502']);
    const handshake = diagnostics.find((diagnostic) => codeOf(diagnostic) === 'ORG201');
    const related = handshake?.relatedInformation ?? [];
    assert.ok(related.length > 0, 'ORG201 has no related information');
    for (const info of related) assert.equal(info.location.uri.toString(), document.uri.toString());
  });

  it('follows edits: fixing the text removes the finding', async () => {
    const document = await openWorkspaceFile('handshake.org.yaml');
    await waitForCodes(document.uri, ['ORG201', 'ORG502']);
    const edit = new vscode.WorkspaceEdit();
    edit.replace(document.uri, rangeOf(document, /^ {4}id: 333/, '333333333333'), '"333333333333"');
    assert.ok(await vscode.workspace.applyEdit(edit));
    await waitForCodes(document.uri, ['ORG201']);
    // Undo, for the tests that follow.
    const undo = new vscode.WorkspaceEdit();
    undo.replace(document.uri, rangeOf(document, /^ {4}id: "333/, '"333333333333"'), '333333333333');
    assert.ok(await vscode.workspace.applyEdit(undo));
    await waitForCodes(document.uri, ['ORG201', 'ORG502']);
  });
});
