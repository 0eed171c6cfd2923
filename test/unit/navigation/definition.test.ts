import assert from 'node:assert/strict';
import { findDefinition } from '../../../server/src/service';
import { MANIFEST, checkedAt, markIn, placesOf } from './navigation';

/** The place the definition request at the cursor leads to, as `line:text`, or undefined. */
function definitionAt(marked: string): string | undefined {
  const { document, result, position } = checkedAt(marked);
  const location = findDefinition(document, result, position);
  if (!location) return undefined;
  assert.equal(location.uri, document.uri);
  return placesOf(document, [location.range])[0];
}

describe('navigation: go to definition', () => {
  it('goes from every kind of account reference to the account key', () => {
    assert.equal(definitionAt(markIn('managementAccount: payments', 22)), '10:payments');
    assert.equal(definitionAt(markIn('delegatedAdministrator: payments', 30)), '10:payments');
    assert.equal(definitionAt(markIn("'payments'", 3)), '10:payments');
    assert.equal(definitionAt(markIn('"payments"', 5)), '10:payments');
    assert.equal(definitionAt(markIn('    account: payments', 13)), '10:payments');
  });

  it('counts a cursor right after the name as on it, and one right before it', () => {
    assert.equal(definitionAt(markIn('managementAccount: payments', 27)), '10:payments');
    assert.equal(definitionAt(markIn('managementAccount: payments', 19)), '10:payments');
  });

  it('counts a cursor on the quotes of a quoted name as on the name', () => {
    assert.equal(definitionAt(markIn('"payments"', 0)), '10:payments');
    assert.equal(definitionAt(markIn('"payments"', 9)), '10:payments');
    assert.equal(definitionAt(markIn("'payments'", 0)), '10:payments');
  });

  it('goes from each segment of an OU path to that OU', () => {
    assert.equal(definitionAt(markIn('ou: Workloads/Prod', 6)), '6:Workloads');
    assert.equal(definitionAt(markIn('ou: Workloads/Prod', 16)), '7:Prod');
    assert.equal(definitionAt(markIn('ou: Security', 5)), '5:Security');
  });

  it('resolves SCP targets to OUs or accounts, and `Root` to nothing', () => {
    assert.equal(definitionAt(markIn('[Root, Workloads', 9)), '6:Workloads');
    assert.equal(definitionAt(markIn(', Workloads/Prod]', 14)), '7:Prod');
    assert.equal(definitionAt(markIn('[Root', 2)), undefined);
  });

  it('answers on a declaration with the declaration itself', () => {
    assert.equal(definitionAt(markIn('  web:', 3)), '16:web');
    assert.equal(definitionAt(markIn('    Dev: {}', 5)), '8:Dev');
  });

  it('finds nothing for a reference that does not resolve, or off any name', () => {
    assert.equal(definitionAt(MANIFEST.replace('account: payments\n    state', 'account: pay|ment\n    state')), undefined);
    assert.equal(definitionAt(MANIFEST.replace('ou: Workloads/Prod', 'ou: Workloads/Pr|odd')), undefined);
    assert.equal(definitionAt(markIn('featureSet: ALL', 13)), undefined);
    assert.equal(definitionAt(markIn('id: "333333333333"', 6)), undefined);
  });

  it('keeps working on a manifest with syntax and structure errors', () => {
    const marked = `apiVersion: orgmanifest/v1
organization: { managementAccount: main
accounts:
  main: {id: 1}
handshakes:
  - account: ma|in
    bogus: [
`;
    assert.equal(definitionAt(marked), '3:main');
  });
});
