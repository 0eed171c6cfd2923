import assert from 'node:assert/strict';
import { SymbolKind } from 'vscode-languageserver-types';
import type { DocumentSymbol } from 'vscode-languageserver-types';
import { documentSymbols } from '../../../server/src/service';
import { MANIFEST, checked } from './navigation';

/** A symbol tree as `name (detail) [first line-last line]` with children indented. */
function render(symbols: readonly DocumentSymbol[], indent = ''): string[] {
  return symbols.flatMap((s) => [
    `${indent}${s.name}${s.detail ? ` (${s.detail})` : ''} [${s.range.start.line}-${s.range.end.line}]`,
    ...render(s.children ?? [], `${indent}  `),
  ]);
}

function outlineOf(text: string): DocumentSymbol[] {
  const { document, result } = checked(text);
  return documentSymbols(document, result);
}

describe('navigation: outline (document symbols)', () => {
  it('shows every section in document order, OUs nested, accounts with id and how they joined', () => {
    const text = MANIFEST.replace('handshakes:', 'deployer:\n  permissions: [organizations:EnableAWSServiceAccess]\nhandshakes:');
    assert.deepEqual(render(outlineOf(text)), [
      'organization (ALL) [1-3]',
      'organizationalUnits [4-8]',
      '  Security [5-5]',
      '  Workloads [6-8]',
      '    Prod (Workloads/Prod) [7-7]',
      '    Dev (Workloads/Dev) [8-8]',
      'accounts (3 accounts) [9-19]',
      '  payments (111111111111 · management account) [10-11]',
      '  security (222222222222 · created) [12-15]',
      '  web (333333333333 · invited) [16-19]',
      'trustedAccess [20-22]',
      '  sso.amazonaws.com (AWS IAM Identity Center · delegated administrator: payments) [21-22]',
      'identityCenter (1 permission set, 1 assignment) [23-27]',
      'policies [28-31]',
      '  serviceControlPolicies (1 SCP) [29-31]',
      '    DenyLeave (targets: Root, Workloads, payments, Workloads/Prod) [30-31]',
      'deployer (1 permission) [32-33]',
      'handshakes (1 handshake) [34-37]',
      '  INVITE → payments (OPEN) [35-37]',
    ]);
  });

  it('uses symbol kinds an editor can tell apart, and selects each name', () => {
    const { document, result } = checked(MANIFEST);
    const symbols = documentSymbols(document, result);
    const accounts = symbols.find((s) => s.name === 'accounts')!;
    const web = accounts.children!.find((s) => s.name === 'web')!;
    assert.equal(web.kind, SymbolKind.Object);
    assert.equal(document.getText(web.selectionRange), 'web');
    const ous = symbols.find((s) => s.name === 'organizationalUnits')!;
    assert.equal(ous.children![1]!.kind, SymbolKind.Namespace);
    assert.equal(symbols.find((s) => s.name === 'trustedAccess')!.children![0]!.kind, SymbolKind.Interface);
    assert.equal(symbols.find((s) => s.name === 'handshakes')!.children![0]!.kind, SymbolKind.Event);
  });

  it('shows a planned move to all features, a created account without id and a disabled service', () => {
    const text = `apiVersion: orgmanifest/v1
organization:
  featureSet: ALL
  currentFeatureSet: CONSOLIDATED_BILLING
  managementAccount: main
accounts:
  main: { id: "111111111111" }
  new-one: { joined: created }
trustedAccess:
  example.amazonaws.com: { enabled: false }
`;
    assert.deepEqual(render(outlineOf(text)), [
      'organization (CONSOLIDATED_BILLING → ALL) [1-4]',
      'accounts (2 accounts) [5-7]',
      '  main (111111111111 · management account) [6-6]',
      '  new-one (no id yet · created) [7-7]',
      'trustedAccess [8-9]',
      '  example.amazonaws.com (disabled) [9-9]',
    ]);
  });

  it('keeps every selection range inside its range, and never has an empty name', () => {
    const text = `organization: {managementAccount: x}
accounts:
  "": {}
handshakes:
  - {}
  - state: OPEN
`;
    const check = (symbols: readonly DocumentSymbol[]): void => {
      for (const s of symbols) {
        assert.notEqual(s.name, '');
        const { range, selectionRange } = s;
        const before = (a: typeof range.start, b: typeof range.start) => a.line < b.line || (a.line === b.line && a.character <= b.character);
        assert.ok(before(range.start, selectionRange.start) && before(selectionRange.end, range.end), `${s.name}: selection outside range`);
        check(s.children ?? []);
      }
    };
    const symbols = outlineOf(text);
    assert.deepEqual(
      render(symbols).map((line) => line.trim()),
      ['organization [0-0]', 'accounts (1 account) [1-2]', '"" (no id yet) [2-2]', 'handshakes (2 handshakes) [3-5]', 'handshake [4-4]', 'handshake (OPEN) [5-5]'],
    );
    check(symbols);
  });

  it('is empty for a file with no manifest in it', () => {
    assert.deepEqual(outlineOf(''), []);
    assert.deepEqual(outlineOf('# just a comment\n'), []);
  });
});
