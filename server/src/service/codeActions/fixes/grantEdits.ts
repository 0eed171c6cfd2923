/**
 * Where missing actions are granted, and the text that grants them, in order of preference:
 * the account has no `administrator` → one is created with `permissions`; it has `permissions` →
 * they join that list; it has only a `policy` → they join an `Allow` statement that then allows
 * them (Resource, conditions), else a new `Allow` statement on `Resource: "*"`; otherwise a
 * `permissions` list is added to the administrator.
 */
import { isMap } from 'yaml';
import type { Account, PermissionHolder, PolicyStatement } from '../../model/types';
import type { YamlNode } from '../../parse/ast';
import type { Fragment } from '../fragment';
import { formatScalar, layoutOf, quoted } from '../fragment';
import { addEntry, fillEmptyValue } from '../mapEdits';
import { hasEmptyValue, isFlow, pairWithKeyAt, parentOf, seqValue } from '../nodes';
import type { YamlMap, YamlPair, YamlSeq } from '../nodes';
import { scalarToList } from '../scalarEdits';
import { appendItems } from '../seqEdits';
import { localUnit } from '../style';
import { columnAt } from '../text';
import type { FixContext, TextChange } from '../types';
import type { HolderNodes } from './holderNodes';
import { actionValue, listQuote, statementNode } from './holderNodes';
import type { Decide } from './permissionPlan';
import { withStatementActions } from './permissionPlan';
import { rootOf } from './shared';

/** A place to grant in other than the preferred one: a new `permissions` list. */
export type GrantPlace = 'newPermissions';

/**
 * The changes granting `actions`. `after`: the administrator once the `Deny` changes are made;
 * `decide`: the rules' decision for each action. `place` forces a place (used when the preferred
 * one collides with the `Deny` changes).
 */
export function grantEdits(
  ctx: FixContext,
  account: Account,
  nodes: HolderNodes | undefined,
  grant: { readonly actions: readonly string[]; readonly after: PermissionHolder | undefined; readonly decide: (action: string) => Decide },
  place?: GrantPlace,
): TextChange[] | undefined {
  const { actions, after } = grant;
  if (!after || !nodes) return one(createAdministrator(ctx, account, actions));
  if (nodes.permissions) return one(appendActions(ctx, seqValue(nodes.permissions), actions));
  if (place === 'newPermissions') return one(addPermissionsKey(ctx, nodes.pair, actions));
  const statement = allowingStatement(after, grant);
  if (statement) return one(addToStatement(ctx, nodes, statement, actions));
  const list = seqValue(nodes.statements);
  if (list) return one(appendActions(ctx, list, [newStatement(ctx, list, actions)]));
  return one(addPermissionsKey(ctx, nodes.pair, actions));
}

const one = (change: TextChange | undefined): TextChange[] | undefined => (change ? [change] : undefined);

/** An `Allow` statement with an `Action` list that, given the actions, would allow them all. */
function allowingStatement(after: PermissionHolder, grant: Parameters<typeof grantEdits>[3]): PolicyStatement | undefined {
  const candidates = (after.policy?.statements ?? []).filter((s) => s.effect?.value === 'Allow' && s.action && !s.notAction);
  // A statement without conditions first: the grant is then plain to see.
  const ordered = [...candidates.filter((s) => !s.condition), ...candidates.filter((s) => s.condition)];
  return ordered.find((statement) => {
    const changed = withStatementActions(after, statement, grant.actions);
    return grant.actions.every((action) => grant.decide(action)(changed).allowed);
  });
}

function actionItems(ctx: FixContext, seq: YamlSeq | undefined, actions: readonly string[]): string[] {
  const quote = seq ? listQuote(seq) : undefined;
  const inFlow = seq ? isFlow(seq) : ctx.style().flowPermissions;
  return actions.map((action) => (quote ? quoted(action, quote) : formatScalar(action, ctx.style().quote, inFlow)));
}

function appendActions(ctx: FixContext, seq: YamlSeq | undefined, items: readonly Fragment[] | readonly string[]): TextChange | undefined {
  if (!seq) return undefined;
  const fragments = items.every((item) => typeof item === 'string') ? actionItems(ctx, seq, items as string[]) : (items as Fragment[]);
  return appendItems(ctx.text, seq, fragments, layoutOf(ctx.style()));
}

function addToStatement(ctx: FixContext, nodes: HolderNodes, statement: PolicyStatement, actions: readonly string[]): TextChange | undefined {
  const found = statementNode(nodes, statement);
  const value = found && actionValue(found.map, 'Action');
  if (!value) return undefined;
  if (value.seq) return appendActions(ctx, value.seq, actions);
  return scalarToList(ctx.text, value.scalar!, actions.map((a) => formatScalar(a, ctx.style().quote, true)));
}

/** `Effect: Allow`, the actions, `Resource: "*"`, in the style of the list it joins. */
function newStatement(ctx: FixContext, list: YamlSeq, actions: readonly string[]): Fragment {
  const style = ctx.style();
  const items = actions.map((a) => formatScalar(a, style.quote, true));
  const action: Fragment = items.length === 1 ? items[0]! : { items, flow: true };
  return { entries: [['Effect', 'Allow'], ['Action', action], ['Resource', quoted('*', style.quote)]], flow: isFlow(list) };
}

function permissionsFragment(ctx: FixContext, actions: readonly string[], inFlow: boolean): Fragment {
  const flow = inFlow || ctx.style().flowPermissions;
  return { items: actions.map((a) => formatScalar(a, ctx.style().quote, flow)), flow };
}

function addPermissionsKey(ctx: FixContext, holderPair: YamlPair, actions: readonly string[]): TextChange | undefined {
  return addNested(ctx, holderPair, 'permissions', (inFlow) => permissionsFragment(ctx, actions, inFlow));
}

function createAdministrator(ctx: FixContext, account: Account, actions: readonly string[]): TextChange | undefined {
  const pair = pairWithKeyAt(rootOf(ctx), account.keySpan.start);
  if (!pair) return undefined;
  return addNested(ctx, pair, 'administrator', (inFlow) => ({ entries: [['permissions', permissionsFragment(ctx, actions, inFlow)]], flow: inFlow }));
}

/** Adds `key: value` to the mapping that is `owner`'s value (or becomes it, when the value is empty). */
function addNested(ctx: FixContext, owner: YamlPair, key: string, value: (inFlow: boolean) => Fragment): TextChange | undefined {
  const map = owner.value as YamlNode | null;
  const ownerKey = owner.key as YamlNode | null;
  if (!ownerKey?.range) return undefined;
  const ownerColumn = columnAt(ctx.text, ownerKey.range[0]);
  if (hasEmptyValue(owner)) {
    const parent = parentOf(rootOf(ctx), owner);
    const inFlow = parent !== undefined && isFlow(parent);
    return fillEmptyValue(ctx.text, owner, [[key, value(inFlow)]], layoutOf(ctx.style()), inFlow);
  }
  if (!isMap(map) || !map.range) return undefined;
  const inFlow = isFlow(map as YamlMap);
  const unit = localUnit(ctx.style(), ownerColumn, columnAt(ctx.text, map.range[0]));
  return addEntry(ctx.text, map as YamlMap, key, value(inFlow), layoutOf(ctx.style(), unit));
}

