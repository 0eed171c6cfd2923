/** Hover (SPEC §6): Markdown for the key or value under the cursor, as an LSP `Hover`. */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { MarkupKind } from 'vscode-languageserver-types';
import type { Hover, Position } from 'vscode-languageserver-types';
import type { CheckResult } from '../check';
import { hoverAt } from './hoverAt';

export function doHover(result: CheckResult, document: TextDocument, position: Position): Hover | null {
  const found = hoverAt(result, document.offsetAt(position));
  if (!found) return null;
  return {
    contents: { kind: MarkupKind.Markdown, value: found.markdown },
    range: { start: document.positionAt(found.span.start), end: document.positionAt(found.span.end) },
  };
}

export { principalMarkdown } from './principalDocs';
export { serviceLinkedRoleMarkdown } from './roleDocs';
