/** `textDocument/definition`: from a reference to an account key or OU path to where it is declared. */
import { findDefinition } from '../service';
import { checkedManifest } from './checkedDocument';
import type { ServerFeature } from './types';

export const definitionFeature: ServerFeature = {
  capabilities: () => ({ definitionProvider: true }),
  register(context) {
    context.connection.onDefinition(async ({ textDocument, position }) => {
      const checked = await checkedManifest(context, textDocument.uri);
      return (checked && findDefinition(checked.document, checked.result, position)) ?? null;
    });
  },
};
