// Issue #5 in the real editor: "Org Manifest: Generate Least-Privilege Deployer Policy" opens the
// policy as a new JSON document, and the code lenses show over the SCPs and `featureSet`.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { skipUnlessAnnounced } from './orgManifest';
import { closeAllEditors, openNewWorkspaceFile, waitUntil } from './util';

const GENERATE = 'orgManifest.generateDeployerPolicy';

/** Enabling all features is planned; one SCP on the root; one trusted service. */
const MANIFEST = `apiVersion: orgmanifest/v1
organization:
  featureSet: ALL
  currentFeatureSet: CONSOLIDATED_BILLING
  managementAccount: management
accounts:
  management: { id: "111111111111" }
  payments: { id: "222222222222", joined: invited }
trustedAccess:
  sso.amazonaws.com: {}
policies:
  serviceControlPolicies:
    DenyLeave:
      targets: [Root]
      document: { Version: "2012-10-17", Statement: [{ Effect: Deny, Action: "organizations:LeaveOrganization", Resource: "*" }] }
`;

describe('the deployer policy command and code lenses', () => {
  after(closeAllEditors);

  it('opens the generated policy in a new, unsaved JSON editor', async function () {
    const manifest = await openNewWorkspaceFile('deployer-command.org.yaml', MANIFEST);
    await vscode.window.showTextDocument(manifest);
    await skipUnlessAnnounced(this, 'the deployer policy command', (capabilities) => Boolean(capabilities.executeCommandProvider?.commands.includes(GENERATE)));
    await vscode.commands.executeCommand(GENERATE);
    const policy = await waitUntil('the policy to open', () => {
      const document = vscode.window.activeTextEditor?.document;
      return document?.languageId === 'json' && document.isUntitled ? document : undefined;
    });
    const parsed = JSON.parse(policy.getText()) as { Statement: { Sid: string }[] };
    // Unsaved and untitled: closed without saving, so no "save?" dialog waits for an answer.
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    assert.deepEqual(
      parsed.Statement.map((statement) => statement.Sid),
      ['EnableAllFeatures', 'FinalizeAllFeatures', 'EnableTrustedAccess', 'ManageServiceControlPolicies'],
    );
  });

  it('shows how many accounts each SCP reaches, and where enabling all features stands', async function () {
    const manifest = await openNewWorkspaceFile('deployer-lenses.org.yaml', MANIFEST);
    await skipUnlessAnnounced(this, 'code lenses (codeLensProvider)', (capabilities) => Boolean(capabilities.codeLensProvider));
    const lenses = await waitUntil('the code lenses', async () => {
      const found = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', manifest.uri);
      return found && found.length > 0 ? found : undefined;
    });
    const titles = lenses.map((lens) => lens.command?.title ?? '');
    assert.deepEqual(titles.sort(), ['Enabling all features: 1 handshake to send, 1 account not ready', 'Reaches 1 account (not the management account: SCPs do not affect it)']);
  });
});
