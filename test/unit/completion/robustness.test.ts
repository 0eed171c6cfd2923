/** Hover and completion never throw, whatever the text and wherever the cursor (SPEC §8). */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextEdit } from 'vscode-languageserver-types';
import { getLanguageService } from '../../../server/src/service';

const ACME = readFileSync(path.join(__dirname, '..', '..', '..', 'examples', 'acme.org.yaml'), 'utf8');
const service = getLanguageService();

/** The example with a slice cut out and garbage put in: half-typed, often invalid YAML. */
const edited = fc
  .tuple(fc.nat(ACME.length), fc.nat(40), fc.string({ unit: fc.constantFrom(' ', '\n', '\r\n', ':', '-', '[', ']', '{', '}', ',', '#', '"', "'", '|', '&', '*', 'a', '1', '\t') }))
  .map(([at, cut, insert]) => ACME.slice(0, at) + insert + ACME.slice(at + cut));

describe('hover and completion on any text', () => {
  it('never throw, and completion edits replace text around the cursor on its line', () => {
    fc.assert(
      fc.property(edited, fc.double({ min: 0, max: 1, noNaN: true }), (text, where) => {
        const document = TextDocument.create('file:///fuzz.org.yaml', 'org-manifest', 1, text);
        const position = document.positionAt(Math.floor(where * text.length));
        service.doHover(document, position);
        const list = service.doComplete(document, position);
        for (const item of list.items) {
          const { start, end } = (item.textEdit as TextEdit).range;
          const around = start.line === position.line && end.line === position.line && start.character <= position.character && position.character <= end.character;
          assert.ok(around, `edit ${JSON.stringify({ start, end })} does not hold the cursor ${JSON.stringify(position)}`);
        }
      }),
      { numRuns: 100 },
    );
  });
});
