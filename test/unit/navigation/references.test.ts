import assert from 'node:assert/strict';
import { DocumentHighlightKind } from 'vscode-languageserver-types';
import { findHighlights, findReferences } from '../../../server/src/service';
import { MANIFEST, checkedAt, markIn, placesOf } from './navigation';

function referencesAt(marked: string, includeDeclaration: boolean): string[] {
  const { document, result, position } = checkedAt(marked);
  const locations = findReferences(document, result, position, includeDeclaration);
  assert.ok(locations.every((location) => location.uri === document.uri));
  return placesOf(
    document,
    locations.map((location) => location.range),
  );
}

describe('navigation: find references', () => {
  it('lists the five references of an account, with its declaration when asked, from any of them', () => {
    const withDeclaration = ['3:payments', '10:payments', '22:payments', '27:payments', '31:payments', '34:payments'];
    assert.deepEqual(referencesAt(markIn('  payments:', 4), true), withDeclaration);
    assert.deepEqual(referencesAt(markIn('  payments:', 4), false), withDeclaration.filter((place) => place !== '10:payments'));
    assert.deepEqual(referencesAt(markIn('"payments"', 2), true), withDeclaration);
  });

  it('lists every path through an OU, pointing at its own segment', () => {
    assert.deepEqual(referencesAt(markIn('  Workloads:', 3), true), ['6:Workloads', '19:Workloads', '31:Workloads', '31:Workloads']);
    assert.deepEqual(referencesAt(markIn('    Prod:', 5), true), ['7:Prod', '19:Prod', '31:Prod']);
    assert.deepEqual(referencesAt(markIn('ou: Workloads/Prod', 7), false), ['19:Workloads', '31:Workloads', '31:Workloads']);
  });

  it('lists an OU that nothing references by its declaration alone', () => {
    assert.deepEqual(referencesAt(markIn('    Dev:', 5), true), ['8:Dev']);
    assert.deepEqual(referencesAt(markIn('    Dev:', 5), false), []);
  });

  it('lists the other uses of a name that does not resolve (to find a typo everywhere)', () => {
    const text = MANIFEST.replace('delegatedAdministrator: payments', 'delegatedAdministrator: pay|mnts').replace('account: payments\n    state', 'account: paymnts\n    state');
    assert.deepEqual(referencesAt(text, true), ['22:paymnts', '34:paymnts']);
  });

  it('returns nothing off a name', () => {
    assert.deepEqual(referencesAt(markIn('featureSet: ALL', 13), true), []);
    assert.deepEqual(referencesAt(markIn('[Root', 2), true), []);
  });
});

describe('navigation: document highlights', () => {
  it('marks the declaration as a write and the references as reads', () => {
    const { document, result, position } = checkedAt(markIn('managementAccount: payments', 20));
    const highlights = findHighlights(document, result, position);
    assert.deepEqual(
      highlights.map((h) => [placesOf(document, [h.range])[0], h.kind]),
      [
        ['3:payments', DocumentHighlightKind.Read],
        ['10:payments', DocumentHighlightKind.Write],
        ['22:payments', DocumentHighlightKind.Read],
        ['27:payments', DocumentHighlightKind.Read],
        ['31:payments', DocumentHighlightKind.Read],
        ['34:payments', DocumentHighlightKind.Read],
      ],
    );
  });

  it('highlights the segment of each OU path, not the whole path', () => {
    const { document, result, position } = checkedAt(markIn('    Prod:', 5));
    const ranges = findHighlights(document, result, position).map((h) => h.range);
    assert.deepEqual(
      ranges.map((r) => [r.start.line, r.start.character, r.end.character]),
      [
        [7, 4, 8],
        [19, 18, 22],
        [31, 55, 59],
      ],
    );
  });

  it('highlights nothing off a name', () => {
    const { document, result, position } = checkedAt(markIn('state: OPEN', 8));
    assert.deepEqual(findHighlights(document, result, position), []);
  });
});
