/**
 * ORG201, ORG202 — **Add `organizations:AcceptHandshake`** / **Add `iam:CreateServiceLinkedRole`**,
 * or, where a `Deny` blocks the action, **Remove `<action>` from the `Deny`** (adding an `Allow` too
 * when nothing else allows it): adding alone would change nothing while the `Deny` wins.
 */
import type { Finding } from '../../findings';
import { ACCEPT_HANDSHAKE, CREATE_SLR } from '../../rules/handshakePermissions';
import { changesConflict } from '../text';
import type { Fix, FixContext, TextChange } from '../types';
import { denyEdits } from './denyEdits';
import { grantEdits } from './grantEdits';
import type { GrantPlace } from './grantEdits';
import { holderNodes } from './holderNodes';
import { decider, planPermissions, withDenyChanges } from './permissionPlan';
import type { PermissionPlan } from './permissionPlan';
import { code, makeFix, rootOf } from './shared';

const CANONICAL = new Map([ACCEPT_HANDSHAKE, CREATE_SLR].map((action) => [action.toLowerCase(), action]));

export function addPermissionsFixes(finding: Finding, ctx: FixContext): Fix[] {
  if (finding.data?.kind !== 'addPermissions') return [];
  return permissionFixes(ctx, finding.data.account, finding.data.actions);
}

/** The fix giving `account`'s administrator `actions` (several at once for fix-all). */
export function permissionFixes(ctx: FixContext, accountKey: string, actions: readonly string[]): Fix[] {
  const analysis = ctx.check.analysis;
  const account = analysis?.accountsByKey.get(accountKey);
  if (!analysis || !account) return [];
  const plan = planPermissions(account, actions.map((a) => CANONICAL.get(a.toLowerCase()) ?? a), analysis);
  if (!plan || plan.missing.length === 0) return [];
  const holder = account.administrator;
  const nodes = holder ? holderNodes(rootOf(ctx), holder) : undefined;
  if (holder && !nodes) return [];
  const deny = nodes ? denyEdits(ctx, nodes, plan.denies) : [];
  if (!deny) return [];
  const grant = {
    actions: plan.grants,
    after: holder && withDenyChanges(holder, plan.denies),
    decide: (action: string) => decider(account, action, analysis),
  };
  const grants = plan.grants.length === 0 ? [] : grantAvoiding(deny, (place) => grantEdits(ctx, account, nodes, grant, place));
  if (!grants) return [];
  const denied = plan.denies.length > 0;
  return makeFix(ctx, title(plan), [...deny, ...grants], { isPreferred: plan.broad.length === 0, safe: !denied });
}

/** The grant where it is best, unless it collides with the `Deny` changes: then a `permissions` list. */
function grantAvoiding(deny: readonly TextChange[], edits: (place?: GrantPlace) => TextChange[] | undefined): TextChange[] | undefined {
  const preferred = edits();
  if (preferred && !changesConflict(preferred, deny)) return preferred;
  const fallback = edits('newPermissions');
  return fallback && !changesConflict(fallback, deny) ? fallback : undefined;
}

function title(plan: PermissionPlan): string {
  if (plan.denies.length === 0) return `Add ${list(plan.grants)}`;
  const excludeOnly = plan.denies.every((d) => d.removeEntries.length === 0);
  const verb = excludeOnly ? 'Exclude' : 'Remove';
  const subject = plan.broad.length > 0 ? list(plan.broad) : list(plan.missing);
  const allow = plan.broad.length > 0 ? ` and allow ${list(plan.grants)}` : plan.grants.length === 1 ? ' and allow it' : ' and allow them';
  return `${verb} ${subject} from the \`Deny\`${plan.grants.length > 0 ? allow : ''}`;
}

function list(names: readonly string[]): string {
  return [...new Set(names)].map(code).join(' and ');
}
