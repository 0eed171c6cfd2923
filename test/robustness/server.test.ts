/**
 * The bundled server (dist/server.js) over stdio on bad input (issue #9): after every corpus case it
 * still answers a normal document; a throwing check is logged once and the other rules report;
 * shutdown and exit are clean. Run `npm run build` first.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { MessageType } from 'vscode-languageserver-protocol/node';
import type { ServerCapabilities } from 'vscode-languageserver-protocol/node';
import { LspClient, SERVER_PATH } from '../lsp/lspClient';
import { BASE, CORPUS, messageOf, textOf } from './corpus';
import { FAILING_CODE, FAILURE_MESSAGE } from './faultyServer';

const FAULTY_SERVER = ['--require', 'tsx/cjs', path.join(__dirname, 'faultyServer.ts')];

const AT = { line: 3, character: 4 };

/** A request for each capability the server may announce, with parameters for a document. */
const FEATURE_REQUESTS: readonly [keyof ServerCapabilities, string, (uri: string) => unknown][] = [
  ['documentSymbolProvider', 'textDocument/documentSymbol', (uri) => ({ textDocument: { uri } })],
  ['foldingRangeProvider', 'textDocument/foldingRange', (uri) => ({ textDocument: { uri } })],
  ['semanticTokensProvider', 'textDocument/semanticTokens/full', (uri) => ({ textDocument: { uri } })],
  ['documentLinkProvider', 'textDocument/documentLink', (uri) => ({ textDocument: { uri } })],
  ['codeLensProvider', 'textDocument/codeLens', (uri) => ({ textDocument: { uri } })],
  ['hoverProvider', 'textDocument/hover', (uri) => ({ textDocument: { uri }, position: AT })],
  ['completionProvider', 'textDocument/completion', (uri) => ({ textDocument: { uri }, position: AT })],
  ['definitionProvider', 'textDocument/definition', (uri) => ({ textDocument: { uri }, position: AT })],
  ['referencesProvider', 'textDocument/references', (uri) => ({ textDocument: { uri }, position: AT, context: { includeDeclaration: true } })],
  ['documentHighlightProvider', 'textDocument/documentHighlight', (uri) => ({ textDocument: { uri }, position: AT })],
  ['selectionRangeProvider', 'textDocument/selectionRange', (uri) => ({ textDocument: { uri }, positions: [AT] })],
  ['codeActionProvider', 'textDocument/codeAction', (uri) => ({ textDocument: { uri }, range: { start: AT, end: AT }, context: { diagnostics: [] } })],
  ['workspaceSymbolProvider', 'workspace/symbol', () => ({ query: 'a' })],
];

/** The server is up: a normal manifest gets its one finding. */
async function assertServing(client: LspClient, uri: string): Promise<void> {
  const published = client.diagnostics(uri);
  await client.open(uri, BASE);
  assert.deepEqual((await published).diagnostics.map((d) => d.code), ['ORG502']);
  await client.close(uri);
}

describe('language server on bad input (bundled dist/server.js)', function () {
  // Generous: these assert that the server answers, never how fast.
  this.timeout(300_000);
  let client: LspClient | undefined;

  before(() => assert.ok(existsSync(SERVER_PATH), 'run `npm run build` first: dist/server.js is missing'));
  afterEach(async () => {
    if (client && client.process.exitCode === null) await client.stop();
    client = undefined;
  });

  it('reports each corpus case, and still serves a normal document after each; then shuts down cleanly', async () => {
    client = (await LspClient.start()).client;
    for (const [index, entry] of CORPUS.entries()) {
      const uri = `file:///corpus/${entry.name}`;
      const published = client.diagnostics(uri, () => true, 120_000);
      await client.open(uri, textOf(entry));
      const { diagnostics } = await published;
      entry.expect(diagnostics);
      await client.close(uri);
      await assertServing(client, `file:///normal/${index}.org.yaml`);
    }
    assert.equal(client.process.exitCode, null);
    assert.equal(await client.stop(), 0);
    assert.doesNotMatch(client.stderr, /Error|at /, 'nothing went to stderr');
  });

  it('answers every request it offers on the worst of the corpus, without an error', async () => {
    const started = await LspClient.start();
    client = started.client;
    const offered = FEATURE_REQUESTS.filter(([capability]) => started.initializeResult.capabilities[capability]);
    assert.ok(offered.length >= 5, `the server offers ${offered.map(([c]) => c).join(', ')}`);
    for (const entry of CORPUS.filter((e) => e.large || /alias|binary|garbage|deep/.test(e.name))) {
      const uri = `file:///worst/${entry.name}`;
      const published = client.diagnostics(uri, () => true, 120_000);
      await client.open(uri, textOf(entry));
      await published;
      for (const [capability, method, params] of offered) {
        await assert.doesNotReject(client.connection.sendRequest(method, params(uri)), `${entry.name}: ${capability}`);
      }
      await client.close(uri);
    }
    assert.equal(await client.stop(), 0);
  });

  it('survives protocol garbage: a document without text, changes to a document never opened', async () => {
    client = (await LspClient.start()).client;
    const logs = client.collectLogMessages();
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: 'file:///bad.org.yaml', languageId: 'org-manifest', version: 1, text: 42 } });
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: 'file:///never.org.yaml', version: 2 }, contentChanges: [{ text: 'x' }] });
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: 'file:///null.org.yaml' } });
    await assertServing(client, 'file:///after-garbage.org.yaml');
    // The documents without text reached the checks, which failed, were logged, and went on.
    assert.ok(logs.some((m) => m.type === MessageType.Error && /failed and was skipped/.test(m.message)), JSON.stringify(logs));
    assert.equal(await client.stop(), 0);
  });

  it('takes its limits from the settings', async () => {
    client = (await LspClient.start({ initializationOptions: { orgManifest: { maxFileSize: 100 } } })).client;
    const uri = 'file:///limited.org.yaml';
    const published = client.diagnostics(uri);
    await client.open(uri, BASE);
    const [notice] = (await published).diagnostics;
    assert.equal(notice?.code, 'ORG001');
    assert.equal(notice?.severity, 3);
    assert.match(messageOf(notice!), /larger than 100 bytes/);
  });

  it('logs a failing check once, and publishes the other rules’ findings every time', async () => {
    client = (await LspClient.startWith(FAULTY_SERVER)).client;
    const logs = client.collectLogMessages();
    const uri = 'file:///faulty.org.yaml';
    const first = client.diagnostics(uri);
    await client.open(uri, BASE);
    assert.deepEqual((await first).diagnostics.map((d) => d.code), ['ORG502']);
    for (let version = 2; version <= 4; version++) {
      const next = client.diagnostics(uri, (_, v) => v === version);
      await client.change(uri, version, BASE.replace('payments', `payments${version}`));
      assert.deepEqual((await next).diagnostics.map((d) => d.code), ['ORG502']);
    }
    const failures = logs.filter((m) => m.message.includes(FAILURE_MESSAGE));
    assert.equal(failures.length, 1, JSON.stringify(logs));
    assert.equal(failures[0]!.type, MessageType.Error);
    assert.match(failures[0]!.message, new RegExp(`Check ${FAILING_CODE} failed and was skipped`));
    assert.equal(await client.stop(), 0);
  });

  it('exits with 1 on `exit` without `shutdown`, as the protocol says', async () => {
    client = (await LspClient.start()).client;
    const exited = new Promise<number | null>((resolve) => client!.process.once('exit', resolve));
    await client.connection.sendNotification('exit');
    assert.equal(await exited, 1);
  });
});
