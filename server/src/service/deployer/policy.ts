/**
 * The least-privilege IAM policy a manifest's deployer needs (SPEC §5 "Generate least-privilege
 * deployer policy"): one `Allow` statement per purpose, its `Sid` saying why, scoped with the
 * condition keys IAM offers for it (`organizations:ServicePrincipal`, `organizations:PolicyType`,
 * `iam:AWSServiceName`) — but only on actions the IAM catalog lists the key for: a request for any
 * other action never carries the key, and `StringEquals` on a missing key never matches.
 */
import { conditionKeysOf } from '../../data/iamActions';
import { ORGANIZATIONS_PRINCIPAL } from '../model/analysis';
import type { Analysis } from '../model/analysis';
import type { Manifest } from '../model/types';
import { AWS_SERVICE_NAME_KEY, POLICY_TYPE_KEY, SCP_POLICY_TYPE, SERVICE_PRINCIPAL_KEY } from './actions';
import { policyNeeds } from './requirements';
import type { DeployerNeed, Purpose } from './requirements';

export interface PolicyStatementJson {
  readonly Sid: string;
  readonly Effect: 'Allow';
  readonly Action: readonly string[];
  readonly Resource: string | readonly string[];
  readonly Condition?: { readonly StringEquals: Readonly<Record<string, string | readonly string[]>> };
}

export interface PolicyDocumentJson {
  readonly Version: '2012-10-17';
  readonly Statement: readonly PolicyStatementJson[];
}

/** Whether the IAM catalog lists `key` as a condition key of `action`. */
export type SupportsConditionKey = (action: string, key: string) => boolean;

export const catalogSupports: SupportsConditionKey = (action, key) =>
  (conditionKeysOf(action) ?? []).some((supported) => supported.toLowerCase() === key.toLowerCase());

/** The policy for the manifest: empty `Statement` when applying it needs no Organizations permission. */
export function deployerPolicy(manifest: Manifest, analysis: Analysis, supports: SupportsConditionKey = catalogSupports): PolicyDocumentJson {
  return { Version: '2012-10-17', Statement: statementsFor(policyNeeds(manifest, analysis), supports) };
}

/** The statements granting `needs`, one per purpose in the order the needs first name it. */
export function statementsFor(needs: readonly DeployerNeed[], supports: SupportsConditionKey = catalogSupports): PolicyStatementJson[] {
  const byPurpose = new Map<Purpose, DeployerNeed[]>();
  for (const need of needs) {
    const list = byPurpose.get(need.purpose);
    if (list) list.push(need);
    else byPurpose.set(need.purpose, [need]);
  }
  return [...byPurpose].flatMap(([purpose, grouped]) => statements(purpose, grouped, supports));
}

/** The policy as the command and the CLI print it. */
export function deployerPolicyJson(policy: PolicyDocumentJson): string {
  return `${JSON.stringify(policy, null, 2)}\n`;
}

/** The purpose's statement; its actions the condition key does not apply to go into a second, unscoped one. */
function statements(purpose: Purpose, needs: readonly DeployerNeed[], supports: SupportsConditionKey): PolicyStatementJson[] {
  const actions = unique(needs.map((need) => need.action));
  const resource = resourceOf(needs);
  const scope = conditionOf(purpose, needs);
  if (!scope) return [{ Sid: purpose, Effect: 'Allow', Action: actions, Resource: resource }];
  const scoped = actions.filter((action) => supports(action, scope.key));
  const unscoped = actions.filter((action) => !supports(action, scope.key));
  const result: PolicyStatementJson[] = [];
  if (scoped.length > 0) result.push({ Sid: purpose, Effect: 'Allow', Action: scoped, Resource: resource, Condition: { StringEquals: { [scope.key]: scope.values } } });
  if (unscoped.length > 0) result.push({ Sid: `${purpose}WithoutCondition`, Effect: 'Allow', Action: unscoped, Resource: resource });
  return result;
}

/** The condition key and values that scope a purpose, when IAM offers one. */
function conditionOf(purpose: Purpose, needs: readonly DeployerNeed[]): { key: string; values: string | readonly string[] } | undefined {
  switch (purpose) {
    case 'EnableTrustedAccess':
    case 'RegisterDelegatedAdministrators': {
      const principals = unique(needs.flatMap((need) => (need.principal ? [need.principal] : [])));
      return { key: SERVICE_PRINCIPAL_KEY, values: principals.length === 1 ? principals[0]! : principals };
    }
    case 'ManageServiceControlPolicies':
      return { key: POLICY_TYPE_KEY, values: SCP_POLICY_TYPE };
    case 'CreateOrganizationsServiceLinkedRole':
      return { key: AWS_SERVICE_NAME_KEY, values: ORGANIZATIONS_PRINCIPAL };
    default:
      return undefined;
  }
}

/** The resources the needs' requests name; `*` as soon as one of them is about any resource. */
function resourceOf(needs: readonly DeployerNeed[]): string | readonly string[] {
  const resources = needs.map((need) => need.request.resource);
  if (resources.some((resource) => resource === undefined || resource === '*')) return '*';
  const distinct = unique(resources as string[]);
  return distinct.length === 1 ? distinct[0]! : distinct;
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}
