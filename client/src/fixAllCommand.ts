/**
 * The "Org Manifest: Fix All" command. The server offers `orgManifest.fixAll` (executeCommandProvider)
 * and the language client registers a VS Code command of that name for it; run from the palette it
 * has no arguments, so this middleware names the active editor's document (and the version the user
 * sees) for the server, which then applies every safe fix through `workspace/applyEdit`.
 */
import * as vscode from 'vscode';
import type { Middleware } from 'vscode-languageclient';

export const FIX_ALL_COMMAND = 'orgManifest.fixAll';

export function fixAllMiddleware(languageId: string): Pick<Middleware, 'executeCommand'> {
  return {
    executeCommand(command, args, next) {
      if (command !== FIX_ALL_COMMAND || args.length > 0) return next(command, args);
      const document = vscode.window.activeTextEditor?.document;
      if (document?.languageId !== languageId) return undefined;
      return next(command, [{ uri: document.uri.toString(), version: document.version }]);
    },
  };
}
