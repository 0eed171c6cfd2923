/** `textDocument/references`: every reference to the account key or OU under the cursor. */
import { findReferences } from '../service';
import { checkedManifest } from './checkedDocument';
import type { ServerFeature } from './types';

export const referencesFeature: ServerFeature = {
  capabilities: () => ({ referencesProvider: true }),
  register(context) {
    context.connection.onReferences(async ({ textDocument, position, context: { includeDeclaration } }) => {
      const checked = await checkedManifest(context, textDocument.uri);
      return checked ? findReferences(checked.document, checked.result, position, includeDeclaration) : null;
    });
  },
};
