/** Small helpers the fix providers share. */
import { isMap } from 'yaml';
import type { YamlNode } from '../../parse/ast';
import { normalizeChanges } from '../text';
import type { Fix, FixContext, TextChange } from '../types';
import type { YamlMap } from '../nodes';

export function rootOf(ctx: FixContext): YamlNode | null {
  return (ctx.check.document?.contents as YamlNode | null | undefined) ?? null;
}

export function rootMap(ctx: FixContext): YamlMap | undefined {
  const root = rootOf(ctx);
  return isMap(root) ? (root as YamlMap) : undefined;
}

/** A fix from its changes, or none when a change could not be made or two of them overlap. */
export function makeFix(
  ctx: FixContext,
  title: string,
  changes: readonly (TextChange | undefined)[] | undefined,
  options: { readonly isPreferred: boolean; readonly safe: boolean },
): Fix[] {
  if (!changes || changes.length === 0 || changes.some((c) => c === undefined)) return [];
  const normalized = normalizeChanges(ctx.text, changes as TextChange[]);
  if (!normalized || normalized.length === 0) return [];
  return [{ title, changes: normalized, ...options }];
}

/** `code` in backticks, as titles and messages write names. */
export function code(text: string): string {
  return `\`${text}\``;
}
