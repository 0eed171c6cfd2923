/** Every LSP feature the server offers, in registration order. */
import { completionFeature } from './completion';
import { diagnosticsFeature } from './diagnostics';
import { hoverFeature } from './hover';
import { definitionFeature } from './definition';
import { documentHighlightFeature } from './documentHighlight';
import { documentLinkFeature } from './documentLink';
import { documentSymbolFeature } from './documentSymbol';
import { foldingRangeFeature } from './foldingRange';
import { referencesFeature } from './references';
import { renameFeature } from './rename';
import { selectionRangeFeature } from './selectionRange';
import { semanticTokensFeature } from './semanticTokens';
import { workspaceSymbolFeature } from './workspaceSymbol';
import type { ServerFeature } from './types';

export const FEATURES: readonly ServerFeature[] = [
  diagnosticsFeature,
  // Navigation (issue #6)
  documentSymbolFeature,
  workspaceSymbolFeature,
  definitionFeature,
  referencesFeature,
  renameFeature,
  documentHighlightFeature,
  foldingRangeFeature(),
  selectionRangeFeature,
  semanticTokensFeature,
  documentLinkFeature,
  // Hover and completion (issue #3)
  hoverFeature,
  completionFeature,
];
