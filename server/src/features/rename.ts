/**
 * `textDocument/prepareRename` and `textDocument/rename` for account keys and OUs. A refusal (a name
 * that is taken or invalid, a reference to nothing) is an error response whose message the editor
 * shows as it is.
 */
import { LSPErrorCodes, ResponseError } from 'vscode-languageserver';
import { prepareRename, rename } from '../service';
import { checkedManifest } from './checkedDocument';
import type { ServerFeature } from './types';

const NOTHING_TO_RENAME = 'Only account keys and OU names (where declared or referenced) can be renamed.';

export const renameFeature: ServerFeature = {
  capabilities: (params) => ({ renameProvider: params.capabilities.textDocument?.rename?.prepareSupport ? { prepareProvider: true } : true }),
  register(context) {
    context.connection.onPrepareRename(async ({ textDocument, position }) => {
      const checked = await checkedManifest(context, textDocument.uri);
      const answer = checked && prepareRename(checked.document, checked.result, position);
      if (!answer) return null;
      if (!answer.ok) throw new ResponseError(LSPErrorCodes.RequestFailed, answer.message);
      return { range: answer.range, placeholder: answer.placeholder };
    });
    context.connection.onRenameRequest(async ({ textDocument, position, newName }) => {
      const checked = await checkedManifest(context, textDocument.uri);
      const answer = checked && rename(checked.document, checked.result, position, newName);
      if (!answer) throw new ResponseError(LSPErrorCodes.RequestFailed, NOTHING_TO_RENAME);
      if (!answer.ok) throw new ResponseError(LSPErrorCodes.RequestFailed, answer.message);
      return answer.edit;
    });
  },
};
