// Smoke test: the suite runs inside a real VS Code, sees the test workspace, and org-manifest activates.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { EXTENSION_ID, exists, openWorkspaceFile, waitFor } from './util';

interface Manifest {
  main?: string;
  contributes?: { languages?: { id: string }[] };
}

describe('smoke', () => {
  it('runs inside VS Code', () => {
    assert.match(vscode.version, /^\d+\.\d+\.\d+/);
  });

  it('opens a file of the test workspace in an editor', async () => {
    const document = await openWorkspaceFile('plain.yaml');
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), document.uri.toString());
    assert.equal(document.languageId, 'yaml');
    assert.match(document.getText(), /^name: build$/m);
  });

  it('activates org-manifest when a *.org.yaml file is opened', async function () {
    const extension = await extensionUnderTest();
    if (!extension) return this.skip();

    const document = await openWorkspaceFile('acme.org.yaml');
    try {
      await waitFor(`${EXTENSION_ID} to activate`, () => extension.isActive);
    } catch (error) {
      // Activating by hand surfaces the reason (a missing module, an exception in activate()).
      const reason = await extension.activate().then(
        () => 'activate() by hand succeeded, so the activation events do not match this file',
        (cause: unknown) => `activate() by hand failed: ${cause instanceof Error ? cause.stack : String(cause)}`,
      );
      throw new Error(`${error instanceof Error ? error.message : String(error)}; ${reason}`);
    }
    const manifest = extension.packageJSON as Manifest;
    if (manifest.contributes?.languages?.some((language) => language.id === 'org-manifest')) {
      assert.equal(document.languageId, 'org-manifest');
    }
  });
});

/**
 * The org-manifest extension, or undefined (the test is skipped) while it is absent or its client is
 * not built yet. When the runner tests an installed .vsix it sets ORG_MANIFEST_EXPECT_INSTALLED_IN, and
 * then the extension must be there, loaded from that directory.
 */
async function extensionUnderTest(): Promise<vscode.Extension<unknown> | undefined> {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  const installedIn = process.env.ORG_MANIFEST_EXPECT_INSTALLED_IN;
  if (installedIn) {
    assert.ok(extension, `${EXTENSION_ID} is not installed in ${installedIn}`);
    const relative = path.relative(installedIn, extension.extensionUri.fsPath);
    assert.ok(!relative.startsWith('..') && !path.isAbsolute(relative), `${EXTENSION_ID} was loaded from ${extension.extensionUri.fsPath}, not from ${installedIn}`);
    return extension;
  }
  if (!extension) {
    console.log(`    (${EXTENSION_ID} is not loaded: skipping)`);
    return undefined;
  }
  const main = (extension.packageJSON as Manifest).main;
  if (!main || !(await exists(vscode.Uri.joinPath(extension.extensionUri, main)))) {
    console.log(`    (${EXTENSION_ID} has no built client ${main ?? '(no "main")'}: skipping; run npm run build)`);
    return undefined;
  }
  return extension;
}
