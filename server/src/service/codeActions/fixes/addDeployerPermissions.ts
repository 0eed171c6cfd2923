/**
 * ORG701 — **Add the missing deployer permissions**. Where the deployer already scopes an action to
 * some service principals, the missing principals join that condition; the rest is granted where the
 * deployer's permissions are written: its `permissions` list grows, or its policy gets the statements
 * the least-privilege generator writes for them (same `Sid`s and conditions), or a `permissions` list
 * is added. Comments, order, quoting and indentation of the rest stay as they are.
 */
import { isMap, isScalar, isSeq } from 'yaml';
import type { Scalar } from 'yaml';
import type { DeployerNeed } from '../../deployer/requirements';
import { statementsFor } from '../../deployer/policy';
import type { PolicyStatementJson } from '../../deployer/policy';
import type { Finding } from '../../findings';
import type { PermissionHolder } from '../../model/types';
import type { YamlNode } from '../../parse/ast';
import type { Fragment, FragmentMap } from '../fragment';
import { formatScalar, layoutOf, quoted } from '../fragment';
import { addEntry, fillEmptyValue } from '../mapEdits';
import { findPair, hasEmptyValue, isFlow, mapValue, parentOf, seqValue } from '../nodes';
import type { YamlMap, YamlPair, YamlSeq } from '../nodes';
import { scalarToList } from '../scalarEdits';
import { appendItems } from '../seqEdits';
import type { Fix, FixContext, TextChange } from '../types';
import { planDeployer } from './deployerPlan';
import { listQuote } from './holderNodes';
import type { HolderNodes } from './holderNodes';
import { makeFix, rootMap, rootOf } from './shared';

export const ADD_DEPLOYER_PERMISSIONS = 'Add the missing deployer permissions';

export function addDeployerPermissionsFixes(finding: Finding, ctx: FixContext): Fix[] {
  const { manifest, analysis } = ctx.check;
  const deployer = manifest?.deployer;
  if (finding.data?.kind !== 'addDeployerPermissions' || !manifest || !analysis || !deployer) return [];
  const plan = planDeployer(manifest, analysis);
  const nodes = plan && deployerNodes(ctx);
  if (!plan || !nodes) return [];
  const widen = [...plan.widen].map(([keyOffset, principals]) => widenClause(ctx, pairWithKeyIn(nodes.pair.value, keyOffset), principals));
  const grant = plan.grant.length > 0 ? grantChanges(ctx, deployer, nodes, plan.grant) : [];
  // Widening comes first: at the end of the last statement, it precedes a statement appended after it.
  return makeFix(ctx, ADD_DEPLOYER_PERMISSIONS, [...widen, ...(grant ?? [undefined])], { isPreferred: true, safe: true });
}

/**
 * The deployer's nodes, found by name: it is a top-level key, the first of its name counts (as in the
 * model), and an offset lookup could land on the end of the section before it.
 */
function deployerNodes(ctx: FixContext): HolderNodes | undefined {
  const pair = findPair(rootMap(ctx), 'deployer');
  const holder = mapValue(pair);
  return pair && { pair, permissions: findPair(holder, 'permissions'), statements: findPair(mapValue(findPair(holder, 'policy')), 'Statement') };
}

/** The pair under `node` whose key starts at `offset` (a condition key the model located). */
function pairWithKeyIn(node: unknown, offset: number): YamlPair | undefined {
  if (isSeq(node)) {
    for (const item of (node as YamlSeq).items) {
      const found = pairWithKeyIn(item, offset);
      if (found) return found;
    }
  } else if (isMap(node)) {
    for (const pair of (node as YamlMap).items) {
      if ((pair.key as YamlNode | null)?.range?.[0] === offset) return pair;
      const found = pairWithKeyIn(pair.value, offset);
      if (found) return found;
    }
  }
  return undefined;
}

