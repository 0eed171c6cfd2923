/**
 * Adding entries to and removing entries from a YAML mapping. A new entry in a block mapping goes
 * on its own line after the last entry (or after `after`), at the entries' column, so comments
 * between entries and before the next sibling stay where they are; in a flow mapping it goes
 * inside the braces.
 */
import type { YamlNode } from '../parse/ast';
import type { Fragment, Layout } from './fragment';
import { renderEntry, renderFlow } from './fragment';
import { colonAfterKey, hasEmptyValue, isFlow, pairContentEnd } from './nodes';
import type { YamlMap, YamlPair } from './nodes';
import { commentsIn, emptyFlow, removeFlowEntries, removeLines } from './removal';
import { columnAt, lineEndAt } from './text';
import type { TextChange } from './types';

/** Adds `key: value` to `map`. `layout` is for the new entry's nested lines. */
export function addEntry(text: string, map: YamlMap, key: string, value: Fragment, layout: Layout, after?: YamlPair): TextChange | undefined {
  if (!map.range) return undefined;
  const anchor = after ?? (map.items[map.items.length - 1] as YamlPair | undefined);
  if (isFlow(map)) return addToFlow(text, map, anchor, `${key}: ${renderFlow(value)}`);
  const firstKey = (map.items[0]?.key as YamlNode | null | undefined)?.range;
  const end = anchor ? pairContentEnd(anchor, text) : undefined;
  if (!firstKey || end === undefined) return undefined;
  const at = lineEndAt(text, end);
  return { start: at, end: at, newText: layout.eol + renderEntry(key, value, columnAt(text, firstKey[0]), layout) };
}

function addToFlow(text: string, map: YamlMap, anchor: YamlPair | undefined, entry: string): TextChange | undefined {
  if (!anchor) {
    const open = map.range![0];
    const close = map.range![1] - 1;
    if (text[open] !== '{' || text[close] !== '}' || commentsIn(text, open, close).length > 0) return undefined;
    return { start: open + 1, end: close, newText: ` ${entry} ` };
  }
  const end = pairContentEnd(anchor, text);
  return end === undefined ? undefined : { start: end, end, newText: `, ${entry}` };
}

/**
 * Gives a pair whose value is empty (`key:`, `key: ~`) a mapping value. In a block mapping the new
 * entries go on the lines below, `unit` columns right of the key; a comment after the key stays.
 */
export function fillEmptyValue(text: string, pair: YamlPair, entries: readonly (readonly [string, Fragment])[], layout: Layout, inFlow: boolean): TextChange | undefined {
  const key = pair.key as YamlNode | null;
  const colon = colonAfterKey(text, pair);
  if (!key?.range || colon === undefined || !hasEmptyValue(pair)) return undefined;
  const written = (pair.value as YamlNode | null)?.range;
  // `~` or `null` written out goes; the text from there to the end of the line (a comment) stays.
  const valueEnd = written && written[1] > written[0] ? written[1] : colon;
  if (inFlow) return { start: colon, end: valueEnd, newText: ` ${renderFlow({ entries, flow: true })}` };
  const lineEnd = lineEndAt(text, valueEnd);
  const indent = columnAt(text, key.range[0]) + layout.unit;
  const lines = entries.map(([k, v]) => layout.eol + renderEntry(k, v, indent, layout));
  return { start: colon, end: lineEnd, newText: text.slice(valueEnd, lineEnd) + lines.join('') };
}

/**
 * Removes entries of a mapping. When that empties it, it becomes `{}` after the owning key (which
 * must then be given).
 */
export function removePairs(text: string, map: YamlMap, pairs: readonly YamlPair[], owner: YamlPair | undefined, eol: string): TextChange[] | undefined {
  const all = pairs.length >= map.items.length;
  if (isFlow(map)) {
    if (all) {
      const change = emptyFlow(text, map.range ?? undefined, '{');
      return change ? [change] : undefined;
    }
    const removed = new Set(pairs.map((pair) => map.items.indexOf(pair)));
    const spans = map.items.map((pair) => ({ start: (pair.key as YamlNode).range?.[0] ?? 0, end: pairContentEnd(pair, text) ?? 0 }));
    return removeFlowEntries(text, spans, removed);
  }
  const changes: TextChange[] = [];
  for (const pair of pairs) {
    const key = (pair.key as YamlNode | null)?.range;
    const end = pairContentEnd(pair, text);
    const change = key && end !== undefined ? removeLines(text, key[0], end, eol) : undefined;
    if (!change) return undefined;
    changes.push(change);
  }
  if (!all) return changes;
  const colon = owner ? colonAfterKey(text, owner) : undefined;
  return colon === undefined ? undefined : [{ start: colon, end: colon, newText: ' {}' }, ...changes];
}
