import { equalsIgnoreCase } from '../iam/chars';
import { baseOperator } from '../iam/conditions';
import type { ConditionClause, PolicyStatement } from '../model/types';
import type { Rule } from './types';

/** The positive operators that limit a statement to the principals they name (SPEC "Precision"). */
const LIMITING_OPERATORS = new Set(['arnlike', 'stringlike', 'arnequals', 'stringequals']);
const PRINCIPAL_ARN = 'aws:PrincipalArn';

/**
 * ORG402: an SCP statement whose conditions limit it to service-linked roles. SCPs never affect
 * service-linked roles, so the statement does nothing. An exemption (`ArnNotLike` …) is harmless
 * and not reported; nor is a condition naming any principal that is not a service-linked role.
 */
export const org402: Rule = {
  code: 'ORG402',
  title: 'SCP statement aimed only at service-linked roles has no effect',
  defaultSeverity: 'warning',
  check({ manifest, report }) {
    for (const scp of manifest.serviceControlPolicies) {
      for (const statement of scp.document?.statements ?? []) {
        const clause = serviceLinkedRolesOnly(statement);
        if (!clause || !statement.condition) continue;
        report({
          span: statement.condition.keySpan,
          message: `This statement of SCP \`${scp.name}\` applies only to service-linked roles (its \`${clause.operator}\` on \`${clause.key}\` names nothing else), and SCPs never affect service-linked roles: it has no effect. Remove it, or name the roles and users it is meant for.`,
          related: [{ span: clause.keySpan, message: 'This condition limits the statement to service-linked roles.' }],
        });
      }
    }
  },
};

/** The clause that limits the statement to service-linked roles (all clauses must hold, so one is enough). */
function serviceLinkedRolesOnly(statement: PolicyStatement): ConditionClause | undefined {
  return statement.condition?.clauses.find(
    (clause) =>
      equalsIgnoreCase(clause.key, PRINCIPAL_ARN) &&
      LIMITING_OPERATORS.has(baseOperator(clause.operator)) &&
      clause.values.length > 0 &&
      clause.values.every((value) => isServiceLinkedRolePattern(value.value)),
  );
}

/** A principal ARN (pattern) of a service-linked role: its path or its name says so. */
function isServiceLinkedRolePattern(value: string): boolean {
  const lower = value.toLowerCase();
  return lower.includes('aws-service-role/') || lower.includes('awsservicerolefor');
}