/** The principals join the clause's values: a list grows, one value becomes a flow list. */
function widenClause(ctx: FixContext, pair: YamlPair | undefined, principals: readonly string[]): TextChange | undefined {
  const value = pair?.value as YamlNode | null | undefined;
  if (isSeq(value)) return appendValues(ctx, value as YamlSeq, principals);
  if (isScalar(value) && typeof value.value === 'string') return scalarToList(ctx.text, value as Scalar, principals.map((p) => formatScalar(p, ctx.style().quote, true)));
  return undefined;
}

function grantChanges(ctx: FixContext, deployer: PermissionHolder, nodes: HolderNodes, needs: readonly DeployerNeed[]): (TextChange | undefined)[] | undefined {
  const actions = [...new Set(needs.map((need) => need.action))];
  if (nodes.permissions) {
    const list = seqValue(nodes.permissions);
    return list ? [appendValues(ctx, list, actions)] : undefined;
  }
  const statements = seqValue(nodes.statements);
  if (statements) return [appendItems(ctx.text, statements, newStatements(ctx, deployer, needs, isFlow(statements)), layoutOf(ctx.style()))];
  return [addPermissions(ctx, nodes, actions)];
}

function appendValues(ctx: FixContext, seq: YamlSeq, values: readonly string[]): TextChange | undefined {
  const quote = listQuote(seq);
  // New entries are quoted as the list's last one is.
  const items = values.map((value) => (quote ? quoted(value, quote) : formatScalar(value, ctx.style().quote, isFlow(seq))));
  return appendItems(ctx.text, seq, items, layoutOf(ctx.style()));
}

/** The generator's statements for these needs, as YAML in the list's style, with `Sid`s not yet used. */
function newStatements(ctx: FixContext, deployer: PermissionHolder, needs: readonly DeployerNeed[], flow: boolean): Fragment[] {
  const used = new Set((deployer.policy?.statements ?? []).flatMap((s) => (s.sid ? [s.sid.value] : [])));
  return statementsFor(needs).map((statement) => statementFragment(ctx, { ...statement, Sid: freeSid(statement.Sid, used) }, flow));
}

function freeSid(sid: string, used: Set<string>): string {
  let candidate = sid;
  for (let n = 2; used.has(candidate); n++) candidate = `${sid}${n}`;
  used.add(candidate);
  return candidate;
}

function statementFragment(ctx: FixContext, statement: PolicyStatementJson, flow: boolean): FragmentMap {
  const scalar = (value: string) => formatScalar(value, ctx.style().quote, true);
  const list = (values: string | readonly string[]): Fragment => (typeof values === 'string' ? scalar(values) : values.length === 1 ? scalar(values[0]!) : { items: values.map(scalar), flow: true });
  const entries: [string, Fragment][] = [
    ['Sid', scalar(statement.Sid)],
    ['Effect', 'Allow'],
    ['Action', list(statement.Action)],
    ['Resource', list(statement.Resource)],
  ];
  const condition = statement.Condition?.StringEquals;
  if (condition) {
    const keys = Object.entries(condition).map(([key, values]): [string, Fragment] => [key, list(values)]);
    entries.push(['Condition', { entries: [['StringEquals', { entries: keys, flow }]], flow }]);
  }
  return { entries, flow };
}

/** A `permissions` list for a deployer that has neither one nor a policy `Statement` list. */
function addPermissions(ctx: FixContext, nodes: HolderNodes, actions: readonly string[]): TextChange | undefined {
  const root = rootOf(ctx);
  const value = nodes.pair.value as YamlNode | null;
  const parent = parentOf(root, nodes.pair);
  const inFlow = (parent !== undefined && isFlow(parent)) || (isMap(value) && isFlow(value as YamlMap));
  const flow = inFlow || ctx.style().flowPermissions;
  const permissions: Fragment = { items: actions.map((a) => formatScalar(a, ctx.style().quote, flow)), flow };
  if (hasEmptyValue(nodes.pair)) return fillEmptyValue(ctx.text, nodes.pair, [['permissions', permissions]], layoutOf(ctx.style()), parent !== undefined && isFlow(parent));
  return isMap(value) ? addEntry(ctx.text, value as YamlMap, 'permissions', permissions, layoutOf(ctx.style())) : undefined;
}
