/**
 * `textDocument/foldingRange`: structure-aware folding and comment blocks. Honours the client's
 * `rangeLimit` (keeping the outermost ranges), so the accounts of a huge manifest stay foldable.
 */
import { foldingRanges } from '../service';
import { checkedManifest } from './checkedDocument';
import type { ServerFeature } from './types';

export function foldingRangeFeature(): ServerFeature {
  let rangeLimit: number | undefined;
  return {
    capabilities(params) {
      rangeLimit = params.capabilities.textDocument?.foldingRange?.rangeLimit;
      return { foldingRangeProvider: true };
    },
    register(context) {
      context.connection.onFoldingRanges(async ({ textDocument }) => {
        const checked = await checkedManifest(context, textDocument.uri);
        return checked ? foldingRanges(checked.document.getText(), checked.result, rangeLimit) : null;
      });
    },
  };
}
