/**
 * The Markdown that describes a service principal: the hover on a principal and the documentation
 * of a principal completion item (the same text, so both always agree).
 */
import { ORGANIZATIONS_SLR, lookupPrincipal } from '../../data/catalog';
import type { CatalogService, ServiceLinkedRole, SlrScope } from '../../data/catalog';
import { code, link, paragraphs, bullets } from './markdown';

const SCOPE_TEXT: Readonly<Record<SlrScope, string>> = {
  'all-accounts': 'every account',
  management: 'the management account',
  members: 'member accounts',
  conditional: 'only where an optional feature is used',
};

const ORGANIZATIONS_DOCS = 'https://docs.aws.amazon.com/organizations/latest/userguide/orgs_integrate_services.html';

/** Hover text for a principal, or undefined when the catalog does not know it. */
export function principalMarkdown(principal: string): string | undefined {
  if (principal === ORGANIZATIONS_SLR.principal) return organizationsPrincipalMarkdown();
  const match = lookupPrincipal(principal);
  if (!match) return undefined;
  const { service, related } = match;
  return paragraphs(
    `**${service.name}** · ${code(principal)}`,
    related && `A related principal of ${service.name}, not its trusted-access principal: ${related.note}`,
    service.description,
    enableText(service),
    `**Disable:** ${service.disable.summary}${service.disable.caution ? ` ${service.disable.caution}` : ''}`,
    rolesText(service.serviceLinkedRoles),
    delegatedAdminText(service),
    link(`${service.name} and AWS Organizations`, service.docUrl),
  );
}

/** Where a service needs a role of this scope, in words ("every account"…); the role hover says it too. */
export function roleScopeText(role: ServiceLinkedRole): string {
  return SCOPE_TEXT[role.scope];
}

function enableText(service: CatalogService): string {
  const where = service.enable.fromServiceOnly
    ? " AWS says to turn it on from the service itself, not with Organizations' `EnableAWSServiceAccess` (ORG306)."
    : '';
  return `**Enable:** ${service.enable.summary}${where}`;
}

function rolesText(roles: readonly ServiceLinkedRole[]): string {
  if (roles.length === 0) return '**Service-linked roles:** none.';
  const items = roles.map((role) => `${code(role.name)} — in ${SCOPE_TEXT[role.scope]}${role.note ? `. ${role.note}` : ''}`);
  return `**Service-linked roles:**\n\n${bullets(items)}`;
}

function delegatedAdminText(service: CatalogService): string {
  const admin = service.delegatedAdmin;
  if (!admin.supported) return '**Delegated administrator:** not supported (ORG303).';
  const limit = admin.maxAdministrators ? ` Up to ${admin.maxAdministrators} accounts.` : '';
  return `**Delegated administrator:** supported. ${admin.how ?? ''}${limit}`.trimEnd();
}

function organizationsPrincipalMarkdown(): string {
  return paragraphs(
    `**AWS Organizations** · ${code(ORGANIZATIONS_SLR.principal)}`,
    `The principal of Organizations itself: the only one that can assume ${code(ORGANIZATIONS_SLR.name)}. It is not a service that trusted access is enabled for.`,
    link('Using AWS Organizations with other AWS services', ORGANIZATIONS_DOCS),
  );
}
