/**
 * Recognises manifests among `.yaml` files by their first line (SPEC §2). VS Code's own `firstLine`
 * association never applies to `.yaml` files, because the YAML extension claims them by extension
 * first; so the client switches such documents to the `org-manifest` language itself.
 */
import * as vscode from 'vscode';

const FIRST_LINE = /^\uFEFF?apiVersion:\s*["']?orgmanifest\/v1["']?\s*(#.*)?$/;

function isManifestYaml(document: vscode.TextDocument): boolean {
  if (document.languageId !== 'yaml' || document.lineCount === 0) return false;
  return FIRST_LINE.test(document.lineAt(0).text);
}

export function watchForManifestYaml(languageId: string): vscode.Disposable {
  const claim = (document: vscode.TextDocument) => {
    if (isManifestYaml(document)) void vscode.languages.setTextDocumentLanguage(document, languageId);
  };
  vscode.workspace.textDocuments.forEach(claim);
  return vscode.workspace.onDidOpenTextDocument(claim);
}
