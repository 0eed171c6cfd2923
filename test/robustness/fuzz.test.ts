/**
 * Property tests (issue #9): every fixture, put through random edit sequences, and the service
 * never throws, no check fails, every range lies inside the document, every code is a known rule,
 * and every quick fix offered (and Fix All) applies cleanly. Hover and completion at a random
 * place must not throw either.
 *
 * The default run is a fast sample with a fixed seed; `npm run fuzz` runs many thousands of cases
 * (FUZZ_RUNS, FUZZ_SEED; see ./fuzz.mjs). A failure prints the seed and path to replay it.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic, Position, Range, TextEdit } from 'vscode-languageserver-types';
import { RULES, getLanguageService } from '../../server/src/service';
import { applyEdit, edit, loadFixtures } from './fuzzEdits';

const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
const SEED = Number(process.env.FUZZ_SEED ?? 20260601);
const KNOWN_CODES = new Set(RULES.map((rule) => rule.code));
const fixtures = loadFixtures();

const failures: string[] = [];
const service = getLanguageService({ onCheckError: (code, error) => failures.push(`${code}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`) });

function lineLengths(text: string): number[] {
  return text.split(/\r\n|\r|\n/).map((line) => line.length);
}

function assertInside(range: Range, lengths: readonly number[], what: string): void {
  const valid = (p: Position) => p.line >= 0 && p.line < lengths.length && p.character >= 0 && p.character <= lengths[p.line]!;
  assert.ok(valid(range.start) && valid(range.end), `${what}: ${JSON.stringify(range)} is outside the document`);
  assert.ok(range.start.line < range.end.line || (range.start.line === range.end.line && range.start.character <= range.end.character), `${what}: ${JSON.stringify(range)} ends before it starts`);
}

function assertDiagnostic(d: Diagnostic, lengths: readonly number[]): void {
  assert.ok(KNOWN_CODES.has(String(d.code)), `unknown code ${String(d.code)}`);
  assert.equal(d.source, 'org-manifest');
  assert.ok(typeof d.message === 'string' && d.message.length > 0, 'a message');
  assertInside(d.range, lengths, `${d.code}`);
  for (const related of d.relatedInformation ?? []) assertInside(related.location.range, lengths, `${d.code} related`);
}

/** The edits of a fix, which must all be for this document, inside it, and not overlap. */
function editsOf(action: CodeAction, document: TextDocument): TextEdit[] {
  const edit = action.edit;
  if (!edit) return [];
  const edits: TextEdit[] = [];
  for (const [uri, changes] of Object.entries(edit.changes ?? {})) {
    assert.equal(uri, document.uri, `${action.title}: edits another document`);
    edits.push(...changes);
  }
  for (const change of edit.documentChanges ?? []) {
    assert.ok('edits' in change && change.textDocument.uri === document.uri, `${action.title}: creates, renames or edits another document`);
    for (const e of change.edits) {
      assert.ok('newText' in e, `${action.title}: a snippet edit`);
      edits.push(e);
    }
  }
  return edits;
}

function assertAppliesCleanly(document: TextDocument, edits: readonly TextEdit[], what: string): string {
  const lengths = lineLengths(document.getText());
  for (const e of edits) assertInside(e.range, lengths, what);
  const offsets = edits.map((e) => [document.offsetAt(e.range.start), document.offsetAt(e.range.end)] as const).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  offsets.forEach(([start], i) => assert.ok(i === 0 || start >= offsets[i - 1]![1], `${what}: edits overlap`));
  return TextDocument.applyEdits(document, [...edits]);
}

/** Every invariant, for one text. `pick` chooses which fix is re-checked and where hover and completion ask. */
function checkText(text: string, pick: number): void {
  failures.length = 0;
  const document = TextDocument.create('file:///fuzz.org.yaml', 'org-manifest', 1, text);
  const diagnostics = service.doValidation(document);
  const lengths = lineLengths(text);
  for (const d of diagnostics) assertDiagnostic(d, lengths);
  const fixed: string[] = [];
  for (const d of diagnostics) {
    for (const action of service.getCodeActions(document, d.range, { diagnostics: [d] })) fixed.push(assertAppliesCleanly(document, editsOf(action, document), action.title));
  }
  fixed.push(assertAppliesCleanly(document, service.getFixAllEdits(document), 'Fix All'));
  // One fixed text is checked in turn: a fix must never leave text the service cannot take.
  service.doValidation(TextDocument.create('file:///fuzz-fixed.org.yaml', 'org-manifest', 1, fixed[pick % fixed.length]!));
  const position = document.positionAt(pick % (text.length + 1));
  service.doHover(document, position);
  service.doComplete(document, position);
  assert.deepEqual(failures, [], 'no check may fail');
}

describe(`fuzz: random edits of every fixture (${RUNS} cases, seed ${SEED})`, function () {
  this.timeout(RUNS > 1000 ? 0 : 120_000);

  it('has fixtures to edit', () => assert.ok(fixtures.length >= 20, `${fixtures.length} fixtures`));

  it('never throws, keeps ranges inside the document and codes known, and every fix applies cleanly', () => {
    const started = Date.now();
    fc.assert(
      fc.property(fc.nat({ max: fixtures.length - 1 }), fc.array(edit, { minLength: 1, maxLength: 8 }), fc.nat(), (index, edits, pick) => {
        const text = edits.reduce((current, e) => applyEdit(current, e, fixtures), fixtures[index]!.text);
        checkText(text, pick);
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );
    if (RUNS > 1000) console.log(`      ${RUNS.toLocaleString('en-US')} cases in ${((Date.now() - started) / 1000).toFixed(1)} s (seed ${SEED})`);
  });

  it('also holds for the fixtures themselves, unedited', () => {
    fixtures.forEach((fixture, i) => checkText(fixture.text, i));
  });
});
