/**
 * From the model of an administrator (which keeps spans) to the YAML nodes a fix edits: its pair,
 * its `permissions` list, its policy's `Statement` list and the statements in it.
 */
import { isMap, isScalar, isSeq } from 'yaml';
import type { Scalar } from 'yaml';
import type { YamlNode } from '../../parse/ast';
import type { PermissionHolder, PolicyStatement } from '../../model/types';
import { findPair, pairWithKeyAt } from '../nodes';
import type { YamlMap, YamlPair, YamlSeq } from '../nodes';

export interface HolderNodes {
  readonly pair: YamlPair;
  /** The `permissions` pair, when written. */
  readonly permissions?: YamlPair;
  /** The policy's `Statement` pair, when written. */
  readonly statements?: YamlPair;
}

export function holderNodes(root: YamlNode | null, holder: PermissionHolder): HolderNodes | undefined {
  const pair = pairWithKeyAt(root, holder.keySpan.start);
  if (!pair) return undefined;
  const permissions = holder.permissionsKeySpan ? pairWithKeyAt(root, holder.permissionsKeySpan.start) : undefined;
  const policy = holder.policy ? pairWithKeyAt(root, holder.policy.keySpan.start) : undefined;
  const policyMap = policy && isMap(policy.value) ? (policy.value as YamlMap) : undefined;
  return { pair, permissions, statements: findPair(policyMap, 'Statement') };
}

/** A statement's mapping and its index in the `Statement` list (-1 when `Statement` is one mapping). */
export function statementNode(nodes: HolderNodes, statement: PolicyStatement): { map: YamlMap; index: number } | undefined {
  const value = nodes.statements?.value as YamlNode | null | undefined;
  if (isMap(value)) return value.range?.[0] === statement.span.start ? { map: value as YamlMap, index: -1 } : undefined;
  if (!isSeq(value)) return undefined;
  const items = (value as YamlSeq).items as (YamlNode | null)[];
  const index = items.findIndex((item) => isMap(item) && item.range?.[0] === statement.span.start);
  return index < 0 ? undefined : { map: items[index] as YamlMap, index };
}

/** A statement's `Action`/`NotAction` value: a list, or one scalar. */
export function actionValue(map: YamlMap, key: 'Action' | 'NotAction'): { pair: YamlPair; seq?: YamlSeq; scalar?: Scalar } | undefined {
  const pair = findPair(map, key);
  const value = pair?.value as YamlNode | null | undefined;
  if (!pair) return undefined;
  if (isSeq(value)) return { pair, seq: value as YamlSeq };
  if (isScalar(value) && typeof value.value === 'string') return { pair, scalar: value };
  return undefined;
}

/** The quote the entries of a list are written with (undefined: plain), so new entries match them. */
export function listQuote(seq: YamlSeq | undefined): '"' | "'" | undefined {
  const last = seq?.items[seq.items.length - 1];
  if (isScalar(last) && last.type === 'QUOTE_DOUBLE') return '"';
  if (isScalar(last) && last.type === 'QUOTE_SINGLE') return "'";
  return undefined;
}
