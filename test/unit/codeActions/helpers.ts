/**
 * Quick-fix tests work on whole texts: find a diagnostic, ask the service for its code actions,
 * apply the chosen action's edit as a client would, and compare the result with the expected text.
 */
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic, TextDocumentEdit, TextEdit } from 'vscode-languageserver-types';
import { getLanguageService, parseSettings } from '../../../server/src/service';
import type { LanguageService, Settings } from '../../../server/src/service';

export const TODAY = new Date('2026-06-01T12:00:00Z');

export function newService(): LanguageService {
  return getLanguageService({ now: () => TODAY });
}

let version = 0;

/** A fresh document each time (a new version), so no cached check of an earlier text is reused. */
export function documentOf(text: string, uri = 'file:///fix.org.yaml'): TextDocument {
  return TextDocument.create(uri, 'org-manifest', ++version, text);
}

export interface Offer {
  readonly diagnostic: Diagnostic;
  readonly actions: CodeAction[];
}

/** The quick fixes offered for every diagnostic of `text` (or those of `code`). */
export function offers(text: string, code?: string, settings: Settings = parseSettings(undefined), service = newService()): Offer[] {
  const document = documentOf(text);
  return service
    .doValidation(document, settings)
    .filter((d) => code === undefined || d.code === code)
    .map((diagnostic) => ({ diagnostic, actions: service.getCodeActions(document, diagnostic.range, { diagnostics: [diagnostic] }, settings) }));
}

/** The edits of an action, which must target the document it was made for. */
export function editsOf(action: CodeAction): TextEdit[] {
  const changes = action.edit?.documentChanges;
  assert.ok(changes && changes.length === 1, `"${action.title}" has no single document edit`);
  const edits = (changes[0] as TextDocumentEdit).edits;
  assert.ok(edits.every((e) => 'newText' in e), 'snippet edits are not expected');
  return edits as TextEdit[];
}

export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('file:///apply.org.yaml', 'org-manifest', 0, text), [...edits]);
}

/** The text after the action titled `title` (default: the preferred one) for the first `code` diagnostic. */
export function applyFix(text: string, code: string, title?: string | RegExp): string {
  const offer = offers(text, code)[0];
  assert.ok(offer, `no ${code} diagnostic in:\n${text}`);
  const action = offer.actions.find((a) => (title === undefined ? a.isPreferred : typeof title === 'string' ? a.title === title : title.test(a.title)));
  assert.ok(action, `no action ${String(title ?? '(preferred)')} for ${code}; offered: ${offer.actions.map((a) => a.title).join(' | ')}`);
  return applyEdits(text, editsOf(action));
}

/** The codes of the diagnostics of `text`, sorted. */
export function codesOf(text: string): string[] {
  return newService()
    .doValidation(documentOf(text))
    .map((d) => String(d.code))
    .sort();
}

/** Asserts that `fixed` equals `expected` and that the fix removed its diagnostic. */
export function assertFixed(fixed: string, expected: string, code: string): void {
  assert.equal(fixed, expected);
  assert.ok(!codesOf(fixed).includes(code), `${code} is still reported after the fix`);
}

export function crlf(text: string): string {
  return text.replace(/\r?\n/g, '\r\n');
}
