/**
 * Node entry point of the extension: builds a LanguageClient that runs the bundled server in a
 * Node process. The client library restarts the server if it crashes.
 */
import * as path from 'node:path';
import type * as vscode from 'vscode';
import { LanguageClient, TransportKind } from 'vscode-languageclient/node';
import type { ServerOptions } from 'vscode-languageclient/node';
import { startClient, stopClient } from '../extension';
import type { OrgManifestApi } from '../extension';

let api: OrgManifestApi | undefined;

export function activate(context: vscode.ExtensionContext): OrgManifestApi {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6010'] } },
  };
  api = startClient(context, (id, name, options) => new LanguageClient(id, name, serverOptions, options));
  return api;
}

export function deactivate(): Promise<void> {
  return stopClient(api);
}
