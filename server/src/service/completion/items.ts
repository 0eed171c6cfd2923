/**
 * Building completion items: the edit that replaces the word at the cursor, YAML quoting for
 * inserted values, snippet escaping, and ranking. Items carry LSP types; offsets become positions
 * through the `toRange` the caller passes in.
 */
import { CompletionItemKind, InsertTextFormat, InsertTextMode, MarkupKind, TextEdit } from 'vscode-languageserver-types';
import type { Command, CompletionItem, Range } from 'vscode-languageserver-types';
import type { Analysis } from '../model/analysis';
import type { Manifest } from '../model/types';
import type { Span } from '../text/span';
import type { CompletionSite } from './site';

export interface ItemContext {
  readonly site: CompletionSite;
  readonly manifest: Manifest;
  readonly analysis: Analysis;
  readonly toRange: (span: Span) => Range;
}

export interface ItemSpec {
  readonly label: string;
  readonly kind: CompletionItemKind;
  readonly detail?: string;
  readonly documentation?: string;
  /** Plain text, or a snippet when `snippet` is set. */
  readonly insert: string;
  readonly snippet?: boolean;
  /** Rank: lower first; ties keep the order given. */
  readonly group?: number;
  readonly filterText?: string;
  /** Run after the item is inserted (e.g. ask for completion again once a service prefix is in). */
  readonly command?: Command;
}

/** Turns specs into items that replace the word at the cursor, ranked by group, then by given order. */
export function toItems(ctx: ItemContext, specs: readonly ItemSpec[]): CompletionItem[] {
  const range = ctx.toRange(ctx.site.replace);
  const lead = ctx.site.needsLeadingSpace ? ' ' : '';
  // Ranked in the list too, for clients that show items in the order given.
  const ranked = specs.map((spec, order) => ({ spec, order })).sort((a, b) => (a.spec.group ?? 0) - (b.spec.group ?? 0) || a.order - b.order);
  return ranked.map(({ spec }, index) => {
    const item: CompletionItem = {
      label: spec.label,
      kind: spec.kind,
      sortText: `${String(spec.group ?? 0).padStart(2, '0')}-${String(index).padStart(5, '0')}`,
      textEdit: TextEdit.replace(range, lead + spec.insert),
    };
    if (spec.detail) item.detail = spec.detail;
    if (spec.command) item.command = spec.command;
    if (spec.documentation) item.documentation = { kind: MarkupKind.Markdown, value: spec.documentation };
    const filterText = spec.filterText ?? (ctx.site.quote ? spec.label : undefined);
    if (filterText) item.filterText = ctx.site.quote && !filterText.startsWith(ctx.site.quote) ? ctx.site.quote + filterText : filterText;
    if (spec.snippet) {
      item.insertTextFormat = InsertTextFormat.Snippet;
      // Multi-line snippets carry their own indentation (clients must not add more).
      if (spec.insert.includes('\n')) item.insertTextMode = InsertTextMode.asIs;
    }
    return item;
  });
}

const PLAIN = /^[A-Za-z_][\w./@:+=-]*$/;
const RESERVED = /^(true|false|null|yes|no|on|off|y|n|~)$/i;

/** A value as YAML would read it back as the same string: plain when safe, double-quoted otherwise. */
export function yamlString(value: string): string {
  return PLAIN.test(value) && !RESERVED.test(value) && !/:(\s|$)/.test(value) ? value : JSON.stringify(value);
}

/** Text that is inserted literally inside a snippet. */
export function snippetLiteral(text: string): string {
  return text.replace(/[\\$}]/g, (c) => `\\${c}`);
}

/** A snippet choice `${n|a,b|}` over literal values. */
export function snippetChoice(n: number, values: readonly string[]): string {
  return `\${${n}|${values.map((v) => v.replace(/[\\,|$}]/g, (c) => `\\${c}`)).join(',')}|}`;
}

/** Most reference items offered at once; with more, the list is marked incomplete and re-asked as the user types. */
export const MAX_ITEMS = 500;

/** Keeps the candidates whose name contains the typed characters in order (as clients filter), at most `MAX_ITEMS`. */
export function filterTyped<T>(candidates: readonly T[], name: (candidate: T) => string, typed: string): { kept: T[]; incomplete: boolean } {
  const needle = typed.replace(/^["']/, '').toLowerCase();
  const kept: T[] = [];
  for (const candidate of candidates) {
    if (!isSubsequence(needle, name(candidate).toLowerCase())) continue;
    if (kept.length === MAX_ITEMS) return { kept, incomplete: true };
    kept.push(candidate);
  }
  return { kept, incomplete: false };
}

function isSubsequence(needle: string, haystack: string): boolean {
  let i = 0;
  for (let j = 0; i < needle.length && j < haystack.length; j++) if (needle[i] === haystack[j]) i++;
  return i === needle.length;
}

export { CompletionItemKind };
