import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { LspClient, SERVER_PATH } from './lspClient';

const manifest = `apiVersion: orgmanifest/v1
organization:
  featureSet: ALL
  currentFeatureSet: CONSOLIDATED_BILLING
  managementAccount: management
accounts:
  management:
    id: "111111111111"
  payments:
    id: "222222222222"
    joined: invited
`;

describe('language server over stdio (bundled dist/server.js)', function () {
  this.timeout(30000);
  let client: LspClient | undefined;

  before(() => assert.ok(existsSync(SERVER_PATH), 'run `npm run build` first: dist/server.js is missing'));
  afterEach(async () => {
    if (client && client.process.exitCode === null) await client.stop();
    client = undefined;
  });

  it('initializes with incremental document sync and its name and version', async () => {
    const started = await LspClient.start();
    client = started.client;
    const pkg = JSON.parse(readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version: string };
    assert.deepEqual(started.initializeResult.serverInfo, { name: 'org-manifest-language-server', version: pkg.version });
    assert.equal((started.initializeResult.capabilities.textDocumentSync as { change: number }).change, 2);
  });

  it('publishes diagnostics with codes, ranges and docs links on open, and updates them on change', async () => {
    client = (await LspClient.start()).client;
    const uri = 'file:///work/acme.org.yaml';
    const first = client.diagnostics(uri);
    await client.open(uri, manifest);
    const opened = await first;
    assert.deepEqual(
      opened.diagnostics.map((d) => [d.code, d.range.start.line, d.range.start.character, d.range.end.character]),
      [['ORG201', 8, 2, 10]],
    );
    const [d] = opened.diagnostics;
    assert.equal(d!.source, 'org-manifest');
    assert.equal(d!.severity, 1);
    assert.match(d!.codeDescription!.href, /docs\/rules\/ORG201\.md$/);
    assert.ok(d!.relatedInformation && d!.relatedInformation.length > 0);

    const updated = client.diagnostics(uri, (_, version) => version === 2);
    await client.change(uri, 2, manifest + '    administrator:\n      permissions: [organizations:AcceptHandshake]\n');
    assert.deepEqual((await updated).diagnostics, []);

    const broken = client.diagnostics(uri, (_, version) => version === 3);
    await client.change(uri, 3, manifest.replace('id: "222222222222"', 'id: 222222222222'));
    assert.deepEqual(
      (await broken).diagnostics.map((d) => d.code),
      ['ORG201', 'ORG502'],
    );
  });

  it('applies incremental changes (a range and its new text), as editors send keystrokes', async () => {
    client = (await LspClient.start()).client;
    const uri = 'file:///work/ranged.org.yaml';
    const opened = client.diagnostics(uri);
    await client.open(uri, manifest);
    assert.deepEqual((await opened).diagnostics.map((d) => d.code), ['ORG201']);
    // Line 10 is `    joined: invited`: turn it into `    joined: created`.
    const fixed = client.diagnostics(uri, (_, version) => version === 2);
    await client.edit(uri, 2, { start: { line: 10, character: 12 }, end: { line: 10, character: 19 } }, 'created');
    assert.deepEqual((await fixed).diagnostics, []);
    const broken = client.diagnostics(uri, (_, version) => version === 3);
    // Unquote the id (`    id: "222222222222"` → `    id: 222222222222`).
    await client.edit(uri, 3, { start: { line: 9, character: 8 }, end: { line: 9, character: 22 } }, '222222222222');
    assert.deepEqual((await broken).diagnostics.map((d) => d.code), ['ORG502']);
  });

  it('never publishes stale results: only the newest of rapid edits is reported', async () => {
    client = (await LspClient.start()).client;
    const uri = 'file:///work/rapid.org.yaml';
    await client.open(uri, manifest);
    await client.diagnostics(uri);
    for (let version = 2; version <= 30; version++) await client.change(uri, version, manifest.replace('payments', `payments${version}`));
    const last = await client.diagnostics(uri, (_, version) => version === 30);
    assert.match(last.diagnostics[0]!.message as string, /payments30/);
    // Whatever was published in between belongs to its version, and no older version follows a newer one.
    const later = client.published.filter((p) => p.uri === uri && (p.version ?? 0) > 1);
    const versions = later.map((p) => p.version ?? 0);
    assert.deepEqual(versions, [...versions].sort((a, b) => a - b), `published versions: ${versions.join(',')}`);
    assert.equal(new Set(versions).size, versions.length, `published versions: ${versions.join(',')}`);
    for (const p of later) assert.match(p.diagnostics[0]!.message as string, new RegExp(`payments${p.version}\\b`));
    assert.equal(versions.at(-1), 30);
  });

  it('reads rule severities from initializationOptions and from didChangeConfiguration', async () => {
    client = (await LspClient.start({ initializationOptions: { orgManifest: { rules: { ORG201: 'warning' } } } })).client;
    const uri = 'file:///work/settings.org.yaml';
    const opened = client.diagnostics(uri);
    await client.open(uri, manifest);
    assert.equal((await opened).diagnostics[0]!.severity, 2);
    const off = client.diagnostics(uri, (d) => d.length === 0);
    await client.changeConfiguration({ orgManifest: { rules: { ORG201: 'off' } } });
    await off;
  });

  it('pulls settings per document with workspace/configuration when the client supports it', async () => {
    const asked: (string | undefined)[] = [];
    client = (
      await LspClient.start({
        capabilities: { workspace: { configuration: true } },
        configuration: (section, scopeUri) => {
          asked.push(scopeUri);
          return section === 'orgManifest' ? { rules: { ORG201: 'hint' } } : null;
        },
      })
    ).client;
    const uri = 'file:///work/pulled.org.yaml';
    const opened = client.diagnostics(uri);
    await client.open(uri, manifest);
    assert.equal((await opened).diagnostics[0]!.severity, 4);
    assert.ok(asked.includes(uri));
  });

  it('checks YAML files only when they are manifests, and clears diagnostics on close', async () => {
    client = (await LspClient.start()).client;
    const other = 'file:///work/docker-compose.yaml';
    const plain = client.diagnostics(other);
    await client.open(other, 'services:\n  web: {image: nginx}\n', 'yaml');
    assert.deepEqual((await plain).diagnostics, []);

    const detected = 'file:///work/prod.yaml';
    const found = client.diagnostics(detected);
    await client.open(detected, manifest, 'yaml');
    assert.equal((await found).diagnostics.length, 1);
    const cleared = client.diagnostics(detected, (d) => d.length === 0);
    await client.close(detected);
    await cleared;
  });

  it('shuts down cleanly on shutdown + exit', async () => {
    const started = await LspClient.start();
    const code = await started.client.stop();
    assert.equal(code, 0);
  });
});
