/**
 * Quick fixes (`textDocument/codeAction`: `quickfix` and `source.fixAll.org-manifest`, which
 * `editor.codeActionsOnSave` runs) and the `orgManifest.fixAll` command, which applies every safe
 * fix to a document through `workspace/applyEdit`. The fixes themselves are the service's.
 */
import { CodeActionKind } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Settings } from '../service';
import type { FeatureContext, ServerFeature } from './types';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.org-manifest`;
export const FIX_ALL_COMMAND = 'orgManifest.fixAll';

export const codeActionsFeature: ServerFeature = {
  capabilities: () => ({
    codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: false },
  }),
  commands: [FIX_ALL_COMMAND],
  register(context) {
    const { connection, service } = context;
    connection.onCodeAction(async ({ textDocument, range, context: actionContext }) => {
      const found = await manifest(context, textDocument.uri);
      return found ? service.getCodeActions(found.document, range, actionContext, found.settings) : [];
    });
    context.onCommand(FIX_ALL_COMMAND, async (args) => {
      const target = commandTarget(args[0]);
      const found = target && (await manifest(context, target.uri));
      // The client names the version it saw; fixes computed for a newer text are not what it asked for.
      if (!found || (target.version !== undefined && target.version !== found.document.version)) return;
      const edits = service.getFixAllEdits(found.document, found.settings);
      if (edits.length === 0) return;
      const { document } = found;
      await connection.workspace.applyEdit({
        label: 'Fix all org-manifest problems',
        edit: { documentChanges: [{ textDocument: { uri: document.uri, version: document.version }, edits }] },
      });
    });
  },
};

/** The command's argument: the document's uri, or `{ uri, version }`. */
function commandTarget(argument: unknown): { uri: string; version?: number } | undefined {
  if (typeof argument === 'string') return { uri: argument };
  if (typeof argument !== 'object' || argument === null || typeof (argument as { uri?: unknown }).uri !== 'string') return undefined;
  const { uri, version } = argument as { uri: string; version?: unknown };
  return { uri, version: typeof version === 'number' ? version : undefined };
}

async function manifest(context: FeatureContext, uri: string): Promise<{ document: TextDocument; settings: Settings } | undefined> {
  if (!context.documents.get(uri)) return undefined;
  const settings = await context.settingsFor(uri);
  // Read after waiting: an edit may have arrived meanwhile, and the answer is for the newest text.
  const document = context.documents.get(uri);
  return document && context.isManifest(document) ? { document, settings } : undefined;
}
