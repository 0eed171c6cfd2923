/**
 * Navigation over one checked manifest: outline, workspace symbols, definition, references,
 * highlights, rename, folding, selection ranges, semantic tokens and document links. Each takes the
 * cached `CheckResult` of `LanguageService.check` (and the document, for positions), so a request
 * never parses or walks the file again; the reference index is built once per result.
 */
export { documentSymbols } from './outline';
export { workspaceSymbols, WORKSPACE_SYMBOL_LIMIT } from './workspaceSymbols';
export type { CheckedDocument } from './workspaceSymbols';
export { findDefinition, findHighlights, findReferences } from './references';
export { prepareRename, rename } from './rename';
export type { RenameCheck, RenameResult } from './rename';
export { foldingRanges } from './folding';
export { selectionRanges } from './selection';
export { semanticTokens, SEMANTIC_TOKENS_LEGEND } from './semanticTokens';
export { documentLinks } from './documentLinks';
