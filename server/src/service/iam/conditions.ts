/**
 * `Condition` blocks, evaluated against the little the manifest knows about a request: a few
 * single-valued keys such as `iam:AWSServiceName` or `organizations:ServicePrincipal`.
 *
 * The stance, from SPEC §4 "Administrators": a clause whose key the request does not supply is
 * assumed to be met, and so is a clause whose operator we do not evaluate. The manifest cannot know
 * `aws:SourceIp` or `aws:PrincipalTag/…`, and guessing "not met" would invent findings.
 */
import type { ConditionClause, Located } from '../model/types';
import { equalsIgnoreCase } from './chars';
import { globMatches } from './glob';

export type ConditionContext = Readonly<Record<string, string>>;

/** How one operator family compares a policy value with the request's value. */
interface Operator {
  readonly test: (policyValue: string, requestValue: string) => boolean;
  /** The Not* operators: met only when no value matches. */
  readonly negated: boolean;
}

const exact = (p: string, r: string): boolean => p === r;
// ArnEquals and ArnLike both accept wildcards in IAM, so all four Arn* operators share glob matching.
const glob = (p: string, r: string): boolean => globMatches(p, r);

/** Keyed by the lower-cased base name: operator names are matched leniently, whatever their case. */
const OPERATORS: ReadonlyMap<string, Operator> = new Map<string, Operator>([
  ['stringequals', { test: exact, negated: false }],
  ['stringnotequals', { test: exact, negated: true }],
  ['stringequalsignorecase', { test: equalsIgnoreCase, negated: false }],
  ['stringnotequalsignorecase', { test: equalsIgnoreCase, negated: true }],
  ['stringlike', { test: glob, negated: false }],
  ['stringnotlike', { test: glob, negated: true }],
  ['arnequals', { test: glob, negated: false }],
  ['arnlike', { test: glob, negated: false }],
  ['arnnotequals', { test: glob, negated: true }],
  ['arnnotlike', { test: glob, negated: true }],
]);

const NULL_OPERATOR = 'null';

/**
 * The base operator of `ForAnyValue:StringLikeIfExists` is `stringlike`. With single-valued request
 * keys the set qualifiers change nothing (one value: "any" and "all" agree), and `IfExists` only
 * matters for a missing key, which is assumed met anyway.
 */
export function baseOperator(operator: string): string {
  let base = operator.toLowerCase();
  if (base.startsWith('foranyvalue:')) base = base.slice('foranyvalue:'.length);
  else if (base.startsWith('forallvalues:')) base = base.slice('forallvalues:'.length);
  if (base.endsWith('ifexists')) base = base.slice(0, -'ifexists'.length);
  return base;
}

// Operators repeat across thousands of statements; parse each spelling once.
const baseCache = new Map<string, string>();
function cachedBase(operator: string): string {
  let base = baseCache.get(operator);
  if (base === undefined) {
    if (baseCache.size >= 1_000) baseCache.clear();
    base = baseOperator(operator);
    baseCache.set(operator, base);
  }
  return base;
}

/** The request's value for a key; condition keys compare case-insensitively. */
function lookup(context: ConditionContext, key: string): string | undefined {
  for (const name in context) {
    if (equalsIgnoreCase(name, key)) return context[name];
  }
  return undefined;
}

/** `Null: { key: "true" }` demands the key be absent; `"false"` demands it be present. */
function nullMet(values: readonly Located<string>[]): boolean {
  // The key is present here, so only all-"true" fails; any "false" (or a value we cannot read) passes.
  for (const value of values) if (value.value.toLowerCase() !== 'true') return true;
  return values.length === 0;
}

/** One clause, against a request known to carry `requestValue` for the clause's key. */
function clauseMet(clause: ConditionClause, requestValue: string): boolean {
  const base = cachedBase(clause.operator);
  if (base === NULL_OPERATOR) return nullMet(clause.values);
  const operator = OPERATORS.get(base);
  // Unknown operators (numeric, date, Bool, IpAddress on a string key…) and empty value lists are
  // malformed or out of scope: assume met, like any condition we cannot decide.
  if (operator === undefined || clause.values.length === 0) return true;
  let anyMatches = false;
  for (const value of clause.values) {
    if (operator.test(value.value, requestValue)) {
      anyMatches = true;
      break;
    }
  }
  return operator.negated ? !anyMatches : anyMatches;
}

/** All clauses of a statement must hold (AND); values within one clause are OR'ed. */
export function conditionsMet(
  clauses: readonly ConditionClause[] | undefined,
  context: ConditionContext | undefined,
): boolean {
  if (clauses === undefined || context === undefined) return true;
  for (const clause of clauses) {
    const requestValue = lookup(context, clause.key);
    if (requestValue !== undefined && !clauseMet(clause, requestValue)) return false;
  }
  return true;
}
