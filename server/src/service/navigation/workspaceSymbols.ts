/**
 * Workspace symbols across the manifests the caller knows (the server: the open documents):
 * accounts, OUs, trusted services and SCPs whose name contains the query's characters in order,
 * ignoring case (the editor ranks them). Positions are computed only for matches.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { SymbolKind } from 'vscode-languageserver-types';
import type { SymbolInformation } from 'vscode-languageserver-types';
import type { CheckResult } from '../check';
import type { Manifest } from '../model/types';
import type { Span } from '../text/span';
import { toRange } from './ranges';

export interface CheckedDocument {
  readonly document: TextDocument;
  readonly result: CheckResult;
}

/** Most symbols returned for one query: a 20,000-account manifest would otherwise send them all for `a`. */
export const WORKSPACE_SYMBOL_LIMIT = 1000;

interface Candidate {
  readonly name: string;
  readonly kind: SymbolKind;
  readonly span: Span;
  readonly container: string;
}

export function workspaceSymbols(documents: Iterable<CheckedDocument>, query: string, limit = WORKSPACE_SYMBOL_LIMIT): SymbolInformation[] {
  const found: SymbolInformation[] = [];
  const wanted = query.toLowerCase().replace(/\s+/g, '');
  for (const { document, result } of documents) {
    if (!result.manifest) continue;
    for (const candidate of candidates(result.manifest)) {
      if (!matches(candidate.name.toLowerCase(), wanted)) continue;
      found.push({
        name: candidate.name,
        kind: candidate.kind,
        containerName: candidate.container,
        location: { uri: document.uri, range: toRange(document, candidate.span) },
      });
      if (found.length >= limit) return found;
    }
  }
  return found;
}

function* candidates(manifest: Manifest): Generator<Candidate> {
  for (const ou of manifest.organizationalUnits) {
    const parent = ou.path.slice(0, Math.max(0, ou.path.length - ou.name.length - 1));
    yield { name: ou.name, kind: SymbolKind.Namespace, span: ou.keySpan, container: parent || 'organizationalUnits' };
  }
  for (const account of manifest.accounts) {
    yield { name: account.key, kind: SymbolKind.Object, span: account.keySpan, container: 'accounts' };
  }
  for (const service of manifest.trustedAccess) {
    yield { name: service.principal, kind: SymbolKind.Interface, span: service.keySpan, container: 'trustedAccess' };
  }
  for (const scp of manifest.serviceControlPolicies) {
    yield { name: scp.name, kind: SymbolKind.Property, span: scp.keySpan, container: 'serviceControlPolicies' };
  }
}

/** The query's characters appear in the name in order (an empty query matches everything). */
function matches(name: string, query: string): boolean {
  let at = 0;
  for (const char of query) {
    at = name.indexOf(char, at);
    if (at < 0) return false;
    at += char.length;
  }
  return true;
}
