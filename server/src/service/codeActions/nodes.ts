/**
 * Finding the YAML nodes a fix edits, and where their text ends. Fixes edit only nodes written out
 * in place: an alias (`*name`) stands for text elsewhere, so anything reached through one is left alone.
 */
import { isAlias, isMap, isScalar, isSeq } from 'yaml';
import type { Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import { keyText } from '../parse/ast';
import type { YamlNode } from '../parse/ast';
import { locate } from '../parse/locate';
import { trimEndOffset } from './text';

export type YamlMap = YAMLMap<unknown, unknown>;
export type YamlSeq = YAMLSeq<unknown>;
export type YamlPair = Pair<unknown, unknown>;

/** The first pair of `key` (later duplicates do not count, as everywhere in the service). */
export function findPair(map: YamlMap | undefined, key: string): YamlPair | undefined {
  return map?.items.find((pair) => keyText(pair) === key);
}

export function mapValue(pair: YamlPair | undefined): YamlMap | undefined {
  const value = pair?.value as YamlNode | null | undefined;
  return isMap(value) ? (value as YamlMap) : undefined;
}

export function seqValue(pair: YamlPair | undefined): YamlSeq | undefined {
  const value = pair?.value as YamlNode | null | undefined;
  return isSeq(value) ? (value as YamlSeq) : undefined;
}

export function scalarValue(pair: YamlPair | undefined): Scalar | undefined {
  const value = pair?.value as YamlNode | null | undefined;
  return isScalar(value) ? value : undefined;
}

/** A pair whose value is empty: nothing (`key:`), or `~`/`null` written out. */
export function hasEmptyValue(pair: YamlPair): boolean {
  const value = pair.value as YamlNode | null;
  return value === null || (isScalar(value) && value.value === null);
}

export function isFlow(node: YamlMap | YamlSeq): boolean {
  return (node as { flow?: boolean }).flow === true;
}

/** The pair whose key starts at `offset` (the model keeps key spans), if the key is a plain scalar. */
export function pairWithKeyAt(root: YamlNode | null, offset: number): YamlPair | undefined {
  const found = locate(root, offset);
  const key = found.pair?.key as YamlNode | null | undefined;
  return found.kind === 'key' && isScalar(key) && key.range?.[0] === offset ? found.pair : undefined;
}

/** The scalar starting exactly at `offset`, with the collection holding it. */
export function scalarAt(root: YamlNode | null, offset: number): { scalar: Scalar; parent?: YamlMap | YamlSeq; pair?: YamlPair } | undefined {
  const found = locate(root, offset);
  if (!isScalar(found.node) || found.node.range?.[0] !== offset) return undefined;
  return { scalar: found.node, parent: found.ancestors[found.ancestors.length - 1], pair: found.pair };
}

/** The offset just after the last character of a node's own text: its value, not a comment after it. */
export function contentEnd(node: YamlNode | null | undefined, text: string): number | undefined {
  let current = node;
  // Iterative: nesting can be deep in hostile input.
  for (;;) {
    if (!current?.range) return undefined;
    if ((isMap(current) || isSeq(current)) && !isFlow(current as YamlMap)) {
      const last = (current as YamlMap | YamlSeq).items[(current as YamlMap | YamlSeq).items.length - 1];
      if (last === undefined) return current.range[1];
      current = pairEndNode(last);
      continue;
    }
    if (isScalar(current) && (current.type === 'BLOCK_LITERAL' || current.type === 'BLOCK_FOLDED')) {
      return trimEndOffset(text, current.range[0], current.range[1]);
    }
    return current.range[1];
  }
}

/** The node whose text ends a map entry or sequence item: its value, or its key when the value is absent. */
function pairEndNode(item: unknown): YamlNode | null {
  if (isMap(item) || isSeq(item) || isScalar(item) || isAlias(item)) return item as YamlNode;
  const pair = item as YamlPair;
  const value = pair.value as YamlNode | null;
  return value?.range ? value : (pair.key as YamlNode | null);
}

/** The offset just after the last character of a pair's text (its value, or its key). */
export function pairContentEnd(pair: YamlPair, text: string): number | undefined {
  return contentEnd(pairEndNode(pair), text);
}

/** The `-` that introduces a block sequence item starting at `itemStart`, if it is where it should be. */
export function dashBefore(text: string, itemStart: number): number | undefined {
  let i = itemStart - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  return text[i] === '-' ? i : undefined;
}

/** The offset just after the `:` that follows a block mapping key. */
export function colonAfterKey(text: string, pair: YamlPair): number | undefined {
  const key = pair.key as YamlNode | null;
  if (!key?.range) return undefined;
  let i = key.range[1];
  while (text[i] === ' ' || text[i] === '\t') i++;
  return text[i] === ':' ? i + 1 : undefined;
}

/** The collection holding a pair (found again from the pair's key: yaml nodes do not know their parents). */
export function parentOf(root: YamlNode | null, pair: YamlPair): YamlMap | YamlSeq | undefined {
  const start = (pair.key as YamlNode | null)?.range?.[0];
  if (start === undefined) return undefined;
  const found = locate(root, start);
  return found.pair === pair ? found.ancestors[found.ancestors.length - 1] : undefined;
}
