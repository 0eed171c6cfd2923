/** Hover (SPEC §6): Markdown for the key or value under the cursor, from the pure service. */
import type { ServerFeature } from './types';

export const hoverFeature: ServerFeature = {
  capabilities: () => ({ hoverProvider: true }),
  register({ connection, documents, service, settingsFor, isManifest }) {
    connection.onHover(async ({ textDocument, position }) => {
      const document = documents.get(textDocument.uri);
      if (!document || !isManifest(document)) return null;
      return service.doHover(document, position, await settingsFor(document.uri));
    });
  },
};
