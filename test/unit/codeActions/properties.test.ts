/**
 * The promises every quick fix keeps, checked on every fixture manifest in the repository (and on
 * the same files with CRLF line endings, doubled indentation or no final line break, drawn by
 * fast-check): for every fix offered, the result parses, the diagnostic it targets is gone, no new
 * error appears, every comment is still there, and the same diagnostic then gets no fix at all.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { CST, Lexer } from 'yaml';
import type { CodeAction, Diagnostic, TextEdit } from 'vscode-languageserver-types';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import type { FixIntent } from '../../../server/src/service/findings';
import { hasManifestFirstLine, isManifestName } from '../../../server/src/manifestFiles';
import { applyEdits, documentOf, editsOf, newService } from './helpers';

const ROOT = path.join(__dirname, '..', '..', '..');
const FOLDERS = ['test/unit/codeActions/fixtures', 'examples', 'test/cli/fixtures', 'test/grammar/fixtures', 'test/vscode/workspace'];

function manifestsUnder(folder: string): string[] {
  const absolute = path.join(ROOT, folder);
  return readdirSync(absolute).flatMap((name) => {
    const file = path.join(absolute, name);
    if (statSync(file).isDirectory()) return manifestsUnder(path.join(folder, name));
    const text = /\.ya?ml$/.test(name) ? readFileSync(file, 'utf8') : '';
    return text && (isManifestName(file) || hasManifestFirstLine(text)) ? [path.join(folder, name)] : [];
  });
}

const FIXTURES = FOLDERS.flatMap(manifestsUnder).map((file) => ({ file, text: readFileSync(path.join(ROOT, file), 'utf8') }));

/**
 * Findings a fix knowingly brings into force: planning all features makes the handshake rules
 * apply; trusted access needs all features and the service's role; a quoted ID is read as written
 * (then its length is checked). Every other new error is a bug.
 */
const CONSEQUENCES: Partial<Record<FixIntent['kind'], readonly string[]>> = {
  setFeatureSetAll: ['ORG201', 'ORG202', 'ORG205', 'ORG701'],
  enableTrustedAccess: ['ORG302', 'ORG103', 'ORG701'],
  quoteAccountId: ['ORG501'],
};
const ALL_CONSEQUENCES = new Set(Object.values(CONSEQUENCES).flat());

/** Where an offset of the old text is after the edits (an insertion at it pushes it along). */
function mapOffset(offset: number, changes: readonly { start: number; end: number; length: number }[]): number {
  let delta = 0;
  for (const c of changes) {
    if (c.start > offset || (c.start === offset && c.end > offset)) break;
    if (c.end > offset) return c.start + delta;
    delta += c.length - (c.end - c.start);
  }
  return offset + delta;
}

interface Checked {
  readonly text: string;
  readonly diagnostics: Diagnostic[];
}

function check(text: string): Checked & { offsetOf(d: Diagnostic): number } {
  const document = documentOf(text);
  return { text, diagnostics: newService().doValidation(document), offsetOf: (d) => document.offsetAt(d.range.start) };
}

/** What a diagnostic is about: its account for permission findings (they move to a new `administrator`), else its place. */
function identity(d: Diagnostic, offset: number): string {
  const data = d.data as FixIntent | undefined;
  return data && 'account' in data ? `${String(d.code)} ${data.account}` : `${String(d.code)} @${offset}`;
}

/**
 * The comments of a text, counted. "Disable ORGnnn for this line" may add its code to the
 * suppression comment above: codes in such comments are left out of the comparison.
 */
function comments(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const token of new Lexer().lex(text)) {
    if (token === CST.DOCUMENT || token === CST.FLOW_END || token === CST.SCALAR || CST.tokenType(token) !== 'comment') continue;
    const comment = /^#\s*org-manifest-disable-next-line\b/.test(token) ? token.replace(/,?\s*ORG\d{3}/g, '') : token;
    counts.set(comment.trim(), (counts.get(comment.trim()) ?? 0) + 1);
  }
  return counts;
}

