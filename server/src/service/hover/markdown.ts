/** Small Markdown helpers for hover and completion documentation (CommonMark, as LSP clients render it). */
import { ruleDocsUrl, ruleMeta } from '../rules/registry';

/** Inline code; a backtick inside is impossible in the names we show, so no escaping is needed. */
export function code(text: string): string {
  return `\`${text}\``;
}

export function link(title: string, url: string): string {
  return `[${title}](${url})`;
}

/** Paragraphs separated by blank lines; empty parts are dropped. */
export function paragraphs(...parts: readonly (string | undefined | false)[]): string {
  return parts.filter((part): part is string => typeof part === 'string' && part.length > 0).join('\n\n');
}

/** A bullet list, or nothing when there are no items. */
export function bullets(items: readonly string[]): string {
  return items.map((item) => `- ${item}`).join('\n');
}

/** "ORG201 (Administrator cannot accept …)" linked to the rule's page. */
export function ruleLink(code: string): string {
  const title = ruleMeta(code)?.title;
  return link(title ? `${code} — ${title}` : code, ruleDocsUrl(code));
}
