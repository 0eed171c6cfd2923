// Settings take effect at once: a rule's severity setting changes what the Problems panel shows.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, waitForCodes, waitForDiagnostics } from './diagnostics';
import { closeAllEditors, openWorkspaceFile } from './util';

const SETTING = 'rules.ORG201';

function orgManifestSettings(document: vscode.TextDocument): vscode.WorkspaceConfiguration {
  return vscode.workspace.getConfiguration('orgManifest', document.uri);
}

describe('settings', () => {
  let document: vscode.TextDocument;

  before(async () => {
    document = await openWorkspaceFile('handshake.org.yaml');
  });
  after(async () => {
    // The workspace settings file is the run's copy, but later tests expect the defaults.
    await orgManifestSettings(document).update(SETTING, undefined, vscode.ConfigurationTarget.Workspace);
    await closeAllEditors();
  });

  it("orgManifest.rules.ORG201 = off removes that rule's diagnostics and keeps the others", async () => {
    await waitForCodes(document.uri, ['ORG201', 'ORG502']);
    await orgManifestSettings(document).update(SETTING, 'off', vscode.ConfigurationTarget.Workspace);
    await waitForCodes(document.uri, ['ORG502']);
  });

  it('another severity takes effect, and removing the setting restores the default', async () => {
    const isOrg201 = (diagnostic: vscode.Diagnostic) => codeOf(diagnostic) === 'ORG201';
    await orgManifestSettings(document).update(SETTING, 'warning', vscode.ConfigurationTarget.Workspace);
    const warned = await waitForDiagnostics(document.uri, 'ORG201 as a warning', (diagnostics) =>
      diagnostics.some((d) => isOrg201(d) && d.severity === vscode.DiagnosticSeverity.Warning),
    );
    assert.equal(warned.length, 2);

    await orgManifestSettings(document).update(SETTING, undefined, vscode.ConfigurationTarget.Workspace);
    await waitForDiagnostics(document.uri, 'ORG201 as an error (its default)', (diagnostics) =>
      diagnostics.some((d) => isOrg201(d) && d.severity === vscode.DiagnosticSeverity.Error),
    );
  });
});
