/** `textDocument/documentLink`: service principals → AWS documentation; rule codes in suppression comments → rule pages. */
import { documentLinks } from '../service';
import { checkedManifest } from './checkedDocument';
import type { ServerFeature } from './types';

export const documentLinkFeature: ServerFeature = {
  capabilities: () => ({ documentLinkProvider: { resolveProvider: false } }),
  register(context) {
    context.connection.onDocumentLinks(async ({ textDocument }) => {
      const checked = await checkedManifest(context, textDocument.uri);
      return checked ? documentLinks(checked.document, checked.result) : null;
    });
  },
};
