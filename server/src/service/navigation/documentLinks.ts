/**
 * Document links: each trusted service's principal opens the service's documentation (the catalog's
 * `docUrl`), and each rule code in a suppression comment opens that rule's page. The links are
 * fixed URLs from our own data; nothing named in the manifest is ever fetched or opened by us.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentLink } from 'vscode-languageserver-types';
import { lookupPrincipal } from '../../data/catalog';
import type { CheckResult } from '../check';
import { ruleDocsUrl, ruleMeta } from '../rules/registry';
import { findSuppressions } from '../suppressions';
import { toRange } from './ranges';

export function documentLinks(document: TextDocument, result: CheckResult): DocumentLink[] {
  const links: DocumentLink[] = [];
  for (const service of result.manifest?.trustedAccess ?? []) {
    const match = lookupPrincipal(service.principal);
    if (!match) continue;
    links.push({ range: toRange(document, service.keySpan), target: match.service.docUrl, tooltip: `${match.service.name}: AWS documentation` });
  }
  for (const suppression of findSuppressions(document.getText(), result.lines)) {
    for (const { code, span } of suppression.codes) {
      const rule = ruleMeta(code);
      if (rule) links.push({ range: toRange(document, span), target: ruleDocsUrl(code), tooltip: `${code}: ${rule.title}` });
    }
  }
  return links.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}
