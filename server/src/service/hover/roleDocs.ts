/** The Markdown that describes a service-linked role name (hover, and SLR completion documentation). */
import { ORGANIZATIONS_SLR, findServiceByPrincipal, findServiceLinkedRole } from '../../data/catalog';
import type { ServiceLinkedRoleUse } from '../../data/catalog';
import type { Manifest } from '../model/types';
import { code, link, paragraphs } from './markdown';
import { roleScopeText } from './principalDocs';

const SLR_DOCS = 'https://docs.aws.amazon.com/IAM/latest/UserGuide/using-service-linked-roles.html';
const SCP_NOTE = 'Service-linked roles are never affected by service control policies.';

/** Hover text for a role name, or undefined when no known role has that name (in any case). */
export function serviceLinkedRoleMarkdown(name: string, manifest?: Manifest): string | undefined {
  const match = findServiceLinkedRole(name);
  if (!match) return undefined;
  const spelling = match.name === name ? undefined : `IAM compares role names without regard to case: this is ${code(match.name)}.`;
  if (match.isOrganizationsRole) {
    return paragraphs(
      `**${code(match.name)}** · service-linked role of AWS Organizations`,
      spelling,
      ORGANIZATIONS_SLR.description,
      `Only ${code(ORGANIZATIONS_SLR.principal)} can assume it; its permissions are the managed policy ${code(ORGANIZATIONS_SLR.managedPolicy)}. ${SCP_NOTE}`,
      link('Using service-linked roles', SLR_DOCS),
    );
  }
  return paragraphs(
    `**${code(match.name)}** · service-linked role`,
    spelling,
    ...match.uses.map((use) => useText(use, manifest)),
    SCP_NOTE,
    link('Using service-linked roles', SLR_DOCS),
  );
}

function useText({ service, role }: ServiceLinkedRoleUse, manifest: Manifest | undefined): string {
  const principal = service.principals[0];
  const owner = `Used by **${service.name}**${principal ? ` (${code(principal)})` : ''} in ${roleScopeText(role)}.`;
  return [owner, role.note, trustedAccessState(service.id, manifest), link(`${service.name} and AWS Organizations`, service.docUrl)]
    .filter(Boolean)
    .join(' ');
}

/** Whether this manifest enables the service: the context that makes a deleted role an ORG103 error. */
function trustedAccessState(serviceId: string, manifest: Manifest | undefined): string | undefined {
  if (!manifest) return undefined;
  const entries = manifest.trustedAccess.filter((trusted) => findServiceByPrincipal(trusted.principal)?.id === serviceId);
  if (entries.length === 0) return 'This manifest does not enable its trusted access.';
  return entries.some((trusted) => trusted.enabled)
    ? 'This manifest enables its trusted access, so the role must not be deleted where it is needed (ORG103).'
    : 'This manifest records its trusted access as `enabled: false`.';
}
