import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  DefinitionRequest,
  DocumentLinkRequest,
  DocumentSymbolRequest,
  FoldingRangeRequest,
  PrepareRenameRequest,
  ReferencesRequest,
  RenameRequest,
  ResponseError,
  SemanticTokensRequest,
  WorkspaceSymbolRequest,
} from 'vscode-languageserver-protocol/node';
import type { DocumentSymbol, Location, Position, WorkspaceEdit } from 'vscode-languageserver-protocol/node';
import { LspClient, SERVER_PATH } from './lspClient';

const URI = 'file:///work/navigation.org.yaml';

/** Account `payments` is declared once and referenced from five places. */
const MANIFEST = `apiVersion: orgmanifest/v1
organization:
  featureSet: ALL
  managementAccount: payments
organizationalUnits:
  Workloads:
    Prod: {}
accounts:
  payments:
    id: "111111111111"
  security:
    id: "222222222222"
    joined: created
    ou: Workloads/Prod
trustedAccess:
  sso.amazonaws.com:
    delegatedAdministrator: payments
identityCenter:
  assignments:
    - { account: 'payments', permissionSet: ReadOnly }
policies:
  serviceControlPolicies:
    DenyLeave:
      targets: [Root, "payments", Workloads/Prod]
handshakes:
  - { type: INVITE, account: payments, state: OPEN }
`;

const document = TextDocument.create(URI, 'org-manifest', 1, MANIFEST);

/** The position `into` characters into the first match of `needle`. */
function at(needle: string, into = 1): Position {
  const offset = MANIFEST.indexOf(needle);
  assert.ok(offset >= 0, `no ${needle}`);
  return document.positionAt(offset + into);
}

function lines(locations: readonly Location[]): number[] {
  return locations.map((location) => location.range.start.line);
}

describe('navigation over stdio (bundled dist/server.js)', function () {
  this.timeout(30000);
  let client: LspClient;
  let capabilities: Awaited<ReturnType<typeof LspClient.start>>['initializeResult']['capabilities'];

  before(async () => {
    assert.ok(existsSync(SERVER_PATH), 'run `npm run build` first: dist/server.js is missing');
    const started = await LspClient.start({ capabilities: { textDocument: { rename: { prepareSupport: true }, documentSymbol: { hierarchicalDocumentSymbolSupport: true } } } });
    client = started.client;
    capabilities = started.initializeResult.capabilities;
    await client.open(URI, MANIFEST);
  });
  after(async () => {
    if (client.process.exitCode === null) await client.stop();
  });

  it('announces the navigation capabilities, with prepareRename for a client that supports it', () => {
    assert.deepEqual(capabilities.renameProvider, { prepareProvider: true });
    for (const capability of ['definitionProvider', 'referencesProvider', 'documentHighlightProvider', 'documentSymbolProvider', 'workspaceSymbolProvider', 'foldingRangeProvider', 'selectionRangeProvider', 'documentLinkProvider'] as const) {
      assert.ok(capabilities[capability], `${capability} is not announced`);
    }
    assert.deepEqual(capabilities.semanticTokensProvider?.legend.tokenTypes, ['variable', 'namespace']);
  });

  it('goes to the definition of an account and of an OU segment', async () => {
    const account = (await client.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri: URI }, position: at('delegatedAdministrator: payments', 26) })) as Location;
    assert.deepEqual(account, { uri: URI, range: { start: { line: 8, character: 2 }, end: { line: 8, character: 10 } } });
    const ou = (await client.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri: URI }, position: at('ou: Workloads/Prod', 16) })) as Location;
    assert.deepEqual(ou.range, { start: { line: 6, character: 4 }, end: { line: 6, character: 8 } });
  });

  it('finds the references of an account, with and without its declaration', async () => {
    const request = (includeDeclaration: boolean) =>
      client.connection.sendRequest(ReferencesRequest.type, { textDocument: { uri: URI }, position: at("'payments'", 2), context: { includeDeclaration } });
    assert.deepEqual(lines((await request(true))!), [3, 8, 16, 19, 23, 25]);
    assert.deepEqual(lines((await request(false))!), [3, 16, 19, 23, 25]);
  });

  it('renames an account referenced from five places with six edits in one WorkspaceEdit', async () => {
    const position = at('  payments:', 3);
    const prepared = await client.connection.sendRequest(PrepareRenameRequest.type, { textDocument: { uri: URI }, position });
    assert.deepEqual(prepared, { range: { start: { line: 8, character: 2 }, end: { line: 8, character: 10 } }, placeholder: 'payments' });

    const edit = (await client.connection.sendRequest(RenameRequest.type, { textDocument: { uri: URI }, position, newName: 'billing' })) as WorkspaceEdit;
    assert.deepEqual(Object.keys(edit.changes ?? {}), [URI]);
    const edits = edit.changes![URI]!;
    assert.equal(edits.length, 6);
    assert.equal(TextDocument.applyEdits(document, edits), MANIFEST.replace(/payments/g, 'billing'));
  });

  it('refuses a rename to a key another account has, with a message the editor shows', async () => {
    const refused = client.connection.sendRequest(RenameRequest.type, { textDocument: { uri: URI }, position: at('  payments:', 3), newName: 'security' });
    await assert.rejects(refused, (error: unknown) => {
      assert.ok(error instanceof ResponseError);
      assert.equal(error.message, 'An account with the key `security` already exists.');
      return true;
    });
  });

  it('answers outline, workspace symbols, folding, semantic tokens and links for the same document', async () => {
    const textDocument = { uri: URI };
    const outline = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument })) as DocumentSymbol[];
    assert.deepEqual(
      outline.map((s) => s.name),
      ['organization', 'organizationalUnits', 'accounts', 'trustedAccess', 'identityCenter', 'policies', 'handshakes'],
    );
    const symbols = await client.connection.sendRequest(WorkspaceSymbolRequest.type, { query: 'secur' });
    assert.deepEqual((symbols ?? []).map((s) => s.name), ['security']);
    const folds = await client.connection.sendRequest(FoldingRangeRequest.type, { textDocument });
    assert.ok(folds?.some((f) => f.startLine === 7 && f.endLine === 13), 'the accounts section folds');
    const tokens = await client.connection.sendRequest(SemanticTokensRequest.type, { textDocument });
    assert.equal(tokens!.data.length % 5, 0);
    assert.ok(tokens!.data.length >= 5 * 10);
    const links = await client.connection.sendRequest(DocumentLinkRequest.type, { textDocument });
    assert.equal(links?.length, 1);
  });

  it('answers nothing for YAML files that are not manifests', async () => {
    const other = 'file:///work/compose.yaml';
    await client.open(other, 'services:\n  payments: {}\n', 'yaml');
    assert.equal(await client.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri: other }, position: { line: 1, character: 4 } }), null);
    assert.equal(await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: other } }), null);
  });
});
