/** `textDocument/codeLens`: SCP reach and the all-features upgrade status (see service/codeLens). */
import { codeLenses } from '../service';
import { checkedManifest } from './checkedDocument';
import type { ServerFeature } from './types';

export const codeLensFeature: ServerFeature = {
  capabilities: () => ({ codeLensProvider: { resolveProvider: false } }),
  register(context) {
    context.connection.onCodeLens(async ({ textDocument }) => {
      const checked = await checkedManifest(context, textDocument.uri);
      return checked ? codeLenses(checked.result, checked.document) : null;
    });
  },
};
