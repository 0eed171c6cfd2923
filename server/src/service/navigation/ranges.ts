/** Offsets → LSP ranges, at the edge (the service works in offsets; TextDocument counts UTF-16 like LSP). */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Range } from 'vscode-languageserver-types';
import type { Span } from '../text/span';

export function toRange(document: TextDocument, span: Span): Range {
  return { start: document.positionAt(span.start), end: document.positionAt(span.end) };
}

/** The span without the whitespace (line breaks included) at its end: `yaml` ends block collections after their last line break. */
export function trimEnd(text: string, span: Span): Span {
  let end = span.end;
  while (end > span.start && /\s/.test(text.charAt(end - 1))) end--;
  return { start: span.start, end };
}
