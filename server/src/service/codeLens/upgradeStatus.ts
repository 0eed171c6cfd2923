/**
 * Where enabling all features stands (SPEC §6 code lens on `featureSet`): the handshakes still to be
 * answered and the accounts whose administrator cannot answer them. Computed with the same helpers as
 * ORG201 and ORG202, so "not ready" means exactly an account those rules report (suppressed or not).
 */
import type { Analysis } from '../model/analysis';
import type { Account } from '../model/types';
import { accountsToCheck, handshakeDuty, mayAcceptHandshake, mayCreateOrganizationsRole } from '../rules/handshakePermissions';

export interface UpgradeStatus {
  /** Member accounts that receive a handshake: invited ones, and created ones whose Organizations role was deleted. */
  readonly handshakes: number;
  /** Of those, the accounts whose administrator lacks a permission the handshake needs (ORG201 / ORG202). */
  readonly notReady: number;
}

/** Undefined unless enabling all features is planned. */
export function upgradeStatus(accounts: readonly Account[], analysis: Analysis): UpgradeStatus | undefined {
  if (!analysis.upgradePlanned) return undefined;
  let handshakes = 0;
  let notReady = 0;
  for (const account of accountsToCheck(accounts, analysis)) {
    const duty = handshakeDuty(account, analysis);
    if (!duty.handshake) continue;
    handshakes++;
    const accepts = mayAcceptHandshake(account, duty, analysis).allowed;
    const recreates = !duty.recreatesRole || mayCreateOrganizationsRole(account).allowed;
    if (!accepts || !recreates) notReady++;
  }
  return { handshakes, notReady };
}
