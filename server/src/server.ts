/**
 * The LSP glue (GUIDE: thin glue): wires a connection to the pure language service. It owns
 * documents, settings and scheduling; the service owns everything about manifests.
 * `node/serverMain.ts` only builds the connection, so this also runs over any transport.
 */
import { TextDocuments, TextDocumentSyncKind } from 'vscode-languageserver';
import type { Connection, InitializeParams, InitializeResult } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { getLanguageService } from './service';
import { hasManifestFirstLine, isManifestName } from './manifestFiles';
import { SettingsStore } from './settingsStore';
import { ValidationScheduler } from './validationScheduler';

export const SERVER_NAME = 'org-manifest-language-server';

export function startServer(connection: Connection, version: string): void {
  const documents = new TextDocuments(TextDocument);
  const reportedFailures = new Set<string>();
  const service = getLanguageService({
    onCheckError(code, error) {
      // A failing check must not take the others down; say so once, not on every keystroke.
      if (reportedFailures.has(code)) return;
      reportedFailures.add(code);
      connection.console.error(`Check ${code} failed and was skipped: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    },
  });
  const settings = new SettingsStore(connection);
  const isManifest = (document: TextDocument) =>
    document.languageId === 'org-manifest' || isManifestName(document.uri) || hasManifestFirstLine(document.getText());

  const scheduler = new ValidationScheduler({
    getDocument: (uri) => documents.get(uri),
    async validate(document) {
      if (!isManifest(document)) return [];
      return service.doValidation(document, await settings.forDocument(document.uri));
    },
    publish: (uri, diagnostics, version) => void connection.sendDiagnostics({ uri, diagnostics, version }),
  });

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    settings.initialize(params);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Full },
      },
      serverInfo: { name: SERVER_NAME, version },
    };
  });
  connection.onInitialized(() => settings.registerForChanges());
  connection.onDidChangeConfiguration((change) => {
    settings.onDidChangeConfiguration(change.settings);
    for (const document of documents.all()) scheduler.schedule(document.uri, 0);
  });

  documents.onDidOpen((event) => scheduler.schedule(event.document.uri, 0));
  documents.onDidChangeContent((event) => scheduler.schedule(event.document.uri));
  documents.onDidClose((event) => {
    scheduler.cancel(event.document.uri);
    settings.forget(event.document.uri);
    void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
  });
  connection.onShutdown(() => scheduler.dispose());

  documents.listen(connection);
  connection.listen();
}
