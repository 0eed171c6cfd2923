import assert from 'node:assert/strict';
import { SymbolKind } from 'vscode-languageserver-types';
import { workspaceSymbols } from '../../../server/src/service';
import { MANIFEST, checked } from './navigation';

describe('navigation: workspace symbols', () => {
  const first = checked(MANIFEST);
  const other = checked('apiVersion: orgmanifest/v1\naccounts:\n  prod-web: {}\n', 'file:///other.org.yaml');

  it('finds accounts, OUs, trusted services and SCPs whose names hold the query in order, ignoring case', () => {
    const found = workspaceSymbols([first], 'wrk');
    assert.deepEqual(
      found.map((s) => [s.name, s.kind, s.containerName]),
      [['Workloads', SymbolKind.Namespace, 'organizationalUnits']],
    );
    assert.deepEqual(
      workspaceSymbols([first], 'P').map((s) => [s.name, s.containerName]),
      [
        ['Prod', 'Workloads'],
        ['payments', 'accounts'],
      ],
    );
    assert.deepEqual(workspaceSymbols([first], 'dnylv').map((s) => [s.name, s.kind]), [['DenyLeave', SymbolKind.Property]]);
    assert.deepEqual(workspaceSymbols([first], 'sso').map((s) => [s.name, s.kind]), [['sso.amazonaws.com', SymbolKind.Interface]]);
  });

  it('points at the declaration in each document it searches', () => {
    const found = workspaceSymbols([first, other], 'web');
    assert.deepEqual(
      found.map((s) => [s.name, s.location.uri, s.location.range.start.line]),
      [
        ['web', first.document.uri, 16],
        ['prod-web', other.document.uri, 2],
      ],
    );
  });

  it('stops at the limit', () => {
    assert.equal(workspaceSymbols([first], '', 3).length, 3);
    assert.equal(workspaceSymbols([first], '').length, 9, 'four OUs, three accounts, one service, one SCP');
  });
});
