import type { Account, Located, Manifest } from '../model/types';
import type { NameContext } from '../navigation/nameRules';
import { ROOT_TARGET } from '../navigation/nameRules';
import { closeNames } from './closeNames';
import { manifestNames, scpTargetKind } from './scpTargets';
import type { Rule, RuleContext } from './types';

/**
 * ORG406: a reference that does not resolve: an SCP target (`Root`, an OU path or an account key),
 * an account's `ou`, an Identity Center assignment's `account` or `permissionSet`, a handshake's
 * `account`. `delegatedAdministrator` (ORG304) and `managementAccount` (ORG504) have their own rules;
 * without an `accounts` mapping no account key can resolve, and ORG002 reports that one fault.
 */
export const org406: Rule = {
  code: 'ORG406',
  title: 'Reference to an account, OU or permission set that does not exist',
  defaultSeverity: 'error',
  check(ctx) {
    const names = manifestNames(ctx.manifest);
    const accounts = ctx.manifest.accountsIsMapping === true;
    if (accounts) checkTargets(ctx, names);
    if (accounts) checkAccountReferences(ctx, names);
    checkPermissionSets(ctx);
  },
  checkAccount: checkOu,
};

function checkTargets(ctx: RuleContext, names: NameContext): void {
  const closest = closestIn(names, () => [ROOT_TARGET, ...names.ouPaths, ...names.accountKeys]);
  for (const scp of ctx.manifest.serviceControlPolicies) {
    for (const target of scp.targets) {
      if (scpTargetKind(ctx.manifest, target.value) !== 'unresolved') continue;
      const message = `SCP \`${scp.name}\` targets \`${target.value}\`, which is not \`Root\`, the path of an OU or an account key: the policy would be attached nowhere.`;
      unresolved(ctx, target, message, closest(target.value));
    }
  }
}

function checkOu(account: Account, ctx: RuleContext): void {
  const ou = account.ou;
  if (!ou) return;
  const names = manifestNames(ctx.manifest);
  if (names.ouPaths.has(ou.value)) return;
  const message = `Account \`${account.key}\` is placed in OU \`${ou.value}\`, but no OU has that path. An \`ou\` is the full path from the root, \`/\`-separated, of an OU under \`organizationalUnits\`.`;
  unresolved(ctx, ou, message, closestOu(ctx.manifest, names)(ou.value));
}

/** One did-you-mean memo per manifest: every account with the same wrong `ou` asks the same. */
const OU_SUGGESTIONS = new WeakMap<Manifest, (value: string) => readonly string[]>();

function closestOu(manifest: Manifest, names: NameContext): (value: string) => readonly string[] {
  let closest = OU_SUGGESTIONS.get(manifest);
  if (!closest) OU_SUGGESTIONS.set(manifest, (closest = closestIn(names, () => [...names.ouPaths])));
  return closest;
}

function checkAccountReferences(ctx: RuleContext, names: NameContext): void {
  const closest = closestIn(names, () => [...names.accountKeys], false);
  const check = (account: Located<string> | undefined, what: string) => {
    if (!account || names.accountKeys.has(account.value)) return;
    unresolved(ctx, account, `${what} \`${account.value}\`, but there is no such key under \`accounts\`.`, closest(account.value));
  };
  for (const assignment of ctx.manifest.identityCenter?.assignments ?? []) check(assignment.account, 'An Identity Center assignment is for account');
  for (const handshake of ctx.manifest.handshakes) check(handshake.account, 'A handshake is for account');
}

function checkPermissionSets(ctx: RuleContext): void {
  const center = ctx.manifest.identityCenter;
  const declared = center?.permissionSets.map((set) => set.name) ?? [];
  for (const assignment of center?.assignments ?? []) {
    const set = assignment.permissionSet;
    if (!set || declared.includes(set.value)) continue;
    const message = `An Identity Center assignment uses permission set \`${set.value}\`, but \`identityCenter.permissionSets\` declares none of that name.`;
    unresolved(ctx, set, message, closeNames(set.value, declared));
  }
}

/** OU paths that end in what is written: `Prod` for `Workloads/Prod` (a path is wanted, not a name). */
function ouPathsEndingIn(names: NameContext, written: string): string[] {
  return [...names.ouPaths].filter((path) => path.endsWith(`/${written}`));
}

/**
 * Did-you-mean among `candidates` (OU paths that end in the value first, when `paths`), remembered
 * per value: a big manifest repeats one wrong reference in many accounts.
 */
function closestIn(names: NameContext, candidates: () => readonly string[], paths = true): (value: string) => readonly string[] {
  const known = new Map<string, readonly string[]>();
  let list: readonly string[] | undefined;
  return (value) => {
    let found = known.get(value);
    if (!found) {
      list ??= candidates();
      found = [...(paths ? ouPathsEndingIn(names, value) : []), ...closeNames(value, list)];
      known.set(value, found);
    }
    return found;
  };
}

function unresolved(ctx: RuleContext, reference: Located<string>, message: string, found: readonly string[]): void {
  const candidates = [...new Set(found)].filter((c) => c !== reference.value).slice(0, 3);
  const hint = candidates.length > 0 ? ` Did you mean \`${candidates[0]}\`?` : ' Correct the reference, or declare what it names.';
  ctx.report({ span: reference.span, message: `${message}${hint}`, data: candidates.length > 0 ? { kind: 'replaceWith', candidates } : undefined });
}
