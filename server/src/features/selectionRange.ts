/** `textDocument/selectionRange`: expand and shrink the selection along the manifest's structure. */
import { selectionRanges } from '../service';
import { checkedManifest } from './checkedDocument';
import type { ServerFeature } from './types';

export const selectionRangeFeature: ServerFeature = {
  capabilities: () => ({ selectionRangeProvider: true }),
  register(context) {
    context.connection.onSelectionRanges(async ({ textDocument, positions }) => {
      const checked = await checkedManifest(context, textDocument.uri);
      return checked ? selectionRanges(checked.document, checked.result, positions) : null;
    });
  },
};