/** Checks the five properties for one applied action; returns the text after it. */
function checkFix(before: Checked & { offsetOf(d: Diagnostic): number }, action: CodeAction, label: string): void {
  const edits: TextEdit[] = editsOf(action);
  const beforeDocument = documentOf(before.text);
  const changes = edits
    .map((e) => ({ start: beforeDocument.offsetAt(e.range.start), end: beforeDocument.offsetAt(e.range.end), length: e.newText.length }))
    .sort((a, b) => a.start - b.start);
  const after = check(applyEdits(before.text, edits));
  const where = `${label}: "${action.title}"\n--- after ---\n${after.text}`;

  const syntax = (c: Checked) => c.diagnostics.filter((d) => d.code === 'ORG001').length;
  assert.ok(syntax(after) <= syntax(before), `the result does not parse (${where})`);

  const afterIds = new Set(after.diagnostics.map((d) => identity(d, after.offsetOf(d))));
  for (const target of action.diagnostics ?? []) {
    const id = identity(target, mapOffset(before.offsetOf(target), changes));
    assert.ok(!afterIds.has(id), `${id} is still reported (${where})`);
  }

  const kinds = (action.diagnostics ?? []).map((d) => (d.data as FixIntent | undefined)?.kind);
  const allowed = new Set(kinds.flatMap((kind) => (kind ? (CONSEQUENCES[kind] ?? []) : [])));
  const beforeIds = new Set(before.diagnostics.map((d) => identity(d, mapOffset(before.offsetOf(d), changes))));
  const fresh = after.diagnostics.filter(
    (d) => d.severity === DiagnosticSeverity.Error && !beforeIds.has(identity(d, after.offsetOf(d))) && !allowed.has(String(d.code)),
  );
  assert.deepEqual(fresh.map((d) => `${String(d.code)}: ${d.message}`), [], `new errors (${where})`);

  const kept = comments(after.text);
  for (const [comment, count] of comments(before.text)) assert.ok((kept.get(comment) ?? 0) >= count, `comment lost: ${comment} (${where})`);

  // The same diagnostic, sent again by a client that has not refreshed, gets nothing more.
  const afterDocument = documentOf(after.text);
  for (const target of action.diagnostics ?? []) {
    const start = afterDocument.positionAt(mapOffset(before.offsetOf(target), changes));
    const stale = { ...target, range: { start, end: start } };
    const again = newService().getCodeActions(afterDocument, stale.range, { diagnostics: [stale] });
    assert.deepEqual(again.map((a) => a.title), [], `offered again (${where})`);
  }
}

function forEveryFix(text: string, label: string, visit: (before: ReturnType<typeof check>, action: CodeAction, label: string) => void): number {
  const before = check(text);
  const document = documentOf(text);
  const service = newService();
  let count = 0;
  for (const diagnostic of before.diagnostics) {
    for (const action of service.getCodeActions(document, diagnostic.range, { diagnostics: [diagnostic] })) {
      visit(before, action, `${label} ${String(diagnostic.code)} line ${diagnostic.range.start.line + 1}`);
      count++;
    }
  }
  return count;
}

function syntaxErrors(text: string): number {
  return check(text).diagnostics.filter((d) => d.code === 'ORG001').length;
}

const VARIANTS: Readonly<Record<string, (text: string) => string>> = {
  crlf: (text) => text.replace(/\r?\n/g, '\r\n'),
  'doubled indentation': (text) => text.replace(/^( +)/gm, '$1$1'),
  'no final line break': (text) => text.replace(/\r?\n$/, ''),
};

describe('quick-fix properties over every fixture manifest', function () {
  this.timeout(120000);

  it('finds the fixtures', () => {
    assert.ok(FIXTURES.length >= 10, FIXTURES.map((f) => f.file).join(', '));
    assert.ok(FIXTURES.some((f) => f.file.startsWith('examples/')));
  });

  it('every offered fix parses, removes its diagnostic, adds no error, keeps every comment, and is not offered again', () => {
    const total = FIXTURES.reduce((sum, { file, text }) => sum + forEveryFix(text, file, checkFix), 0);
    assert.ok(total > 60, `only ${total} fixes were offered over the fixtures`);
  });

  it('the same holds for the fixtures written with CRLF, doubled indentation or no final line break', () => {
    fc.assert(
      fc.property(fc.constantFrom(...FIXTURES), fc.constantFrom(...Object.keys(VARIANTS)), ({ file, text }, variant) => {
        const changed = VARIANTS[variant]!(text);
        // Doubling breaks `- key:` items whose next keys sit two columns in: such variants are not fixtures.
        fc.pre(syntaxErrors(changed) <= syntaxErrors(text));
        forEveryFix(changed, `${file} (${variant})`, checkFix);
      }),
      { numRuns: 40, maxSkipsPerRun: 100 },
    );
  });

  it('fix-all parses, keeps every comment, adds only the errors its fixes bring into force, and then has nothing left to do', () => {
    for (const { file, text } of FIXTURES) {
      for (const variant of [text, VARIANTS.crlf!(text)]) {
        const before = check(variant);
        const edits = newService().getFixAllEdits(documentOf(variant));
        const after = check(applyEdits(variant, edits));
        const label = `${file}\n--- after ---\n${after.text}`;
        assert.ok(after.diagnostics.filter((d) => d.code === 'ORG001').length <= before.diagnostics.filter((d) => d.code === 'ORG001').length, label);
        const kept = comments(after.text);
        for (const [comment, count] of comments(variant)) assert.ok((kept.get(comment) ?? 0) >= count, `comment lost: ${comment} in ${label}`);
        const codesBefore = new Set(before.diagnostics.map((d) => String(d.code)));
        const fresh = after.diagnostics.filter((d) => d.severity === DiagnosticSeverity.Error && !codesBefore.has(String(d.code)) && !ALL_CONSEQUENCES.has(String(d.code)));
        assert.deepEqual(fresh.map((d) => d.message), [], label);
        assert.deepEqual(newService().getFixAllEdits(documentOf(after.text)), [], `fix-all is not idempotent: ${label}`);
      }
    }
  });
});
