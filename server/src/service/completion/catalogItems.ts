/**
 * Completion items from the AWS facts: service principals and service-linked role names (IAM
 * actions: ./actionItems.ts). Their documentation is the same Markdown as the hover on them.
 */
import { ORGANIZATIONS_SLR, allServiceLinkedRoleNames, allServices, findServiceByPrincipal, findServiceLinkedRole } from '../../data/catalog';
import { principalMarkdown } from '../hover/principalDocs';
import { serviceLinkedRoleMarkdown } from '../hover/roleDocs';
import { CompletionItemKind, snippetChoice, snippetLiteral } from './items';
import type { ItemContext, ItemSpec } from './items';

interface PrincipalEntry {
  readonly principal: string;
  readonly service: string;
  readonly related: boolean;
}

/** Services' own principals first, then related ones (legacy names, the principals SLRs trust). */
const PRINCIPALS: readonly PrincipalEntry[] = [
  ...allServices().flatMap((s) => s.principals.map((principal) => ({ principal, service: s.name, related: false }))),
  ...allServices().flatMap((s) => s.relatedPrincipals.map((r) => ({ principal: r.principal, service: s.name, related: true }))),
].filter((entry, index, all) => all.findIndex((other) => other.principal === entry.principal) === index);

/** Principals as keys of `trustedAccess` (`principal: {}`), or as values (condition values). */
export function principalSpecs(ctx: ItemContext, asKey: boolean): ItemSpec[] {
  const entries = PRINCIPALS.filter((entry) => !ctx.site.presentKeys.has(entry.principal));
  return entries.map((entry) => ({
    label: entry.principal,
    kind: CompletionItemKind.Module,
    detail: entry.service,
    documentation: principalMarkdown(entry.principal),
    insert: asKey && !ctx.site.followedByColon ? `${entry.principal}: {}` : entry.principal,
    group: entry.related ? 1 : 0,
  }));
}

/** Role names under an account's `serviceLinkedRoles`: the enabled trusted services' roles first. */
export function roleSpecs(ctx: ItemContext): ItemSpec[] {
  const enabled = new Set<string>();
  for (const trusted of ctx.manifest.trustedAccess) {
    const service = trusted.enabled ? findServiceByPrincipal(trusted.principal) : undefined;
    if (service) enabled.add(service.id);
  }
  const present = new Set([...ctx.site.presentKeys].map((key) => key.toLowerCase()));
  return allServiceLinkedRoleNames()
    .filter((name) => !present.has(name.toLowerCase()))
    .map((name) => {
      const uses = findServiceLinkedRole(name)?.uses ?? [];
      const isEnabled = uses.some((use) => enabled.has(use.service.id));
      const services = uses.map((use) => use.service.name).join(', ');
      return {
        label: name,
        kind: CompletionItemKind.Interface,
        detail: name === ORGANIZATIONS_SLR.name ? 'AWS Organizations' : `${services}${isEnabled ? ' (trusted access enabled)' : ''}`,
        documentation: serviceLinkedRoleMarkdown(name, ctx.manifest),
        insert: ctx.site.followedByColon ? snippetLiteral(name) : `${snippetLiteral(name)}: ${snippetChoice(1, ['present', 'deleted'])}`,
        snippet: true,
        group: isEnabled ? 0 : name === ORGANIZATIONS_SLR.name ? 1 : 2,
      };
    });
}
