/**
 * "Org Manifest: Generate Least-Privilege Deployer Policy". The server offers the command
 * `orgManifest.generateDeployerPolicy` (executeCommandProvider), which answers with the policy's JSON,
 * and the language client registers a VS Code command of that name for it. This middleware names the
 * active manifest when the command is run from the palette (without arguments) and opens the JSON
 * the server answers in a new, unsaved JSON editor.
 */
import * as vscode from 'vscode';
import type { Middleware } from 'vscode-languageclient';

export const GENERATE_DEPLOYER_POLICY_COMMAND = 'orgManifest.generateDeployerPolicy';

type CommandMiddleware = Pick<Middleware, 'executeCommand'>;

/** `inner` handles every other command (the middleware of the client's other commands). */
export function withDeployerPolicyCommand(languageId: string, inner: CommandMiddleware): CommandMiddleware {
  return {
    async executeCommand(command, args, next) {
      if (command !== GENERATE_DEPLOYER_POLICY_COMMAND) return inner.executeCommand ? inner.executeCommand(command, args, next) : next(command, args);
      const active = vscode.window.activeTextEditor?.document;
      const target = args.length > 0 ? args : active?.languageId === languageId ? [active.uri.toString()] : undefined;
      if (!target) {
        void vscode.window.showInformationMessage('Open an org manifest to generate the deployer policy it needs.');
        return undefined;
      }
      const json: unknown = await next(command, target);
      if (typeof json !== 'string') {
        void vscode.window.showWarningMessage('No deployer policy: the file could not be read as an org manifest.');
        return undefined;
      }
      const document = await vscode.workspace.openTextDocument({ language: 'json', content: json });
      await vscode.window.showTextDocument(document, { preview: false });
      return json;
    },
  };
}
