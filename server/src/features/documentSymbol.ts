/** `textDocument/documentSymbol`: the hierarchical outline (see service/navigation/outline.ts). */
import { documentSymbols } from '../service';
import { checkedManifest } from './checkedDocument';
import type { ServerFeature } from './types';

export const documentSymbolFeature: ServerFeature = {
  capabilities: () => ({ documentSymbolProvider: { label: 'Org Manifest' } }),
  register(context) {
    context.connection.onDocumentSymbol(async ({ textDocument }) => {
      const checked = await checkedManifest(context, textDocument.uri);
      return checked ? documentSymbols(checked.document, checked.result) : null;
    });
  },
};
