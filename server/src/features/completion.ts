/**
 * Completion (SPEC §6): keys, values and snippets from the pure service. Completion pops up on its
 * own after `:` and after a space that starts a value or a list item; a space typed anywhere else
 * (indentation, prose in a comment) asks for nothing.
 */
import { CompletionTriggerKind } from 'vscode-languageserver';
import type { CompletionList, CompletionParams } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ServerFeature } from './types';

const EMPTY: CompletionList = { isIncomplete: false, items: [] };

export const completionFeature: ServerFeature = {
  capabilities: () => ({ completionProvider: { triggerCharacters: [':', ' '], resolveProvider: false } }),
  register({ connection, documents, service, settingsFor, isManifest }) {
    connection.onCompletion(async (params) => {
      const document = documents.get(params.textDocument.uri);
      if (!document || !isManifest(document) || !wantedAfterSpace(document, params)) return EMPTY;
      // While the user types, the last check serves: a new one waits for the diagnostics' turn.
      return service.doComplete(document, params.position, await settingsFor(document.uri), { latestCheck: true });
    });
  },
};

/** A space triggers completion only where a value or list item starts: after `key: `, `- `, `, ` or `[ `. */
function wantedAfterSpace(document: TextDocument, params: CompletionParams): boolean {
  if (params.context?.triggerKind !== CompletionTriggerKind.TriggerCharacter || params.context.triggerCharacter !== ' ') return true;
  const { line, character } = params.position;
  const before = document.getText({ start: { line, character: Math.max(0, character - 2) }, end: { line, character: Math.max(0, character - 1) } });
  return /[:\-,[{]/.test(before);
}
