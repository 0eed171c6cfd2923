import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  documentLinks,
  documentSymbols,
  findDefinition,
  findHighlights,
  findReferences,
  foldingRanges,
  prepareRename,
  rename,
  selectionRanges,
  semanticTokens,
  workspaceSymbols,
} from '../../../server/src/service';
import { MANIFEST, applyEdit, checked } from './navigation';

/** MANIFEST with random slices cut out and random YAML-ish text pasted in. */
const mangled = fc
  .array(fc.tuple(fc.nat({ max: MANIFEST.length }), fc.nat({ max: 12 }), fc.stringMatching(/^[a-z:{}[\]"'&*|>#,\n -]{0,6}$/)), { maxLength: 6 })
  .map((edits) => edits.reduce((text, [at, cut, paste]) => text.slice(0, at % (text.length + 1)) + paste + text.slice((at % (text.length + 1)) + cut), MANIFEST));

describe('navigation: bad input', () => {
  it('answers every request on mangled manifests without throwing, with ranges inside the text', () => {
    fc.assert(
      fc.property(mangled, fc.nat(), (text, seed) => {
        const { document, result } = checked(text);
        const position = document.positionAt(seed % (text.length + 1));
        const lines = document.lineCount;
        const inText = (range: { start: { line: number }; end: { line: number } }) => range.start.line < lines && range.end.line < lines;
        assert.ok(documentSymbols(document, result).every((s) => inText(s.range)));
        assert.ok(findReferences(document, result, position, true).every((l) => inText(l.range)));
        findDefinition(document, result, position);
        findHighlights(document, result, position);
        prepareRename(document, result, position);
        const renamed = rename(document, result, position, 'renamed');
        // Applying throws on overlapping edits.
        if (renamed?.ok) applyEdit(document, renamed.edit);
        foldingRanges(text, result).forEach((f) => assert.ok(f.startLine < f.endLine && f.endLine < lines));
        selectionRanges(document, result, [position]);
        assert.equal(semanticTokens(document, result).data.length % 5, 0);
        documentLinks(document, result);
        workspaceSymbols([{ document, result }], 'a');
      }),
      { numRuns: 150 },
    );
  });
});
