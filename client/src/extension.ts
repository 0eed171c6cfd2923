/**
 * The thin client (GUIDE: like rust-analyzer's): starts the bundled server, forwards settings,
 * registers a few commands, and knows nothing about manifests beyond how to recognise one.
 * `node/clientMain.ts` supplies the transport-specific LanguageClient.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient, LanguageClientOptions } from 'vscode-languageclient';
import { watchForManifestYaml } from './contentDetection';
import { withDeployerPolicyCommand } from './deployerPolicyCommand';
import { fixAllMiddleware } from './fixAllCommand';

export const LANGUAGE_ID = 'org-manifest';
export const SETTINGS_SECTION = 'orgManifest';

export type ClientFactory = (id: string, name: string, options: LanguageClientOptions) => BaseLanguageClient;

export interface OrgManifestApi {
  /** The running language client; exposed for the integration tests. */
  readonly client: () => BaseLanguageClient | undefined;
  /** When the extension activated, started its client and had its server ready (`performance.now()`). */
  readonly timings: StartupTimings;
}

export interface StartupTimings {
  readonly activated: number;
  clientStart?: number;
  serverReady?: number;
}

export function startClient(context: vscode.ExtensionContext, createClient: ClientFactory): OrgManifestApi {
  const timings: StartupTimings = { activated: performance.now() };
  const outputChannel = vscode.window.createOutputChannel('Org Manifest', { log: true });
  const traceOutputChannel = vscode.window.createOutputChannel('Org Manifest (LSP trace)', { log: true });
  context.subscriptions.push(outputChannel, traceOutputChannel);

  const options: LanguageClientOptions = {
    documentSelector: [{ language: LANGUAGE_ID }],
    synchronize: { configurationSection: SETTINGS_SECTION },
    initializationOptions: { [SETTINGS_SECTION]: vscode.workspace.getConfiguration(SETTINGS_SECTION) },
    outputChannel,
    traceOutputChannel,
    middleware: withDeployerPolicyCommand(LANGUAGE_ID, fixAllMiddleware(LANGUAGE_ID)),
  };

  let client: BaseLanguageClient | undefined;
  let starting: Promise<void> | undefined;
  // Start the server only once a manifest is open: activation also happens for plain YAML (to
  // recognise manifests by their first line), and those users should not pay for a server.
  const ensureStarted = (): Promise<void> => {
    if (!starting) {
      timings.clientStart = performance.now();
      client = createClient('orgManifest', 'Org Manifest', options);
      starting = client.start().then(() => {
        timings.serverReady = performance.now();
        outputChannel.info(`Language server ready in ${(timings.serverReady - timings.clientStart!).toFixed(0)} ms`);
      });
    }
    return starting;
  };
  const startIfManifestOpen = () => {
    if (vscode.workspace.textDocuments.some((d) => d.languageId === LANGUAGE_ID)) void ensureStarted();
  };

  context.subscriptions.push(
    vscode.workspace.onDidOpenTextDocument((document) => {
      if (document.languageId === LANGUAGE_ID) void ensureStarted();
    }),
    watchForManifestYaml(LANGUAGE_ID),
    vscode.commands.registerCommand('orgManifest.restartServer', async () => {
      if (!client) return ensureStarted();
      outputChannel.info('Restarting the language server');
      await client.stop();
      await client.start();
    }),
    { dispose: () => void client?.stop() },
  );
  startIfManifestOpen();
  return { client: () => client, timings };
}

export async function stopClient(api: OrgManifestApi | undefined): Promise<void> {
  await api?.client()?.stop();
}
