/**
 * Builds model objects for the IAM tests without going through YAML: the evaluator only reads values,
 * so spans are dummies (each distinct, so identity checks stay meaningful).
 */
import type {
  ConditionClause,
  Effect,
  Located,
  PermissionHolder,
  PolicyStatement,
} from '../../../server/src/service/model/types';
import { span } from '../../../server/src/service/text/span';

let offset = 0;
function nextSpan() {
  offset += 10;
  return span(offset, offset + 5);
}

export function loc<T>(value: T): Located<T> {
  return { value, span: nextSpan() };
}

type OneOrMany = string | readonly string[];

function list(values: OneOrMany | undefined): Located<string>[] | undefined {
  if (values === undefined) return undefined;
  return (typeof values === 'string' ? [values] : values).map((v) => loc(v));
}

export interface StatementInit {
  readonly sid?: string;
  readonly effect?: Effect;
  readonly action?: OneOrMany;
  readonly notAction?: OneOrMany;
  readonly resource?: OneOrMany;
  readonly notResource?: OneOrMany;
  /** `{ StringEquals: { 'iam:AWSServiceName': 'x' } }`, as in a policy document. */
  readonly condition?: Readonly<Record<string, Readonly<Record<string, OneOrMany>>>>;
}

export function clauses(condition: NonNullable<StatementInit['condition']>): ConditionClause[] {
  const out: ConditionClause[] = [];
  for (const [operator, keys] of Object.entries(condition)) {
    for (const [key, values] of Object.entries(keys)) {
      out.push({ operator, operatorSpan: nextSpan(), key, keySpan: nextSpan(), values: list(values) ?? [] });
    }
  }
  return out;
}

export function statement(init: StatementInit): PolicyStatement {
  return {
    span: nextSpan(),
    sid: init.sid === undefined ? undefined : loc(init.sid),
    effect: init.effect === undefined ? undefined : loc(init.effect),
    action: list(init.action),
    notAction: list(init.notAction),
    resource: list(init.resource),
    notResource: list(init.notResource),
    condition: init.condition === undefined ? undefined : { keySpan: nextSpan(), clauses: clauses(init.condition) },
  };
}

export interface HolderInit {
  readonly permissions?: readonly string[];
  /** Policy statements; a policy is attached only when given. */
  readonly statements?: readonly (StatementInit | PolicyStatement)[];
  /** Policy `Version`; defaults to 2012-10-17, `null` leaves it out. */
  readonly version?: string | null;
}

function isStatement(s: StatementInit | PolicyStatement): s is PolicyStatement {
  return 'span' in s;
}

export function holder(init: HolderInit = {}): PermissionHolder {
  const version = init.version === undefined ? '2012-10-17' : init.version;
  return {
    keySpan: nextSpan(),
    permissions: list(init.permissions ?? []) ?? [],
    policy:
      init.statements === undefined
        ? undefined
        : {
            keySpan: nextSpan(),
            span: nextSpan(),
            version: version === null ? undefined : loc(version),
            statements: init.statements.map((s) => (isStatement(s) ? s : statement(s))),
          },
  };
}
