/**
 * Rule fixtures with inline expectations (GUIDE "Tests" 1). Under an offending line, a comment line
 * of carets marks the expected range and lists the codes found there:
 *
 *     joined: invited
 *   #         ^^^^^^^ ORG201
 *
 * The annotation comments stay in the text (they are YAML comments), so offsets need no remapping.
 */
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import { getLanguageService, parseSettings } from '../../../server/src/service';

const ANNOTATION = /^(\s*#\s*?)(\s*)(\^+)\s+((?:ORG\d{3}[\s,]*)+)$/;

export interface ExpectedFinding {
  readonly code: string;
  readonly line: number;
  readonly start: number;
  readonly end: number;
}

/** Reads the caret annotations of a fixture. Lines are 0-based; an annotation refers to the nearest non-annotation line above. */
export function readAnnotations(text: string): ExpectedFinding[] {
  const lines = text.split(/\r\n|\r|\n/);
  const expected: ExpectedFinding[] = [];
  let target = -1;
  lines.forEach((line, index) => {
    const match = ANNOTATION.exec(line);
    if (!match) {
      target = index;
      return;
    }
    const start = match[1]!.length + match[2]!.length;
    const end = start + match[3]!.length;
    for (const code of match[4]!.trim().split(/[\s,]+/)) expected.push({ code, line: target, start, end });
  });
  return expected;
}

export interface CheckOptions {
  /** `orgManifest` settings, as a client would send them. */
  readonly settings?: unknown;
  /** Compare only findings of these codes (default: every finding must be annotated). */
  readonly only?: readonly string[];
  readonly today?: Date;
}

/** Our diagnostics always carry plain-text messages (LSP also allows markup). */
export type TextDiagnostic = Diagnostic & { message: string };

export function diagnose(text: string, options: CheckOptions = {}): TextDiagnostic[] {
  const service = getLanguageService({ now: () => options.today ?? new Date('2026-06-01T12:00:00Z') });
  const document = TextDocument.create('file:///test.org.yaml', 'org-manifest', 1, text);
  return service.doValidation(document, parseSettings(options.settings)) as TextDiagnostic[];
}

function render(f: ExpectedFinding): string {
  return `${f.code} at ${f.line + 1}:${f.start + 1}-${f.end + 1}`;
}

/** Asserts that the findings are exactly the annotated ones (as a set of code + range). */
export function checkDiagnostics(text: string, options: CheckOptions = {}): TextDiagnostic[] {
  const diagnostics = diagnose(text, options);
  const relevant = options.only ? diagnostics.filter((d) => options.only!.includes(String(d.code))) : diagnostics;
  const actual = relevant.map((d): ExpectedFinding => {
    const { start, end } = d.range;
    const endColumn = end.line === start.line ? Math.max(end.character, start.character + 1) : start.character + 1;
    return { code: String(d.code), line: start.line, start: start.character, end: endColumn };
  });
  const expected = readAnnotations(text).filter((f) => !options.only || options.only.includes(f.code));
  const byText = (list: ExpectedFinding[]) => list.map(render).sort();
  const messages = relevant.map((d) => `  ${d.code} ${d.range.start.line + 1}:${d.range.start.character + 1} ${d.message}`).join('\n');
  assert.deepEqual(byText(actual), byText(expected), `findings differ from the annotations; actual findings:\n${messages}`);
  return relevant;
}

/** A manifest header for fixtures: an organization planning the move to all features. */
export function upgradeHeader(extraAccounts = ''): string {
  return `apiVersion: orgmanifest/v1
organization:
  featureSet: ALL
  currentFeatureSet: CONSOLIDATED_BILLING
  managementAccount: management
accounts:
  management:
    id: "111111111111"
${extraAccounts}`;
}
