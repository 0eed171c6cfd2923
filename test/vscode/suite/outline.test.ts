// The outline (document symbols) lists the organization's accounts and trusted services.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { skipUnlessAnnounced } from './orgManifest';
import { closeAllEditors, openWorkspaceFile, rangeOf } from './util';

type Symbols = (vscode.DocumentSymbol | vscode.SymbolInformation)[];

/** Every symbol with its range, flattened out of the tree (SymbolInformation lists are flat already). */
function flatten(symbols: Symbols): { name: string; range: vscode.Range }[] {
  return symbols.flatMap((symbol) =>
    'children' in symbol
      ? [{ name: symbol.name, range: symbol.range }, ...flatten(symbol.children)]
      : [{ name: symbol.name, range: symbol.location.range }],
  );
}

describe('outline', () => {
  after(closeAllEditors);

  it('lists the accounts and the trusted services, each where it is declared', async function () {
    const document = await openWorkspaceFile('handshake.org.yaml');
    await skipUnlessAnnounced(this, 'the outline (documentSymbolProvider)', (capabilities) => Boolean(capabilities.documentSymbolProvider));
    const symbols = await vscode.commands.executeCommand<Symbols>('vscode.executeDocumentSymbolProvider', document.uri);
    const flat = flatten(symbols ?? []);
    for (const [name, line] of [
      ['management', /^ {2}management:/],
      ['payments', /^ {2}payments:/],
      ['legacy', /^ {2}legacy:/],
      ['sso.amazonaws.com', /^ {2}sso\.amazonaws\.com:/],
    ] as const) {
      const symbol = flat.find((candidate) => candidate.name === name);
      assert.ok(symbol, `no symbol ${name} in the outline: ${flat.map((s) => s.name).join(', ')}`);
      assert.ok(symbol.range.contains(rangeOf(document, line, name)), `the symbol ${name} does not cover its key`);
    }
  });
});
