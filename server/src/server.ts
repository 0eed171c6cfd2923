/**
 * The LSP glue (GUIDE: thin glue): wires a connection to the pure language service. It owns
 * documents and settings; each LSP feature is a module under ./features; the service owns
 * everything about manifests. `node/serverMain.ts` only builds the connection.
 */
import { TextDocuments, TextDocumentSyncKind } from 'vscode-languageserver';
import type { Connection, InitializeParams, InitializeResult, ServerCapabilities } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { FEATURES } from './features';
import type { FeatureContext } from './features/types';
import { hasManifestFirstLine, isManifestName } from './manifestFiles';
import { getLanguageService } from './service';
import type { LanguageServiceOptions } from './service';
import { SettingsStore } from './settingsStore';

export const SERVER_NAME = 'org-manifest-language-server';

/**
 * `extraChecks` is a test-only seam (see `LanguageServiceOptions.extraChecks`): the robustness
 * tests start a server with a check that throws, to see it logged once and the other rules report.
 */
export function startServer(connection: Connection, version: string, testing: Pick<LanguageServiceOptions, 'extraChecks'> = {}): void {
  const documents = new TextDocuments(TextDocument);
  const reportedFailures = new Set<string>();
  const service = getLanguageService({
    extraChecks: testing.extraChecks,
    onCheckError(code, error) {
      // A failing check must not take the others down; say so once, not on every keystroke.
      if (reportedFailures.has(code)) return;
      reportedFailures.add(code);
      connection.console.error(`Check ${code} failed and was skipped: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    },
  });
  const settings = new SettingsStore(connection);
  const revalidateListeners: (() => void)[] = [];
  const commandHandlers = new Map<string, (args: readonly unknown[]) => unknown>();
  const context: FeatureContext = {
    connection,
    documents,
    service,
    settingsFor: (uri) => settings.forDocument(uri),
    isManifest: (document) =>
      document.languageId === 'org-manifest' || isManifestName(document.uri) || hasManifestFirstLine(document.getText()),
    revalidateAll: () => revalidateListeners.forEach((listener) => listener()),
    onRevalidateAll: (listener) => revalidateListeners.push(listener),
    onCommand: (command, handler) => void commandHandlers.set(command, handler),
  };

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    settings.initialize(params);
    // Incremental sync: a keystroke in a 20,000-account file sends one character, not 4 MB.
    const capabilities: ServerCapabilities = { textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental } };
    for (const feature of FEATURES) Object.assign(capabilities, feature.capabilities(params));
    const commands = FEATURES.flatMap((feature) => feature.commands ?? []);
    if (commands.length > 0) capabilities.executeCommandProvider = { commands };
    return { capabilities, serverInfo: { name: SERVER_NAME, version } };
  });
  connection.onInitialized(() => settings.registerForChanges());
  connection.onDidChangeConfiguration((change) => {
    settings.onDidChangeConfiguration(change.settings);
    context.revalidateAll();
  });
  documents.onDidClose((event) => {
    settings.forget(event.document.uri);
    service.forget(event.document.uri);
  });
  for (const feature of FEATURES) feature.register(context);
  connection.onExecuteCommand(({ command, arguments: args }) => commandHandlers.get(command)?.(args ?? []));

  documents.listen(connection);
  connection.listen();
}
