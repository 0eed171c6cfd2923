/**
 * Builds permission holders (`administrator`, `deployer`) and IAM policy documents from YAML.
 * Values of the wrong type are skipped: the structure check reports them.
 */
import { isMap, isScalar, isSeq } from 'yaml';
import type { Pair, YAMLMap } from 'yaml';
import { asMap, keySpan, keyText, resolved, spanOf } from '../parse/ast';
import type { WalkContext, YamlNode } from '../parse/ast';
import type { Span } from '../text/span';
import type { ConditionBlock, ConditionClause, Effect, Located, PermissionHolder, PolicyDocument, PolicyStatement } from './types';

const NO_SPAN: Span = { start: 0, end: 0 };

/** Only the first pair of each key counts (later duplicates are ORG003, whose message says so). */
export function firstPairs(items: readonly Pair<unknown, unknown>[]): Pair<unknown, unknown>[] {
  const seen = new Set<string>();
  const first: Pair<unknown, unknown>[] = [];
  for (const pair of items) {
    const key = keyText(pair);
    if (key === undefined || seen.has(key)) continue;
    seen.add(key);
    first.push(pair);
  }
  return first;
}

export function buildPermissionHolder(pair: Pair<unknown, unknown>, ctx: WalkContext): PermissionHolder {
  const map = asMap(resolved(pair.value as YamlNode, ctx));
  const holderKeySpan = keySpan(pair, NO_SPAN);
  let permissions: Located<string>[] = [];
  let permissionsKeySpan: Span | undefined;
  let policy: PolicyDocument | undefined;
  for (const item of firstPairs(map?.items ?? [])) {
    const key = keyText(item);
    if (key === 'permissions') {
      permissionsKeySpan = keySpan(item, holderKeySpan);
      permissions = stringList(item.value as YamlNode, ctx, false);
    } else if (key === 'policy') {
      policy = buildPolicyDocument(item, ctx);
    }
  }
  return { keySpan: holderKeySpan, permissionsKeySpan, permissions, policy };
}

export function buildPolicyDocument(pair: Pair<unknown, unknown>, ctx: WalkContext): PolicyDocument | undefined {
  const value = resolved(pair.value as YamlNode, ctx);
  const map = asMap(value);
  if (!map) return undefined;
  let version: Located<string> | undefined;
  const statements: PolicyStatement[] = [];
  for (const item of firstPairs(map.items)) {
    const key = keyText(item);
    if (key === 'Version') version = located(item.value as YamlNode, ctx);
    else if (key === 'Statement') statements.push(...buildStatements(item.value as YamlNode, ctx));
  }
  return { keySpan: keySpan(pair, NO_SPAN), span: spanOf(value, NO_SPAN), version, statements };
}

function buildStatements(raw: YamlNode, ctx: WalkContext): PolicyStatement[] {
  const node = resolved(raw, ctx);
  const items = isSeq(node) ? node.items.map((i) => resolved(i as YamlNode, ctx)) : [node];
  const result: PolicyStatement[] = [];
  for (const item of items) {
    if (isMap(item)) result.push(buildStatement(item as YAMLMap<unknown, unknown>, ctx));
  }
  return result;
}

function buildStatement(map: YAMLMap<unknown, unknown>, ctx: WalkContext): PolicyStatement {
  const statement: {
    -readonly [K in keyof PolicyStatement]: PolicyStatement[K];
  } = { span: spanOf(map, NO_SPAN) };
  for (const item of firstPairs(map.items)) {
    const value = item.value as YamlNode;
    switch (keyText(item)) {
      case 'Sid':
        statement.sid = located(value, ctx);
        break;
      case 'Effect': {
        const effect = located(value, ctx);
        if (effect && (effect.value === 'Allow' || effect.value === 'Deny')) statement.effect = effect as Located<Effect>;
        break;
      }
      case 'Action':
        statement.action = stringList(value, ctx, true);
        break;
      case 'NotAction':
        statement.notAction = stringList(value, ctx, true);
        break;
      case 'Resource':
        statement.resource = stringList(value, ctx, true);
        break;
      case 'NotResource':
        statement.notResource = stringList(value, ctx, true);
        break;
      case 'Condition':
        statement.condition = buildCondition(item, ctx);
        break;
      default: {
        const key = keyText(item);
        if (key !== undefined) statement.unknownKeys = [...(statement.unknownKeys ?? []), key];
      }
    }
  }
  return statement;
}

function buildCondition(pair: Pair<unknown, unknown>, ctx: WalkContext): ConditionBlock {
  const clauses: ConditionClause[] = [];
  const operators = asMap(resolved(pair.value as YamlNode, ctx));
  for (const opPair of firstPairs(operators?.items ?? [])) {
    const operator = keyText(opPair);
    const keys = asMap(resolved(opPair.value as YamlNode, ctx));
    if (operator === undefined || !keys) continue;
    for (const keyPair of firstPairs(keys.items)) {
      const key = keyText(keyPair);
      if (key === undefined) continue;
      clauses.push({
        operator,
        operatorSpan: keySpan(opPair, NO_SPAN),
        key,
        keySpan: keySpan(keyPair, NO_SPAN),
        values: stringList(keyPair.value as YamlNode, ctx, true, true),
      });
    }
  }
  return { keySpan: keySpan(pair, NO_SPAN), clauses };
}

/** A list of strings, or (when `allowSingle`) one string standing for a list of one. */
export function stringList(raw: YamlNode, ctx: WalkContext, allowSingle: boolean, anyScalar = false): Located<string>[] {
  const node = resolved(raw, ctx);
  if (isSeq(node)) {
    const result: Located<string>[] = [];
    for (const item of node.items) {
      const value = located(item as YamlNode, ctx, anyScalar);
      if (value) result.push(value);
    }
    return result;
  }
  if (!allowSingle) return [];
  const single = located(raw, ctx, anyScalar);
  return single ? [single] : [];
}

/** A string scalar with its span; with `anyScalar`, numbers and booleans read as their text. */
export function located(raw: YamlNode | null | undefined, ctx: WalkContext, anyScalar = false): Located<string> | undefined {
  const node = resolved(raw, ctx);
  if (!isScalar(node)) return undefined;
  const value = node.value;
  if (typeof value === 'string') return { value, span: spanOf(raw ?? null, NO_SPAN) };
  if (anyScalar && value !== null && value !== undefined) return { value: String(value), span: spanOf(raw ?? null, NO_SPAN) };
  return undefined;
}
