/**
 * What an account's administrator must be allowed to do while all features are being enabled
 * (SPEC §1, §3): shared by ORG201, ORG202 and ORG204 so the three always agree.
 */
import { evaluate } from '../iam';
import type { Decision } from '../iam';
import type { RelatedInfo } from '../findings';
import { ORGANIZATIONS_PRINCIPAL, ORGANIZATIONS_SLR } from '../model/analysis';
import type { Analysis } from '../model/analysis';
import type { Account } from '../model/types';
import type { Span } from '../text/span';

export const ACCEPT_HANDSHAKE = 'organizations:AcceptHandshake';
export const CREATE_SLR = 'iam:CreateServiceLinkedRole';

export interface HandshakeDuty {
  /** The handshake the account receives, or undefined when it is not asked anything. */
  readonly handshake?: 'APPROVE_ALL_FEATURES' | 'ADD_ORGANIZATIONS_SERVICE_LINKED_ROLE';
  /** The Organizations role is deleted, so accepting re-creates it. */
  readonly recreatesRole: boolean;
}

/** Which accounts the handshake rules look at: members, while the upgrade is planned, not yet done. */
export function accountsToCheck(accounts: readonly Account[], analysis: Analysis): Account[] {
  return accounts.filter((a) => isCheckedForUpgrade(a, analysis));
}

export function isCheckedForUpgrade(account: Account, analysis: Analysis): boolean {
  return analysis.upgradePlanned && account.joined !== undefined && !analysis.isManagement(account) && !analysis.approvalDone(account);
}

export function handshakeDuty(account: Account, analysis: Analysis): HandshakeDuty {
  const recreatesRole = analysis.organizationsRoleDeleted(account);
  if (account.joined?.value === 'invited') return { handshake: 'APPROVE_ALL_FEATURES', recreatesRole };
  if (recreatesRole) return { handshake: 'ADD_ORGANIZATIONS_SERVICE_LINKED_ROLE', recreatesRole };
  return { recreatesRole };
}

function managementAccountId(analysis: Analysis): string {
  const id = analysis.managementAccount?.id;
  return id && !id.isNumber && /^\d{12}$/.test(id.value) ? id.value : '*';
}

export function mayAcceptHandshake(account: Account, duty: HandshakeDuty, analysis: Analysis): Decision {
  const segment = (duty.handshake ?? 'APPROVE_ALL_FEATURES').toLowerCase();
  return evaluate(account.administrator, {
    action: ACCEPT_HANDSHAKE,
    // The organization and handshake ids are unknown: wildcards stand for them.
    resource: `arn:aws:organizations::${managementAccountId(analysis)}:handshake/o-*/${segment}/h-*`,
    // SPEC §4 "Administrators": an `iam:AWSServiceName` condition is evaluated against
    // organizations.amazonaws.com for every action, so one scoped to another service grants nothing here.
    context: { 'iam:AWSServiceName': ORGANIZATIONS_PRINCIPAL },
  });
}

export function mayCreateOrganizationsRole(account: Account): Decision {
  const id = account.id && !account.id.isNumber && /^\d{12}$/.test(account.id.value) ? account.id.value : '*';
  return evaluate(account.administrator, {
    action: CREATE_SLR,
    resource: `arn:aws:iam::${id}:role/aws-service-role/${ORGANIZATIONS_PRINCIPAL}/${ORGANIZATIONS_SLR}`,
    context: { 'iam:AWSServiceName': ORGANIZATIONS_PRINCIPAL },
  });
}

/** Where administrator findings go (SPEC Precision): the `administrator` key, else the account key. */
export function administratorSpan(account: Account): Span {
  return account.administrator?.keySpan ?? account.keySpan;
}

/**
 * Why the administrator may not do `action`, and what to do: the end of an ORG201/ORG202 message,
 * plus the related places and the Deny entries a fix could remove.
 */
export function explainRefusal(
  account: Account,
  decision: Decision,
  action: string,
): { sentence: string; related: RelatedInfo[]; deniedBy?: { action: string; span: Span }[] } {
  if (!account.administrator) {
    return {
      sentence: `the account declares no \`administrator\`, so nobody there is allowed \`${action}\`. Add an \`administrator\` with \`permissions: [${action}]\`.`,
      related: [],
    };
  }
  const deny = decision.allowed ? undefined : decision.deniedBy;
  if (deny) {
    const span = deny.matchedAction?.span ?? deny.statement?.effect?.span ?? deny.statement?.span;
    return {
      sentence: `its administrator is denied \`${action}\` by a \`Deny\` statement. Remove the action from that \`Deny\`, or narrow it.`,
      related: span ? [{ span, message: `This \`Deny\` statement blocks \`${action}\`.` }] : [],
      deniedBy: deny.matchedAction ? [{ action: deny.matchedAction.value, span: deny.matchedAction.span }] : undefined,
    };
  }
  const where = account.administrator.policy && !account.administrator.permissionsKeySpan ? 'an `Allow` statement of its policy' : '`administrator.permissions`';
  return {
    sentence: `its administrator is not allowed \`${action}\` (no statement allows it). Add \`${action}\` to ${where}.`,
    related: [],
  };
}

export function upgradeRelated(analysis: Analysis): RelatedInfo[] {
  const desired = analysis.desiredFeatureSet;
  return desired ? [{ span: desired.span, message: 'Enabling all features is planned here (`currentFeatureSet: CONSOLIDATED_BILLING`).' }] : [];
}
