/**
 * Push diagnostics (SPEC §7: many clients do not pull): validate on open and on every change, never
 * publish stale results (see ../validationScheduler.ts), clear on close.
 */
import { ValidationScheduler } from '../validationScheduler';
import type { ServerFeature } from './types';

export const diagnosticsFeature: ServerFeature = {
  capabilities: () => ({}),
  register({ connection, documents, service, settingsFor, isManifest, onRevalidateAll }) {
    const scheduler = new ValidationScheduler({
      getDocument: (uri) => documents.get(uri),
      async validate(document) {
        if (!isManifest(document)) return [];
        return service.doValidation(document, await settingsFor(document.uri));
      },
      publish: (uri, diagnostics, version) => void connection.sendDiagnostics({ uri, diagnostics, version }),
    });
    documents.onDidOpen((event) => scheduler.schedule(event.document.uri, 0));
    documents.onDidChangeContent((event) => scheduler.schedule(event.document.uri));
    documents.onDidClose((event) => {
      scheduler.cancel(event.document.uri);
      void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
    });
    onRevalidateAll(() => {
      for (const document of documents.all()) scheduler.schedule(document.uri, 0);
    });
    connection.onShutdown(() => scheduler.dispose());
  },
};
