/** `textDocument/documentHighlight`: the declaration (write) and references (read) of the name under the cursor. */
import { findHighlights } from '../service';
import { checkedManifest } from './checkedDocument';
import type { ServerFeature } from './types';

export const documentHighlightFeature: ServerFeature = {
  capabilities: () => ({ documentHighlightProvider: true }),
  register(context) {
    context.connection.onDocumentHighlight(async ({ textDocument, position }) => {
      const checked = await checkedManifest(context, textDocument.uri);
      return checked ? findHighlights(checked.document, checked.result, position) : null;
    });
  },
};
