/**
 * Go to definition, find references and document highlights for account keys and OU paths, all
 * answered from the reference index of the cached check (no walk of the document per request).
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DocumentHighlightKind } from 'vscode-languageserver-types';
import type { DocumentHighlight, Location, Position } from 'vscode-languageserver-types';
import type { CheckResult } from '../check';
import { toRange } from './ranges';
import { referenceIndexOf } from './referenceIndex';
import type { NavSymbol, Occurrence } from './referenceIndex';

/** The symbol under the cursor and the occurrence the cursor is on. */
export function symbolAt(document: TextDocument, result: CheckResult, position: Position): { symbol: NavSymbol; occurrence: Occurrence } | undefined {
  const index = referenceIndexOf(result, document.getText());
  const occurrence = index.at(document.offsetAt(position));
  const symbol = occurrence && index.symbol(occurrence.kind, occurrence.name);
  return occurrence && symbol ? { symbol, occurrence } : undefined;
}

/** Where the account or OU under the cursor is declared; undefined when it is not declared. */
export function findDefinition(document: TextDocument, result: CheckResult, position: Position): Location | undefined {
  const definition = symbolAt(document, result, position)?.symbol.definition;
  return definition && { uri: document.uri, range: toRange(document, definition.span) };
}

/** Every reference to the account or OU under the cursor, in document order, with its declaration when asked. */
export function findReferences(document: TextDocument, result: CheckResult, position: Position, includeDeclaration: boolean): Location[] {
  const found = symbolAt(document, result, position);
  if (!found) return [];
  return occurrencesOf(found.symbol, includeDeclaration).map((occurrence) => ({ uri: document.uri, range: toRange(document, occurrence.span) }));
}

/** The declaration (a write) and the references (reads) of the symbol under the cursor. */
export function findHighlights(document: TextDocument, result: CheckResult, position: Position): DocumentHighlight[] {
  const found = symbolAt(document, result, position);
  if (!found) return [];
  return occurrencesOf(found.symbol, true).map((occurrence) => ({
    range: toRange(document, occurrence.span),
    kind: occurrence.isDefinition ? DocumentHighlightKind.Write : DocumentHighlightKind.Read,
  }));
}

/** The declaration (when asked and present) followed by the references, in document order. */
export function occurrencesOf(symbol: NavSymbol, includeDeclaration: boolean): Occurrence[] {
  const all = includeDeclaration && symbol.definition ? [symbol.definition, ...symbol.references] : [...symbol.references];
  return all.sort((a, b) => a.span.start - b.span.start);
}
