/**
 * The text changes that stop `Deny` statements from blocking the missing actions: matching entries
 * leave the statement's `Action` (the statement goes when nothing is left in it), and a `NotAction`
 * statement gets the action added to its `NotAction`.
 */
import { formatScalar, layoutOf, quoted } from '../fragment';
import { isFlow } from '../nodes';
import { appendItems } from '../seqEdits';
import { scalarToList } from '../scalarEdits';
import type { FixContext, TextChange } from '../types';
import type { HolderNodes } from './holderNodes';
import { actionValue, listQuote, statementNode } from './holderNodes';
import type { DenyChange } from './permissionPlan';
import { removeStatementEntries } from './statementEdits';

/** Undefined when some change cannot be made in place. */
export function denyEdits(ctx: FixContext, nodes: HolderNodes, denies: readonly DenyChange[]): TextChange[] | undefined {
  const removals = denies.filter((d) => d.removeEntries.length > 0).map((d) => ({ statement: d.statement, entries: d.removeEntries }));
  const changes = removeStatementEntries(ctx, nodes, removals);
  if (!changes) return undefined;
  for (const deny of denies.filter((d) => d.exclude.length > 0)) {
    const found = statementNode(nodes, deny.statement);
    const exclusion = found && excludeEdit(ctx, found.map, deny.exclude);
    if (!exclusion) return undefined;
    changes.push(...exclusion);
  }
  return changes;
}

function excludeEdit(ctx: FixContext, map: Parameters<typeof actionValue>[0], actions: readonly string[]): TextChange[] | undefined {
  const value = actionValue(map, 'NotAction');
  if (!value) return undefined;
  const style = ctx.style();
  if (value.scalar) {
    const change = scalarToList(ctx.text, value.scalar, actions.map((a) => formatScalar(a, style.quote, true)));
    return change ? [change] : undefined;
  }
  const quote = listQuote(value.seq);
  const inFlow = isFlow(value.seq!);
  const items = actions.map((a) => (quote ? quoted(a, quote) : formatScalar(a, style.quote, inFlow)));
  const change = appendItems(ctx.text, value.seq!, items, layoutOf(style));
  return change ? [change] : undefined;
}
