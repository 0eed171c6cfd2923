/**
 * What must change in the deployer's permissions for ORG701 to be satisfied, worked out on the model
 * with the same evaluation as the rule, so the fix is sure to remove its finding. Least privilege
 * first: a principal missing from an `organizations:ServicePrincipal` condition that scopes the
 * right action is added to that condition; what remains is granted anew.
 */
import { SERVICE_PRINCIPAL_KEY } from '../../deployer/actions';
import { decide, deployerNeeds } from '../../deployer/requirements';
import type { DeployerNeed } from '../../deployer/requirements';
import { equalsIgnoreCase } from '../../iam/chars';
import { baseOperator } from '../../iam/conditions';
import type { Analysis } from '../../model/analysis';
import type { ConditionClause, Manifest, PermissionHolder, PolicyStatement } from '../../model/types';

export interface DeployerPlan {
  /** Principals to add to existing condition clauses, by the offset of the clause's condition key. */
  readonly widen: ReadonlyMap<number, readonly string[]>;
  /** Needs granted by new entries (a `permissions` list or new statements). */
  readonly grant: readonly DeployerNeed[];
}

/** Operators whose list of principals can simply grow. */
const WIDENABLE = new Set(['stringequals', 'stringlike', 'stringequalsignorecase']);
const NO_SPAN = { start: 0, end: 0 };

/** Undefined when nothing is missing, or when a `Deny` blocks a need (adding would change nothing). */
export function planDeployer(manifest: Manifest, analysis: Analysis): DeployerPlan | undefined {
  const deployer = manifest.deployer;
  if (!deployer) return undefined;
  const missing: DeployerNeed[] = [];
  for (const need of deployerNeeds(manifest, analysis)) {
    const decision = decide(deployer, need);
    if (decision.allowed) continue;
    if (decision.deniedBy) return undefined;
    missing.push(need);
  }
  if (missing.length === 0) return undefined;
  const widen = new Map<number, string[]>();
  const grant: DeployerNeed[] = [];
  let widened: PermissionHolder = deployer;
  for (const need of missing) {
    const clause = need.principal === undefined ? undefined : widenableClause(widened, need);
    if (!clause) {
      grant.push(need);
      continue;
    }
    // Clauses are copied as principals are added: the key's offset names the same clause throughout.
    widen.set(clause.keySpan.start, [...(widen.get(clause.keySpan.start) ?? []), need.principal!]);
    widened = withClauseValue(widened, clause, need.principal!);
  }
  return { widen, grant };
}

/** A principal clause of an `Allow` statement that admits the need once the principal is added. */
function widenableClause(holder: PermissionHolder, need: DeployerNeed): ConditionClause | undefined {
  for (const statement of allowStatements(holder)) {
    for (const clause of statement.condition?.clauses ?? []) {
      if (!equalsIgnoreCase(clause.key, SERVICE_PRINCIPAL_KEY) || !WIDENABLE.has(baseOperator(clause.operator))) continue;
      if (decide(withClauseValue(holder, clause, need.principal!), need).allowed) return clause;
    }
  }
  return undefined;
}

function allowStatements(holder: PermissionHolder): PolicyStatement[] {
  return (holder.policy?.statements ?? []).filter((statement) => statement.effect?.value === 'Allow' && statement.condition);
}

/** The holder with `value` added to one condition clause (model only: spans of new values are empty). */
function withClauseValue(holder: PermissionHolder, target: ConditionClause, value: string): PermissionHolder {
  const policy = holder.policy!;
  const statements = policy.statements.map((statement) => {
    const clauses = statement.condition?.clauses;
    if (!clauses?.includes(target)) return statement;
    const changed = clauses.map((clause) => (clause === target ? { ...clause, values: [...clause.values, { value, span: NO_SPAN }] } : clause));
    return { ...statement, condition: { ...statement.condition!, clauses: changed } };
  });
  return { ...holder, policy: { ...policy, statements } };
}
