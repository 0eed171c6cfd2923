/**
 * Rename of account keys and OUs: one WorkspaceEdit that rewrites the declaration and every
 * reference. Each edit touches one scalar and keeps its quoting style; renaming an OU rewrites its
 * segment in every path through it (`Workloads/Prod` → `Platform/Prod`) and keeps the rest.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position, Range, TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import type { CheckResult } from '../check';
import { accountRenameProblem, ouRenameProblem } from './nameRules';
import { toRange } from './ranges';
import { referenceIndexOf } from './referenceIndex';
import type { NavSymbol, Occurrence } from './referenceIndex';
import { occurrencesOf, symbolAt } from './references';
import { renderScalar } from './scalarText';
import type { ScalarStyle } from './scalarText';

export type RenameCheck =
  | { readonly ok: true; readonly range: Range; readonly placeholder: string }
  | { readonly ok: false; readonly message: string };

export type RenameResult = { readonly ok: true; readonly edit: WorkspaceEdit } | { readonly ok: false; readonly message: string };

/** Whether the thing under the cursor can be renamed; undefined when there is nothing renameable there. */
export function prepareRename(document: TextDocument, result: CheckResult, position: Position): RenameCheck | undefined {
  const found = symbolAt(document, result, position);
  if (!found) return undefined;
  const problem = renameableProblem(found.symbol, document);
  if (problem) return { ok: false, message: problem };
  return { ok: true, range: toRange(document, found.occurrence.span), placeholder: lastSegment(found.symbol.name) };
}

/** The edit that renames the account or OU under the cursor to `newName`, or why it cannot. */
export function rename(document: TextDocument, result: CheckResult, position: Position, newName: string): RenameResult | undefined {
  const found = symbolAt(document, result, position);
  if (!found) return undefined;
  const { symbol } = found;
  const names = referenceIndexOf(result, document.getText()).names;
  const problem =
    renameableProblem(symbol, document) ??
    (symbol.kind === 'account' ? accountRenameProblem(symbol.name, newName, names) : ouRenameProblem(symbol.name, newName, names));
  if (problem) return { ok: false, message: problem };
  // Thousands of references share a few values (`Workloads/Prod`); render each value once.
  const rendered = new Map<string, string>();
  const render = (value: string, style: ScalarStyle) => {
    const id = `${style}\u0000${value}`;
    let text = rendered.get(id);
    if (text === undefined) rendered.set(id, (text = renderScalar(value, style)));
    return text;
  };
  const edits = occurrencesOf(symbol, true)
    .filter((occurrence) => occurrence.scalar.style !== 'alias')
    .map((occurrence) => renameEdit(document, occurrence, newName, render));
  return { ok: true, edit: { changes: { [document.uri]: edits } } };
}

function renameableProblem(symbol: NavSymbol, document: TextDocument): string | undefined {
  if (!symbol.definition) {
    return symbol.kind === 'account'
      ? `No account has the key \`${symbol.name}\`, so there is nothing to rename.`
      : `No OU \`${symbol.name}\` is declared under \`organizationalUnits\`, so there is nothing to rename.`;
  }
  // A block scalar's text is not its value; rewriting it in place could join it to the next line.
  const unwritable = symbol.references.find((occurrence) => occurrence.scalar.style === 'other');
  if (unwritable) {
    const line = document.positionAt(unwritable.span.start).line + 1;
    return `\`${symbol.name}\` is written as a block scalar on line ${line}; write it as a plain or quoted value first.`;
  }
  return undefined;
}

/** Replaces the name's own text when the scalar stays in its style, else the whole scalar (e.g. to add quotes). */
function renameEdit(document: TextDocument, occurrence: Occurrence, newName: string, render: (value: string, style: ScalarStyle) => string): TextEdit {
  const { scalar } = occurrence;
  const newValue = occurrence.kind === 'ou' && !occurrence.isDefinition ? replaceSegment(scalar.value, occurrence.segment, newName) : newName;
  const rendered = render(newValue, scalar.style);
  const quote = scalar.style === 'double' ? '"' : scalar.style === 'single' ? "'" : '';
  const sameStyle = scalar.contentStart !== undefined && rendered === `${quote}${newValue}${quote}`;
  if (sameStyle) return { range: toRange(document, occurrence.span), newText: newName };
  return { range: toRange(document, scalar.span), newText: rendered };
}

function replaceSegment(path: string, index: number, name: string): string {
  const segments = path.split('/');
  segments[index] = name;
  return segments.join('/');
}

function lastSegment(name: string): string {
  return name.slice(name.lastIndexOf('/') + 1);
}
