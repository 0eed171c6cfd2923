/**
 * The permission decision for an administrator or the deployer, following IAM's order: an applicable
 * `Deny` wins over everything; otherwise an applicable `Allow` allows; otherwise the request is
 * implicitly denied. The answer names the statement responsible, so a finding can point at the
 * `Deny` that blocks a permission and a quick fix can edit the right entry.
 */
import type { Located, PermissionHolder, PolicyStatement } from '../model/types';
import { equalsIgnoreCase, hasWildcard } from './chars';
import type { ConditionContext } from './conditions';
import { conditionsMet } from './conditions';
import { requestResource, resourceApplies, type RequestResource } from './resource';
import { actionHit, findMatchingAction } from './statement';

export interface EvaluationRequest {
  /** The IAM action, e.g. `iam:CreateServiceLinkedRole` (any case). */
  readonly action: string;
  /**
   * The resource ARN. A `*` in it stands for an identifier the manifest does not know (it never spans
   * `/` or `:`); absent, or just `*`, means any resource. See ./resource.ts.
   */
  readonly resource?: string;
  /** Single-valued condition keys the request is known to carry (keys compare case-insensitively). */
  readonly context?: ConditionContext;
}

/** Which statement decided. */
export interface StatementMatch {
  /** `permissions`: the shorthand list; `policy`: a statement of the holder's `policy`. */
  readonly source: 'permissions' | 'policy';
  /** The policy statement; undefined for the `permissions` shorthand. */
  readonly statement?: PolicyStatement;
  /** The `permissions` or `Action` entry that matched; absent when a `NotAction` statement applied. */
  readonly matchedAction?: Located<string>;
}

export type Decision =
  | { readonly allowed: true; readonly allowedBy: StatementMatch }
  /** `deniedBy` is the explicit `Deny`; undefined means nothing allows the action (implicit deny). */
  | { readonly allowed: false; readonly deniedBy?: StatementMatch };

const IMPLICIT_DENY: Decision = Object.freeze({ allowed: false });

/** IAM reads `${…}` as a policy variable only under this policy language version. */
const VARIABLES_VERSION = '2012-10-17';

/**
 * Is `request.action` allowed for `holder`? An undefined holder, or one with neither `permissions`
 * nor `policy`, allows nothing. The `permissions` shorthand is one `Allow` on Resource `*` without
 * conditions; when both it and a policy statement allow, the shorthand is reported.
 */
export function evaluate(holder: PermissionHolder | undefined, request: EvaluationRequest): Decision {
  if (holder === undefined) return IMPLICIT_DENY;
  const { action } = request;
  let allowedBy: StatementMatch | undefined;

  const granted = findMatchingAction(holder.permissions, action);
  if (granted !== undefined) allowedBy = { source: 'permissions', matchedAction: granted };

  const policy = holder.policy;
  if (policy !== undefined) {
    const variables = policy.version?.value === VARIABLES_VERSION;
    // Compiled on first need: most statements are rejected on their action before the resource matters.
    let requested: RequestResource | undefined;
    for (const statement of policy.statements) {
      const effect = statement.effect?.value;
      // Without an effect a statement does nothing; once allowed, only a Deny can change the answer.
      if (effect === undefined || (effect === 'Allow' && allowedBy !== undefined)) continue;
      const hit = actionHit(statement, action);
      if (hit === undefined) continue;
      requested ??= requestResource(request.resource);
      if (!resourceApplies(statement, requested, variables)) continue;
      if (!conditionsMet(statement.condition?.clauses, request.context)) continue;
      const match: StatementMatch =
        hit === 'notAction' ? { source: 'policy', statement } : { source: 'policy', statement, matchedAction: hit };
      // The first applicable Deny in document order decides; no later statement can undo it.
      if (effect === 'Deny') return { allowed: false, deniedBy: match };
      allowedBy = match;
    }
  }
  return allowedBy === undefined ? IMPLICIT_DENY : { allowed: true, allowedBy };
}

/** Names this very action: no wildcard, same text apart from case. */
function namesExactly(entry: Located<string>, action: string): boolean {
  return !hasWildcard(entry.value) && equalsIgnoreCase(entry.value, action);
}

/**
 * The entries that grant exactly `action` by name: in the `permissions` list and in the `Action`
 * lists of `Allow` statements. Wildcard grants (`iam:*`) are not listed: removing one would take away
 * more than this action. Resources and conditions are not considered — the question is "where is this
 * action written", for ORG204 and the quick fix that removes a superfluous permission.
 */
export function findExactActionGrants(holder: PermissionHolder | undefined, action: string): StatementMatch[] {
  const grants: StatementMatch[] = [];
  if (holder === undefined) return grants;
  for (const entry of holder.permissions) {
    if (namesExactly(entry, action)) grants.push({ source: 'permissions', matchedAction: entry });
  }
  for (const statement of holder.policy?.statements ?? []) {
    if (statement.effect?.value !== 'Allow' || statement.action === undefined) continue;
    for (const entry of statement.action) {
      if (namesExactly(entry, action)) grants.push({ source: 'policy', statement, matchedAction: entry });
    }
  }
  return grants;
}
