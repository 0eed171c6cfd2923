/**
 * `workspace/symbol`: accounts, OUs, trusted services and SCPs of the manifests open in the editor.
 * The server only knows the documents the client has opened, so closed files are not searched.
 */
import { workspaceSymbols } from '../service';
import type { CheckedDocument } from '../service';
import { checkedManifest } from './checkedDocument';
import type { ServerFeature } from './types';

export const workspaceSymbolFeature: ServerFeature = {
  capabilities: () => ({ workspaceSymbolProvider: true }),
  register(context) {
    context.connection.onWorkspaceSymbol(async ({ query }) => {
      const checked = await Promise.all(context.documents.keys().map((uri) => checkedManifest(context, uri)));
      return workspaceSymbols(
        checked.filter((entry): entry is CheckedDocument => entry !== undefined),
        query,
      );
    });
  },
};
