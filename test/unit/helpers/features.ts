/**
 * Hover and completion at a `|` cursor marker, through the language service facade, plus what the
 * tests ask of the answers: the hover's Markdown, item labels, and the text after applying an item.
 */
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CompletionItem, CompletionList, Hover, MarkupContent, TextEdit } from 'vscode-languageserver-types';
import { getLanguageService } from '../../../server/src/service';
import { readCursor } from './cursor';

const service = getLanguageService({ now: () => new Date('2026-06-01T12:00:00Z') });

/**
 * Puts the `|` marker into `text` where `markedNeedle` (a piece of the text with a `|` in it) says,
 * e.g. `place(manifest, 'featureSet: A|LL')`. The piece must occur in the text exactly once.
 */
export function place(text: string, markedNeedle: string): string {
  const at = markedNeedle.indexOf('|');
  const needle = markedNeedle.replace('|', '');
  const index = text.indexOf(needle);
  assert.ok(index >= 0 && text.indexOf(needle, index + 1) < 0, `${JSON.stringify(needle)} must occur once in the fixture`);
  return `${text.slice(0, index + at)}|${text.slice(index + at)}`;
}

function documentAt(marked: string, marker: string) {
  const { text, offset } = readCursor(marked, marker);
  const document = TextDocument.create('file:///feature.org.yaml', 'org-manifest', 1, text);
  return { document, position: document.positionAt(offset) };
}

export function hoverAt(marked: string, marker = '|'): Hover | null {
  const { document, position } = documentAt(marked, marker);
  return service.doHover(document, position);
}

/** The hover's Markdown (fails the test when there is no hover). */
export function hoverText(marked: string, marker = '|'): string {
  const hover = hoverAt(marked, marker);
  assert.ok(hover, 'expected a hover');
  return (hover.contents as MarkupContent).value;
}

export function completeAt(marked: string, marker = '|'): CompletionList & { readonly text: string } {
  const { document, position } = documentAt(marked, marker);
  return { ...service.doComplete(document, position), text: document.getText() };
}

export function labels(list: CompletionList): string[] {
  return list.items.map((item) => item.label);
}

export function itemNamed(list: CompletionList, label: string): CompletionItem {
  const item = list.items.find((candidate) => candidate.label === label);
  assert.ok(item, `no item ${label} among ${labels(list).slice(0, 30).join(', ')}`);
  return item;
}

/** The text after accepting an item, snippet placeholders replaced by their defaults (first choice). */
export function applyItem(text: string, item: CompletionItem): string {
  const edit = item.textEdit as TextEdit;
  const document = TextDocument.create('file:///apply.org.yaml', 'org-manifest', 1, text);
  const inserted = edit.newText
    .replace(/\$\{\d+\|([^,|]*)[^}]*\}/g, '$1')
    .replace(/\$\{\d+:([^}]*)\}/g, '$1')
    .replace(/\$\d+/g, '');
  return TextDocument.applyEdits(document, [{ range: edit.range, newText: inserted }]);
}

/** Diagnostics of a text, for checking that an accepted completion leaves a valid manifest. */
export function codesOf(text: string): string[] {
  const document = TextDocument.create('file:///codes.org.yaml', 'org-manifest', 1, text);
  return service.doValidation(document).map((d) => String(d.code));
}
