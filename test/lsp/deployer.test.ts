/**
 * Issue #5 through the bundled server over stdio: code lenses (SCP reach, the all-features upgrade)
 * and the `orgManifest.generateDeployerPolicy` command, announced next to the Fix All command.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { CodeLensRequest } from 'vscode-languageserver-protocol/node';
import type { CodeLens, InitializeResult } from 'vscode-languageserver-protocol/node';
import { LspClient, SERVER_PATH } from './lspClient';

const ACME = readFileSync(path.join(__dirname, '..', '..', 'examples', 'acme.org.yaml'), 'utf8');

function lineOf(text: string, needle: string): number {
  const line = text.split('\n').findIndex((l) => l.includes(needle));
  assert.ok(line >= 0, needle);
  return line;
}

describe('code lenses and the deployer policy command over stdio (bundled dist/server.js)', function () {
  this.timeout(30000);
  let client: LspClient;
  let initialized: InitializeResult;

  before(async function () {
    assert.ok(existsSync(SERVER_PATH), 'run `npm run build` first: dist/server.js is missing');
    ({ client, initializeResult: initialized } = await LspClient.start());
    await client.open('file:///acme.org.yaml', ACME);
  });

  after(async () => {
    await client.stop();
  });

  it('announces code lenses and both commands', () => {
    const { codeLensProvider, executeCommandProvider } = initialized.capabilities;
    assert.deepEqual(codeLensProvider, { resolveProvider: false });
    assert.deepEqual([...(executeCommandProvider?.commands ?? [])].sort(), ['orgManifest.fixAll', 'orgManifest.generateDeployerPolicy']);
  });

  it('puts the upgrade status on featureSet and the reach on each SCP, as plain titles', async () => {
    const lenses = (await client.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri: 'file:///acme.org.yaml' } })) as CodeLens[];
    const byLine = new Map(lenses.map((lens) => [lens.range.start.line, lens.command?.title]));
    assert.equal(byLine.get(lineOf(ACME, '  featureSet: ALL')), 'Enabling all features: 11 handshakes to send, 6 accounts not ready');
    // Root: every member account (each has `joined`); Workloads: those in it and below (Prod, Prod/PCI, NonProd).
    const members = ACME.match(/^ {4}joined: /gm)!.length;
    const inWorkloads = ACME.match(/^ {4}ou: Workloads\//gm)!.length;
    assert.equal(byLine.get(lineOf(ACME, '    DenyLeaveOrganization:')), `Reaches ${members} accounts (not the management account: SCPs do not affect it)`);
    assert.equal(byLine.get(lineOf(ACME, '    EuRegionsOnly:')), `Reaches ${inWorkloads} accounts`);
    assert.equal(lenses.length, 3);
    assert.ok(lenses.every((lens) => lens.command?.command === ''));
  });

  it('answers the generate command with the JSON policy for the document', async () => {
    const json = await client.executeCommand('orgManifest.generateDeployerPolicy', ['file:///acme.org.yaml']);
    assert.equal(typeof json, 'string');
    const policy = JSON.parse(json as string) as { Version: string; Statement: { Sid: string }[] };
    assert.equal(policy.Version, '2012-10-17');
    assert.deepEqual(
      policy.Statement.map((s) => s.Sid),
      ['EnableAllFeatures', 'FinalizeAllFeatures', 'EnableTrustedAccess', 'RegisterDelegatedAdministrators', 'ManageServiceControlPolicies'],
    );
    assert.equal(await client.executeCommand('orgManifest.generateDeployerPolicy', [{ uri: 'file:///acme.org.yaml' }]), json);
  });

  it('answers null for a document it does not have', async () => {
    assert.equal(await client.executeCommand('orgManifest.generateDeployerPolicy', ['file:///unknown.org.yaml']), null);
  });
});
