/**
 * Facts derived from the model that several rules need: computed once per check, in linear time,
 * so no rule has to scan the whole manifest again (a 20,000-account file must stay fast).
 */
import { ORGANIZATIONS_SLR as ORGANIZATIONS_ROLE } from '../../data/catalog';
import type { Account, FeatureSet, Handshake, Located, Manifest, SlrDeclaration } from './types';

export const ORGANIZATIONS_SLR = ORGANIZATIONS_ROLE.name;
export const ORGANIZATIONS_PRINCIPAL = ORGANIZATIONS_ROLE.principal;
/** Above this many accounts, AWS does not offer the standard enable-all-features process. */
export const ALL_FEATURES_ACCOUNT_LIMIT = 5000;

export interface Analysis {
  readonly accountsByKey: ReadonlyMap<string, Account>;
  readonly managementAccount?: Account;
  readonly desiredFeatureSet?: Located<FeatureSet>;
  /** `currentFeatureSet`, or `featureSet` when it is absent. */
  readonly currentFeatureSet?: FeatureSet;
  /** The span that states the current feature set (for related information). */
  readonly currentFeatureSetSpan?: Located<FeatureSet>['span'];
  /** Enabling all features is planned: current CONSOLIDATED_BILLING, desired ALL. */
  readonly upgradePlanned: boolean;
  readonly handshakesByAccount: ReadonlyMap<string, readonly Handshake[]>;
  isManagement(account: Account): boolean;
  /** The declaration of `AWSServiceRoleForOrganizations` in an account, when there is one. */
  organizationsRole(account: Account): SlrDeclaration | undefined;
  organizationsRoleDeleted(account: Account): boolean;
  /** The account already agreed to all features: an ACCEPTED approval handshake exists. */
  approvalDone(account: Account): boolean;
}

export function analyze(manifest: Manifest): Analysis {
  const accountsByKey = new Map<string, Account>();
  for (const account of manifest.accounts) accountsByKey.set(account.key, account);

  const org = manifest.organization;
  const managementAccount = org?.managementAccount ? accountsByKey.get(org.managementAccount.value) : undefined;
  const current = org?.currentFeatureSet ?? org?.featureSet;
  const upgradePlanned = current?.value === 'CONSOLIDATED_BILLING' && org?.featureSet?.value === 'ALL';

  const handshakesByAccount = new Map<string, Handshake[]>();
  for (const handshake of manifest.handshakes) {
    if (!handshake.account) continue;
    const list = handshakesByAccount.get(handshake.account.value) ?? [];
    list.push(handshake);
    handshakesByAccount.set(handshake.account.value, list);
  }

  const organizationsRole = (account: Account): SlrDeclaration | undefined =>
    account.serviceLinkedRoles.find((role) => role.name.toLowerCase() === ORGANIZATIONS_SLR.toLowerCase());

  return {
    accountsByKey,
    managementAccount,
    desiredFeatureSet: org?.featureSet,
    currentFeatureSet: current?.value,
    currentFeatureSetSpan: current?.span,
    upgradePlanned,
    handshakesByAccount,
    isManagement: (account) => account === managementAccount,
    organizationsRole,
    organizationsRoleDeleted: (account) => organizationsRole(account)?.state?.value === 'deleted',
    approvalDone: (account) =>
      (handshakesByAccount.get(account.key) ?? []).some(
        (h) =>
          h.state?.value === 'ACCEPTED' &&
          (h.type?.value === 'APPROVE_ALL_FEATURES' ||
            (h.type?.value === 'ADD_ORGANIZATIONS_SERVICE_LINKED_ROLE' && account.joined?.value === 'created')),
      ),
  };
}
