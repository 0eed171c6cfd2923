// The extension under test as the suite sees it: its API (the language client), the server process
// behind it, and the features the server announces.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { BaseLanguageClient, ServerCapabilities } from 'vscode-languageclient';
import type { OrgManifestApi } from '../../../client/src/extension';
import { SERVER_INFO_REQUEST } from '../../../server/src/features/serverInfo';
import type { ServerInfo } from '../../../server/src/features/serverInfo';
import { EXTENSION_ID, waitUntil } from './util';

export const LANGUAGE_ID = 'org-manifest';
export const DIAGNOSTIC_SOURCE = 'org-manifest';

/** The extension, which must be there (the runners build or install it), once it has activated. */
export async function activeExtension(): Promise<vscode.Extension<OrgManifestApi>> {
  const extension = vscode.extensions.getExtension<OrgManifestApi>(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is not loaded in this VS Code`);
  await waitUntil(`${EXTENSION_ID} to activate`, () => extension.isActive);
  return extension;
}

export async function extensionApi(): Promise<OrgManifestApi> {
  return (await activeExtension()).exports;
}

/** The language client once its server is up (a manifest must be open for it to start at all). */
export async function runningClient(): Promise<BaseLanguageClient> {
  const api = await extensionApi();
  return waitUntil(
    'the org-manifest language server to be running',
    () => {
      const client = api.client();
      return client?.isRunning() ? client : undefined;
    },
    undefined,
    () => describeClient(api.client()),
  );
}

/** What a client that is not running is doing (vscode-languageclient's State: 1 stopped, 2 running, 3 starting). */
function describeClient(client: BaseLanguageClient | undefined): string {
  if (!client) return 'no language client yet (is a manifest open?)';
  const state = ({ 1: 'stopped (see the Org Manifest output channel)', 2: 'running', 3: 'starting' } as Record<number, string>)[client.state];
  return `the client is ${state ?? `in state ${client.state}`}`;
}

export async function serverCapabilities(): Promise<ServerCapabilities> {
  const result = (await runningClient()).initializeResult;
  assert.ok(result, 'the running client has no initialize result');
  return result.capabilities;
}

/** Which server process answers: asks the server itself, retrying while a (re)started one comes up. */
export async function serverInfo(): Promise<ServerInfo> {
  return waitUntil('the language server to answer orgManifest/serverInfo', async () => {
    const client = await runningClient();
    return client.sendRequest<ServerInfo>(SERVER_INFO_REQUEST).catch(() => undefined);
  });
}

/**
 * Skips the running test when the server does not announce `feature` — so a feature that is still
 * being built shows up as pending, and its test runs for real the moment the server announces it.
 */
export async function skipUnlessAnnounced(
  context: Mocha.Context,
  feature: string,
  announced: (capabilities: ServerCapabilities) => boolean,
): Promise<void> {
  const capabilities = await serverCapabilities();
  if (announced(capabilities)) return;
  console.log(`      (skipped: the server does not announce ${feature} yet)`);
  context.skip();
}

/** The `source.fixAll` kinds the server announces for code actions, if any. */
export function announcesFixAll(capabilities: ServerCapabilities): boolean {
  const provider = capabilities.codeActionProvider;
  if (!provider) return false;
  // `true` announces code actions without saying which kinds: the test must run to find out.
  if (provider === true || !provider.codeActionKinds) return true;
  return provider.codeActionKinds.some((kind) => kind === 'source.fixAll' || kind.startsWith('source.fixAll.'));
}
