/** Completion (SPEC §6): keys, values and snippets at the cursor, as an LSP `CompletionList`. */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CompletionList, Position } from 'vscode-languageserver-types';
import type { CheckResult } from '../check';
import { analyze } from '../model/analysis';
import type { Manifest } from '../model/types';
import type { ItemContext } from './items';
import { toItems } from './items';
import { keySpecs } from './keyItems';
import { findSite } from './site';
import { valueSpecs } from './valueItems';

const EMPTY: CompletionList = { isIncomplete: false, items: [] };
/** An empty file has no model yet; its completions (the top-level keys) need none. */
const NO_MANIFEST: Manifest = { organizationalUnits: [], accounts: [], trustedAccess: [], serviceControlPolicies: [], handshakes: [] };

export function doComplete(result: CheckResult, document: TextDocument, position: Position): CompletionList {
  const site = findSite(document.getText(), document.offsetAt(position));
  if (!site) return EMPTY;
  const manifest = result.manifest ?? NO_MANIFEST;
  const ctx: ItemContext = {
    site,
    manifest,
    analysis: result.analysis ?? analyze(manifest),
    toRange: (span) => ({ start: document.positionAt(span.start), end: document.positionAt(span.end) }),
  };
  if (site.position === 'key') return { isIncomplete: false, items: toItems(ctx, keySpecs(ctx)) };
  const { specs, incomplete } = valueSpecs(ctx);
  return { isIncomplete: incomplete, items: toItems(ctx, specs) };
}
