/**
 * Which accounts an SCP reaches: through `Root` every account, through an OU the accounts in it and
 * in the OUs below it, and an account named directly. SCPs never affect the management account, so
 * it is never counted; whether a target would otherwise have included it is reported alongside.
 */
import type { Analysis } from '../model/analysis';
import type { Account, Manifest, ServiceControlPolicy } from '../model/types';
import { scpTargetKind } from '../rules/scpTargets';

export interface Reach {
  /** Member accounts the SCP applies to, each once. */
  readonly accounts: number;
  /** A target includes the management account, which SCPs do not affect. */
  readonly managementExempt: boolean;
}

/** Reach of every SCP of the manifest, in document order. Linear in accounts plus distinct targets × OUs. */
export function scpReaches(manifest: Manifest, analysis: Analysis): Map<ServiceControlPolicy, Reach> {
  const byOu = accountsByOu(manifest.accounts);
  // Many SCPs share their targets: each target's accounts are collected once.
  const byTarget = new Map<string, readonly Account[]>();
  const accountsOf = (target: string): readonly Account[] => {
    let found = byTarget.get(target);
    if (!found) byTarget.set(target, (found = targetAccounts(manifest, analysis, byOu, target)));
    return found;
  };
  const reaches = new Map<ServiceControlPolicy, Reach>();
  for (const scp of manifest.serviceControlPolicies) {
    const reached = new Set<Account>();
    for (const target of scp.targets) {
      for (const account of accountsOf(target.value)) reached.add(account);
    }
    const management = analysis.managementAccount;
    const managementExempt = management !== undefined && reached.delete(management);
    reaches.set(scp, { accounts: reached.size, managementExempt });
  }
  return reaches;
}

function targetAccounts(manifest: Manifest, analysis: Analysis, byOu: ReadonlyMap<string, readonly Account[]>, target: string): readonly Account[] {
  switch (scpTargetKind(manifest, target)) {
    case 'root':
      return manifest.accounts;
    case 'account':
      return [analysis.accountsByKey.get(target)!];
    case 'ou':
      return [...byOu].flatMap(([path, accounts]) => (path === target || path.startsWith(`${target}/`) ? accounts : []));
    default:
      return [];
  }
}

/** Accounts by the OU path they are placed in (accounts without `ou` sit in the root). */
function accountsByOu(accounts: readonly Account[]): Map<string, Account[]> {
  const byOu = new Map<string, Account[]>();
  for (const account of accounts) {
    const path = account.ou?.value;
    if (path === undefined) continue;
    const list = byOu.get(path);
    if (list) list.push(account);
    else byOu.set(path, [account]);
  }
  return byOu;
}
