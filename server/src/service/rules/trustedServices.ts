/**
 * What the trusted-access rules (ORG301–ORG306) share: the catalog entry behind a `trustedAccess`
 * key, and did-you-mean over the known principals.
 */
import { allServices, lookupPrincipal } from '../../data/catalog';
import type { CatalogService } from '../../data/catalog';
import type { TrustedService } from '../model/types';
import { suggest } from '../util/didYouMean';

/** IAM Identity Center's principal: the integration `identityCenter` depends on (ORG305). */
export const SSO_PRINCIPAL = 'sso.amazonaws.com';

/**
 * Every known principal, the services' own principals first: on a tie in edit distance, a typo is
 * more likely meant for a principal that trusted access is enabled with than for a related one.
 */
const PRINCIPALS_FOR_SUGGESTIONS: readonly string[] = [
  ...allServices().flatMap((service) => service.principals),
  ...allServices().flatMap((service) => service.relatedPrincipals.map((related) => related.principal)),
].filter((principal, index, all) => all.indexOf(principal) === index);

/** Known principals close to `principal`, best first; only the one it is when just the case differs. */
export function suggestPrincipals(principal: string): string[] {
  const candidates = suggest(principal, PRINCIPALS_FOR_SUGGESTIONS);
  const sameButCase = candidates[0]?.toLowerCase() === principal.toLowerCase();
  return sameButCase ? candidates.slice(0, 1) : candidates;
}

/** The catalog service a `trustedAccess` key names (by principal or related principal). */
export function serviceOf(trusted: TrustedService): CatalogService | undefined {
  return lookupPrincipal(trusted.principal)?.service;
}

/** "IAM Identity Center (`sso.amazonaws.com`)", or just the principal for unknown ones. */
export function describeTrusted(trusted: TrustedService): string {
  const service = serviceOf(trusted);
  return service ? `${service.name} (\`${trusted.principal}\`)` : `\`${trusted.principal}\``;
}
