/**
 * Removing action entries from policy statements: the entries leave the statement's `Action`, and
 * a statement left with no action goes from the `Statement` list (it would cover nothing, which
 * IAM rejects), the list becoming `[]` when it was the last.
 */
import type { Located, PolicyStatement } from '../../model/types';
import type { YamlSeq } from '../nodes';
import { removeItems } from '../seqEdits';
import type { FixContext, TextChange } from '../types';
import type { HolderNodes } from './holderNodes';
import { actionValue, statementNode } from './holderNodes';

export interface EntryRemoval {
  readonly statement: PolicyStatement;
  readonly entries: readonly Located<string>[];
}

/** Undefined when some change cannot be made in place. */
export function removeStatementEntries(ctx: FixContext, nodes: HolderNodes, removals: readonly EntryRemoval[]): TextChange[] | undefined {
  const changes: TextChange[] = [];
  const dropped: number[] = [];
  for (const removal of removals) {
    const found = statementNode(nodes, removal.statement);
    const value = found && actionValue(found.map, 'Action');
    if (!found || !value) return undefined;
    const starts = new Set(removal.entries.map((entry) => entry.span.start));
    const items = (value.seq?.items ?? [value.scalar]) as ({ range?: readonly number[] | null } | undefined)[];
    const indexes = items.flatMap((item, index) => (item?.range && starts.has(item.range[0]!) ? [index] : []));
    if (indexes.length !== starts.size) return undefined;
    if (indexes.length === items.length) {
      dropped.push(found.index);
      continue;
    }
    const change = removeItems(ctx.text, value.seq!, indexes, value.pair, ctx.style().eol);
    if (!change) return undefined;
    changes.push(...change);
  }
  if (dropped.length === 0) return changes;
  const list = nodes.statements?.value as YamlSeq | undefined;
  // A policy written as one statement (not a list) cannot lose it in place.
  if (dropped.includes(-1) || !list) return undefined;
  const removal = removeItems(ctx.text, list, dropped, nodes.statements, ctx.style().eol);
  return removal ? [...changes, ...removal] : undefined;
}
