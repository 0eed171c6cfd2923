/** Snippets for the two entries people add most: a new account and a new trusted service. */
import { CompletionItemKind, snippetChoice, snippetLiteral, yamlString } from './items';
import type { ItemContext, ItemSpec } from './items';

/** Snippets are multi-line: none inside `{ }`, and none while editing an existing key. */
function offered(ctx: ItemContext): boolean {
  return !ctx.site.inFlow && !ctx.site.followedByColon;
}

/** The first placeholder keeps what was typed, so the snippet does not throw it away. */
function placeholder(ctx: ItemContext, fallback: string): string {
  return snippetLiteral(ctx.site.typed.replace(/^["']/, '')) || fallback;
}

/** Lines after the first, indented one step deeper than the key. */
function childLines(ctx: ItemContext, lines: readonly string[]): string {
  const indent = ' '.repeat(ctx.site.column + ctx.site.indentUnit);
  return lines.map((line) => `\n${indent}${line}`).join('');
}

export function newAccountSnippet(ctx: ItemContext): ItemSpec[] {
  if (!offered(ctx)) return [];
  return [
    {
      label: 'New account',
      kind: CompletionItemKind.Snippet,
      detail: 'an account key with id and joined',
      documentation: 'Adds an account: its key (how the rest of the manifest refers to it), its 12-digit id as a quoted string, and how it joined.',
      insert: `\${1:${placeholder(ctx, 'account-key')}}:${childLines(ctx, ['id: "${2:123456789012}"', `joined: ${snippetChoice(3, ['created', 'invited'])}`])}`,
      snippet: true,
      filterText: ctx.site.typed || 'New account',
    },
  ];
}

export function newTrustedServiceSnippet(ctx: ItemContext): ItemSpec[] {
  if (!offered(ctx)) return [];
  const members = ctx.manifest.accounts.filter((account) => !ctx.analysis.isManagement(account)).slice(0, 50);
  const admin = members.length > 0 ? snippetChoice(2, members.map((account) => yamlString(account.key))) : '${2:account-key}';
  return [
    {
      label: 'New trusted service',
      kind: CompletionItemKind.Snippet,
      detail: 'a service principal with a delegated administrator',
      documentation: 'Adds trusted access for a service, with a member account as its delegated administrator. Completion on the principal lists the known ones.',
      insert: `\${1:${placeholder(ctx, 'service.amazonaws.com')}}:${childLines(ctx, [`delegatedAdministrator: ${admin}`])}`,
      snippet: true,
      filterText: ctx.site.typed || 'New trusted service',
    },
  ];
}

