/**
 * What must change in an administrator's permissions for the handshake rules to be satisfied,
 * worked out on the model with the same IAM evaluation the rules use, so a fix is sure to remove
 * its finding: which `Deny` statements block an action (and how to stop them), and which actions
 * then still need an `Allow`.
 */
import { actionMatches, evaluate } from '../../iam';
import type { Decision } from '../../iam';
import type { Analysis } from '../../model/analysis';
import type { Account, Located, PermissionHolder, PolicyStatement } from '../../model/types';
import { ACCEPT_HANDSHAKE, CREATE_SLR, handshakeDuty, mayAcceptHandshake, mayCreateOrganizationsRole } from '../../rules/handshakePermissions';

export type Decide = (holder: PermissionHolder | undefined) => Decision;

export interface DenyChange {
  readonly statement: PolicyStatement;
  /** `Action` entries that match a missing action: they go. */
  readonly removeEntries: readonly Located<string>[];
  /** Missing actions a `NotAction` statement covers: they join its `NotAction`. */
  readonly exclude: readonly string[];
}

export interface PermissionPlan {
  /** The actions not allowed today. */
  readonly missing: readonly string[];
  readonly denies: readonly DenyChange[];
  /** Actions that still need an `Allow` once the denies are changed. */
  readonly grants: readonly string[];
  /** Wildcard `Deny` entries among those removed: they take away more than the missing actions. */
  readonly broad: readonly string[];
}

const NO_SPAN = { start: 0, end: 0 };

/** The decision the rules make for `action` in `account`, for any version of its administrator. */
export function decider(account: Account, action: string, analysis: Analysis): Decide {
  const lower = action.toLowerCase();
  if (lower === ACCEPT_HANDSHAKE.toLowerCase()) {
    const duty = handshakeDuty(account, analysis);
    return (holder) => mayAcceptHandshake({ ...account, administrator: holder }, duty, analysis);
  }
  if (lower === CREATE_SLR.toLowerCase()) return (holder) => mayCreateOrganizationsRole({ ...account, administrator: holder });
  return (holder) => evaluate(holder, { action });
}

/** Undefined when no change of the kinds above can allow every action (e.g. a malformed `Deny`). */
export function planPermissions(account: Account, actions: readonly string[], analysis: Analysis): PermissionPlan | undefined {
  const holder = account.administrator;
  const missing = actions.filter((action) => !decider(account, action, analysis)(holder).allowed);
  const changes = new Map<PolicyStatement, { remove: Set<Located<string>>; exclude: string[] }>();
  for (const action of missing) {
    for (const statement of blockingDenies(holder, decider(account, action, analysis))) {
      if (statement.action && statement.notAction) return undefined;
      const change = changes.get(statement) ?? { remove: new Set(), exclude: [] };
      if (statement.action) statement.action.filter((entry) => actionMatches(entry.value, action)).forEach((entry) => change.remove.add(entry));
      else change.exclude.push(action);
      changes.set(statement, change);
    }
  }
  const denies = [...changes].map(([statement, c]) => ({ statement, removeEntries: [...c.remove], exclude: c.exclude }));
  const after = holder && withDenyChanges(holder, denies);
  const grants: string[] = [];
  for (const action of missing) {
    const decision = decider(account, action, analysis)(after);
    if (decision.allowed) continue;
    if (decision.deniedBy) return undefined;
    grants.push(action);
  }
  const broad = denies.flatMap((d) => d.removeEntries.map((e) => e.value)).filter((value) => /[*?]/.test(value));
  return { missing, denies, grants, broad };
}

/** Every `Deny` statement that on its own denies the action (the evaluator names only the first). */
function blockingDenies(holder: PermissionHolder | undefined, decide: Decide): PolicyStatement[] {
  const policy = holder?.policy;
  if (!holder || !policy) return [];
  return policy.statements.filter((statement) => {
    if (statement.effect?.value !== 'Deny') return false;
    const decision = decide({ ...holder, permissions: [], policy: { ...policy, statements: [statement] } });
    return !decision.allowed && decision.deniedBy !== undefined;
  });
}

/** The administrator as it will be once the `Deny` statements are changed. */
export function withDenyChanges(holder: PermissionHolder, denies: readonly DenyChange[]): PermissionHolder {
  const policy = holder.policy;
  if (!policy || denies.length === 0) return holder;
  const statements = policy.statements.flatMap((statement) => {
    const change = denies.find((d) => d.statement === statement);
    if (!change) return [statement];
    if (statement.action) {
      const action = statement.action.filter((entry) => !change.removeEntries.includes(entry));
      return action.length > 0 ? [{ ...statement, action }] : [];
    }
    return [{ ...statement, notAction: [...(statement.notAction ?? []), ...change.exclude.map((value) => ({ value, span: NO_SPAN }))] }];
  });
  return { ...holder, policy: { ...policy, statements } };
}

/** The administrator with `actions` added to one statement's `Action`. */
export function withStatementActions(holder: PermissionHolder, target: PolicyStatement, actions: readonly string[]): PermissionHolder {
  const policy = holder.policy!;
  const added = actions.map((value) => ({ value, span: NO_SPAN }));
  const statements = policy.statements.map((s) => (s === target ? { ...s, action: [...(s.action ?? []), ...added] } : s));
  return { ...holder, policy: { ...policy, statements } };
}
