// Which files org-manifest takes on. This file runs first (the suite loads files in name order): its
// first test needs a window in which no manifest has been opened yet.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { orgManifestDiagnostics, waitForDiagnostics } from './diagnostics';
import { LANGUAGE_ID, activeExtension, extensionApi, runningClient } from './orgManifest';
import type { OrgManifestApi } from '../../../client/src/extension';
import { EXTENSION_ID, closeAllEditors, openNewWorkspaceFile, openWorkspaceFile, waitUntil } from './util';

describe('activation', () => {
  after(closeAllEditors);

  it('plain YAML stays YAML and starts no language server', async () => {
    const extension = vscode.extensions.getExtension<OrgManifestApi>(EXTENSION_ID);
    const manifestOpen = vscode.workspace.textDocuments.some((document) => document.languageId === LANGUAGE_ID);
    const serverStarted = extension?.isActive === true && extension.exports.client() !== undefined;
    assert.ok(!manifestOpen && !serverStarted, 'a manifest was opened before this test: it must run first');

    const document = await openWorkspaceFile('plain.yaml');
    // The extension does activate for YAML (to recognise manifests by their first line) ...
    await activeExtension();
    // ... but leaves ordinary YAML alone.
    assert.equal(document.languageId, 'yaml');
    assert.equal((await extensionApi()).client(), undefined, 'a language server was started for plain YAML');
  });

  it('a .yaml file whose first line is apiVersion: orgmanifest/v1 becomes a manifest and starts the server', async () => {
    const opened = await openWorkspaceFile('detected.yaml');
    // VS Code gives every .yaml file the language yaml (its firstLine never beats an extension match);
    // the client switches this one, which VS Code does by closing and reopening the document.
    const document = await waitUntil('detected.yaml to become an org-manifest document', () =>
      vscode.workspace.textDocuments.find((d) => d.uri.toString() === opened.uri.toString() && d.languageId === LANGUAGE_ID),
    );
    assert.equal(document.languageId, LANGUAGE_ID);
    await runningClient();
  });

  it('a *.org.yaml file is a manifest by its name', async () => {
    const document = await openWorkspaceFile('acme.org.yaml');
    assert.equal(document.languageId, LANGUAGE_ID);
    await runningClient();
  });

  it('plain YAML gets no org-manifest diagnostics while the server checks manifests', async () => {
    const plain = await openWorkspaceFile('plain.yaml');
    // Opened after plain.yaml: once its findings show, the server has had every chance to report on both.
    const manifest = await openNewWorkspaceFile('after-plain.org.yaml', 'apiVersion: orgmanifest/v1\norganization: {}\n');
    await waitForDiagnostics(manifest.uri, 'the missing keys (ORG002)', (diagnostics) => diagnostics.length > 0);
    assert.equal(plain.languageId, 'yaml');
    assert.deepEqual(orgManifestDiagnostics(plain.uri), []);
  });
});
