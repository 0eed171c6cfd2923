/**
 * The Markdown that describes an account (hover on an account key or a reference to one): its id,
 * how it joined, its OU, and what its administrator may do about the all-features handshakes,
 * decided by the same code as ORG201/ORG202 (../rules/handshakePermissions.ts).
 */
import type { Decision } from '../iam';
import type { Analysis } from '../model/analysis';
import { ORGANIZATIONS_SLR } from '../model/analysis';
import type { Account, Manifest } from '../model/types';
import { ACCEPT_HANDSHAKE, CREATE_SLR, handshakeDuty, mayAcceptHandshake, mayCreateOrganizationsRole } from '../rules/handshakePermissions';
import type { HandshakeDuty } from '../rules/handshakePermissions';
import { bullets, code, link, paragraphs } from './markdown';

const ALL_FEATURES_DOCS = 'https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_org_support-all-features.html';
const MANAGEMENT_DOCS = 'https://docs.aws.amazon.com/organizations/latest/userguide/orgs_best-practices_mgmt-acct.html';

const MANAGEMENT_NOTE =
  'The management account owns the organization: it answers no all-features handshake, SCPs never apply to it, and it cannot be a delegated administrator.';

export function accountMarkdown(account: Account, manifest: Manifest, analysis: Analysis): string {
  const management = analysis.isManagement(account);
  const role = management ? 'management account' : 'member account';
  const name = account.name ? ` — ${account.name.value}` : '';
  return paragraphs(
    `**Account ${code(account.key)}** · ${role}${name}`,
    bullets(facts(account, management)),
    management ? MANAGEMENT_NOTE : handshakeText(account, analysis),
    delegatedAdminText(account, manifest),
    management ? link('Best practices for the management account', MANAGEMENT_DOCS) : link('Enabling all features', ALL_FEATURES_DOCS),
  );
}

function facts(account: Account, management: boolean): string[] {
  const id = account.id
    ? account.id.isNumber
      ? `${code(account.id.source)} — written as a YAML number, so leading zeros are lost (ORG502)`
      : code(account.id.value)
    : account.joined?.value === 'created'
      ? 'none yet: the deployer is to create this account'
      : 'missing';
  const joined = management ? 'it created the organization' : account.joined ? JOINED[account.joined.value] : 'not declared (ORG504)';
  const roleState = account.serviceLinkedRoles.find((role) => role.name.toLowerCase() === ORGANIZATIONS_SLR.toLowerCase())?.state?.value ?? 'present';
  return [
    `**ID:** ${id}`,
    `**Joined:** ${joined}`,
    `**OU:** ${account.ou ? code(account.ou.value) : 'the root'}`,
    ...(account.email ? [`**Email:** ${account.email.value}`] : []),
    `**${code(ORGANIZATIONS_SLR)}:** ${roleState}`,
  ];
}

const JOINED = { created: 'created in the organization', invited: 'invited, and accepted the invitation' } as const;

function handshakeText(account: Account, analysis: Analysis): string {
  const duty = handshakeDuty(account, analysis);
  const accept = mayAcceptHandshake(account, duty, analysis);
  const create = mayCreateOrganizationsRole(account);
  const permissions = `**Its administrator, for enabling all features:**\n\n${bullets([
    `${code(ACCEPT_HANDSHAKE)}: ${decisionText(account, accept)}`,
    `${code(CREATE_SLR)} (for ${code(ORGANIZATIONS_SLR)}): ${decisionText(account, create)}`,
  ])}`;
  return paragraphs(permissions, needText(account, analysis, duty, { accept, create }));
}

function decisionText(account: Account, decision: Decision): string {
  if (!account.administrator) return 'not allowed (no `administrator`)';
  if (decision.allowed) {
    const { source, statement } = decision.allowedBy;
    return source === 'permissions' ? 'allowed by `permissions`' : `allowed by ${statementName(statement?.sid?.value, 'an `Allow`')}`;
  }
  const deny = decision.deniedBy;
  return deny ? `denied by ${statementName(deny.statement?.sid?.value, 'a `Deny`')}` : 'not allowed (no statement allows it)';
}

function statementName(sid: string | undefined, unnamed: string): string {
  return sid ? `the statement ${code(sid)}` : `${unnamed} statement`;
}

/** What enabling all features asks of this account, and whether its administrator can do it. */
function needText(account: Account, analysis: Analysis, duty: HandshakeDuty, decisions: { accept: Decision; create: Decision }): string {
  if (analysis.approvalDone(account)) return '**Needed:** nothing more — the account has already agreed to all features (an `ACCEPTED` handshake).';
  if (!duty.handshake) return '**Needed:** nothing — a created account whose Organizations role is intact is not asked to agree to all features.';
  const actions = duty.recreatesRole ? `${code(ACCEPT_HANDSHAKE)} and ${code(CREATE_SLR)}` : code(ACCEPT_HANDSHAKE);
  const blocking = [!decisions.accept.allowed && 'ORG201', duty.recreatesRole && !decisions.create.allowed && 'ORG202'].filter(Boolean);
  const verdict = blocking.length === 0 ? 'its administrator can do it.' : `its administrator cannot do it yet (${blocking.join(', ')}).`;
  const when = analysis.upgradePlanned ? '' : ' once enabling all features is planned';
  return `**Needed${when}:** accepting ${code(duty.handshake)}, which takes ${actions} — ${verdict}`;
}

function delegatedAdminText(account: Account, manifest: Manifest): string | undefined {
  const services = manifest.trustedAccess.filter((trusted) => trusted.delegatedAdministrator?.value === account.key).map((trusted) => code(trusted.principal));
  return services.length > 0 ? `**Delegated administrator for:** ${services.join(', ')}` : undefined;
}
