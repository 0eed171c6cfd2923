/**
 * Small helpers for walking `yaml`'s AST: resolving aliases within a budget, reading scalars and
 * spans. Both the structure check and the model builder use them, so both see the same tree.
 */
import { isAlias, isMap, isScalar, isSeq } from 'yaml';
import type { Document, Node, Pair, ParsedNode, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import type { Span } from '../text/span';
import { aliasTarget } from './anchors';

export type YamlNode = Node;

/**
 * How many aliases may be followed while walking one document. Following an alias re-walks the
 * anchored node, so an "alias bomb" would otherwise cost exponential time.
 */
export interface AliasBudget {
  remaining: number;
}

export interface WalkContext {
  readonly doc: Document.Parsed<ParsedNode>;
  /** The document text, for values that must be read exactly as written (account ids). */
  readonly text: string;
  readonly aliasBudget: AliasBudget;
}

export type Resolved =
  | { readonly ok: true; readonly node: YamlNode | null }
  | { readonly ok: false; readonly reason: 'unresolved' | 'budget' | 'cycle' };

/**
 * Follows an alias to its anchored node; other nodes are returned as they are. An alias to a node
 * that contains it is a `cycle`: following it would never end.
 */
export function resolve(node: YamlNode | null | undefined, ctx: WalkContext): Resolved {
  if (node === null || node === undefined) return { ok: true, node: null };
  if (!isAlias(node)) return { ok: true, node };
  if (ctx.aliasBudget.remaining <= 0) return { ok: false, reason: 'budget' };
  ctx.aliasBudget.remaining--;
  const target = aliasTarget(ctx.doc, node);
  if ('problem' in target) return { ok: false, reason: target.problem };
  return { ok: true, node: target.node };
}

/** Resolves quietly: an unresolvable alias reads as an absent value. */
export function resolved(node: YamlNode | null | undefined, ctx: WalkContext): YamlNode | null {
  const r = resolve(node, ctx);
  return r.ok ? r.node : null;
}

export function spanOf(node: YamlNode | null | undefined, fallback: Span): Span {
  const range = node?.range;
  if (!range) return fallback;
  return made({ start: range[0], end: range[1] });
}

/**
 * Spans made while `work` runs, so their owner can move them later: the incremental check keeps an
 * account's model when its text did not change and only shifts its spans when text before it did.
 */
let spanSink: Span[] | undefined;

export function collectSpans<T>(work: () => T): { readonly value: T; readonly spans: Span[] } {
  const outer = spanSink;
  const spans: Span[] = [];
  spanSink = spans;
  try {
    return { value: work(), spans };
  } finally {
    spanSink = outer;
  }
}

function made(span: Span): Span {
  spanSink?.push(span);
  return span;
}

export function asMap(node: YamlNode | null): YAMLMap<unknown, unknown> | undefined {
  return isMap(node) ? (node as YAMLMap<unknown, unknown>) : undefined;
}

export function asSeq(node: YamlNode | null): YAMLSeq<unknown> | undefined {
  return isSeq(node) ? (node as YAMLSeq<unknown>) : undefined;
}

export function asScalar(node: YamlNode | null): Scalar | undefined {
  return isScalar(node) ? node : undefined;
}

/** The text of a map key; undefined for keys that are not scalars (`? [a, b]: c`). */
export function keyText(pair: Pair<unknown, unknown>): string | undefined {
  const key = pair.key;
  if (!isScalar(key)) return undefined;
  const value = key.value;
  if (value === null || value === undefined) return '';
  return typeof value === 'string' ? value : String(value);
}

export function keySpan(pair: Pair<unknown, unknown>, fallback: Span): Span {
  return spanOf(pair.key as YamlNode | null, fallback);
}

/** Span of the whole `key: value` pair. */
export function pairSpan(pair: Pair<unknown, unknown>, fallback: Span): Span {
  const start = spanOf(pair.key as YamlNode | null, fallback).start;
  const value = pair.value as YamlNode | null;
  const end = value?.range ? value.range[1] : spanOf(pair.key as YamlNode | null, fallback).end;
  return made({ start, end: Math.max(start, end) });
}

/** A scalar's value as a string when it is a YAML string. */
export function stringValue(node: YamlNode | null): string | undefined {
  return isScalar(node) && typeof node.value === 'string' ? node.value : undefined;
}

/** Whether the node is an empty value (`key:` with nothing, or `~`/`null`). */
export function isNullNode(node: YamlNode | null): boolean {
  return node === null || (isScalar(node) && node.value === null);
}

/** Describes a node's type for messages: "a mapping", "a list", "a number"… */
export function describeNode(node: YamlNode | null): string {
  if (isNullNode(node)) return 'empty';
  if (isMap(node)) return 'a mapping';
  if (isSeq(node)) return 'a list';
  if (isScalar(node)) {
    switch (typeof node.value) {
      case 'string':
        return 'a string';
      case 'number':
      case 'bigint':
        return 'a number';
      case 'boolean':
        return 'a boolean';
      default:
        return 'a value of another type';
    }
  }
  return 'an unsupported value';
}
