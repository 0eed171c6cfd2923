/** `textDocument/semanticTokens/full`: account and OU names, declared, resolved or not (see the service's legend). */
import { SEMANTIC_TOKENS_LEGEND, semanticTokens } from '../service';
import { checkedManifest } from './checkedDocument';
import type { ServerFeature } from './types';

export const semanticTokensFeature: ServerFeature = {
  capabilities: () => ({ semanticTokensProvider: { legend: SEMANTIC_TOKENS_LEGEND, full: true } }),
  register(context) {
    context.connection.languages.semanticTokens.on(async ({ textDocument }) => {
      const checked = await checkedManifest(context, textDocument.uri);
      return checked ? semanticTokens(checked.document, checked.result) : { data: [] };
    });
  },
};
