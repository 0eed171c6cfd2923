/**
 * Which node each alias stands for, found in one pass over the document. `yaml`'s own
 * `Alias.resolve(doc)` walks the whole document for every alias: quadratic, and minutes on a big
 * file with many aliases. It also happily resolves an alias to a node that contains it
 * (`a: &x [*x]`), which would send a walker round in circles; here that is a `cycle`.
 */
import { isAlias, isCollection, isDocument, isPair } from 'yaml';
import type { Alias, Document, Node, ParsedNode } from 'yaml';

export type AliasTarget = { readonly node: Node } | { readonly problem: 'unresolved' | 'cycle' };

const INDEXES = new WeakMap<Document.Parsed<ParsedNode>, ReadonlyMap<Alias, AliasTarget>>();

/** The target of `alias` in `doc` (indexed once per document; the index lives as long as it). */
export function aliasTarget(doc: Document.Parsed<ParsedNode>, alias: Alias): AliasTarget {
  let index = INDEXES.get(doc);
  if (!index) {
    index = indexAliases(doc);
    INDEXES.set(doc, index);
  }
  return index.get(alias) ?? { problem: 'unresolved' };
}

/**
 * Walks the document in order (a node before its children, a key before its value), like YAML
 * reads it: an alias refers to the last node with that anchor before it. Iterative, so no depth
 * of nesting can exhaust the stack.
 */
function indexAliases(doc: Document.Parsed<ParsedNode>): Map<Alias, AliasTarget> {
  const targets = new Map<Alias, AliasTarget>();
  const anchors = new Map<string, Node>();
  const open = new Set<unknown>();
  const stack: { readonly value: unknown; readonly exit: boolean }[] = [{ value: doc.contents, exit: false }];
  while (stack.length > 0) {
    const { value, exit } = stack.pop()!;
    if (exit) {
      open.delete(value);
      continue;
    }
    if (isAlias(value)) {
      const node = anchors.get(value.source);
      targets.set(value, node === undefined ? { problem: 'unresolved' } : open.has(node) ? { problem: 'cycle' } : { node });
      continue;
    }
    if (hasAnchor(value)) anchors.set(value.anchor, value as Node);
    const children = childrenOf(value);
    if (children.length === 0) continue;
    open.add(value);
    stack.push({ value, exit: true });
    for (let i = children.length - 1; i >= 0; i--) stack.push({ value: children[i], exit: false });
  }
  return targets;
}

function childrenOf(value: unknown): readonly unknown[] {
  if (isPair(value)) return [value.key, value.value];
  if (isCollection(value)) return value.items;
  if (isDocument(value)) return [value.contents];
  return [];
}

function hasAnchor(value: unknown): value is { readonly anchor: string } {
  return typeof value === 'object' && value !== null && typeof (value as { anchor?: unknown }).anchor === 'string' && (value as { anchor: string }).anchor !== '';
}
