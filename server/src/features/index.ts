/** Every LSP feature the server offers, in registration order. */
import { codeActionsFeature } from './codeActions';
import { codeLensFeature } from './codeLens';
import { deployerPolicyFeature } from './deployerPolicy';
import { completionFeature } from './completion';
import { diagnosticsFeature } from './diagnostics';
import { hoverFeature } from './hover';
import { serverInfoFeature } from './serverInfo';
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
  serverInfoFeature,
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
  // Quick fixes and fix-all (issue #4)
  codeActionsFeature,
  // SCPs, the IAM catalog and the deployer (issue #5)
  codeLensFeature,
  deployerPolicyFeature,
];
