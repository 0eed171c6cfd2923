/**
 * Semantic tokens where they add to the TextMate grammar, which cannot know what a plain string
 * refers to: account keys (`variable`) and OU names (`namespace`), with `declaration` where they are
 * declared and `unresolved` where a reference names nothing the manifest declares. Standard types,
 * so every theme colours them; `unresolved` is contributed in package.json with a fallback scope.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { SemanticTokens, SemanticTokensLegend } from 'vscode-languageserver-types';
import type { CheckResult } from '../check';
import { referenceIndexOf } from './referenceIndex';
import type { NavSymbolKind, Occurrence } from './referenceIndex';

export const SEMANTIC_TOKENS_LEGEND: SemanticTokensLegend = {
  tokenTypes: ['variable', 'namespace'],
  tokenModifiers: ['declaration', 'unresolved'],
};

/** Indexes into the legend's token types. */
const TOKEN_TYPE: Readonly<Record<NavSymbolKind, number>> = { account: 0, ou: 1 };
const DECLARATION = 1 << 0;
const UNRESOLVED = 1 << 1;

/** Every account and OU name, in the relative encoding of LSP (5 integers per token). */
export function semanticTokens(document: TextDocument, result: CheckResult): SemanticTokens {
  const data: number[] = [];
  let previousLine = 0;
  let previousChar = 0;
  let previousEnd = -1;
  for (const occurrence of referenceIndexOf(result, document.getText()).occurrences) {
    if (!isTokenizable(occurrence) || occurrence.span.start < previousEnd) continue;
    const start = document.positionAt(occurrence.span.start);
    const end = document.positionAt(occurrence.span.end);
    if (end.line !== start.line) continue;
    const deltaLine = start.line - previousLine;
    data.push(deltaLine, deltaLine === 0 ? start.character - previousChar : start.character, end.character - start.character, TOKEN_TYPE[occurrence.kind], modifiers(occurrence));
    previousLine = start.line;
    previousChar = start.character;
    previousEnd = occurrence.span.end;
  }
  return { data };
}

/** Aliases keep YAML's colouring; a block scalar's text is not the name. */
function isTokenizable(occurrence: Occurrence): boolean {
  return occurrence.scalar.style !== 'alias' && occurrence.scalar.style !== 'other' && occurrence.span.end > occurrence.span.start;
}

function modifiers(occurrence: Occurrence): number {
  return (occurrence.isDefinition ? DECLARATION : 0) | (occurrence.resolved ? 0 : UNRESOLVED);
}
