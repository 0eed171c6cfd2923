/**
 * ORG204 — **Remove `iam:CreateServiceLinkedRole`** from the administrator: every entry that grants
 * exactly that action goes (found again on the model, as the rule found them); an `Allow`
 * statement left with no action goes too, and an emptied `permissions` list becomes `[]`.
 * Wildcards that cover the action stay: they grant more than this.
 */
import type { Finding } from '../../findings';
import { findExactActionGrants } from '../../iam';
import type { PolicyStatement } from '../../model/types';
import { seqValue } from '../nodes';
import { removeItems } from '../seqEdits';
import type { Fix, FixContext, TextChange } from '../types';
import { holderNodes } from './holderNodes';
import { makeFix, rootOf, code } from './shared';
import type { EntryRemoval } from './statementEdits';
import { removeStatementEntries } from './statementEdits';

export function removePermissionFixes(finding: Finding, ctx: FixContext): Fix[] {
  if (finding.data?.kind !== 'removePermission') return [];
  const holder = ctx.check.analysis?.accountsByKey.get(finding.data.account)?.administrator;
  const nodes = holder && holderNodes(rootOf(ctx), holder);
  const grants = findExactActionGrants(holder, finding.data.action);
  if (!nodes || grants.length === 0) return [];
  const listed = new Set(grants.filter((g) => g.source === 'permissions').map((g) => g.matchedAction!.span.start));
  const byStatement = new Map<PolicyStatement, EntryRemoval>();
  for (const g of grants) {
    if (g.source !== 'policy' || !g.statement || !g.matchedAction) continue;
    const removal = byStatement.get(g.statement) ?? { statement: g.statement, entries: [] };
    byStatement.set(g.statement, { statement: g.statement, entries: [...removal.entries, g.matchedAction] });
  }
  const changes = removeStatementEntries(ctx, nodes, [...byStatement.values()]);
  const fromList = listed.size > 0 ? removeFromPermissions(ctx, nodes.permissions, listed) : [];
  // Not for fix-all: the grant may serve something this manifest does not describe (the hint says "unless").
  return makeFix(ctx, `Remove ${code(finding.data.action)}`, changes && fromList ? [...changes, ...fromList] : undefined, {
    isPreferred: true,
    safe: false,
  });
}

function removeFromPermissions(ctx: FixContext, pair: Parameters<typeof seqValue>[0], starts: ReadonlySet<number>): TextChange[] | undefined {
  const list = seqValue(pair);
  if (!list) return undefined;
  const indexes = list.items.flatMap((item, index) => {
    const range = (item as { range?: readonly number[] | null }).range;
    return range && starts.has(range[0]!) ? [index] : [];
  });
  return indexes.length === starts.size ? removeItems(ctx.text, list, indexes, pair, ctx.style().eol) : undefined;
}
