import { ORGANIZATIONS_PRINCIPAL } from '../model/analysis';
import { isKnownPrincipal, lookupPrincipal } from '../../data/catalog';
import { suggestPrincipals } from './trustedServices';
import type { Rule } from './types';

/**
 * ORG301: a `trustedAccess` key that is neither a service's principal nor a related principal in
 * the catalog (SPEC §4 "Names"). Principals are case-sensitive, so a case difference is reported too.
 */
export const org301: Rule = {
  code: 'ORG301',
  title: 'Unknown service principal',
  defaultSeverity: 'error',
  check({ manifest, report }) {
    for (const trusted of manifest.trustedAccess) {
      if (isKnownPrincipal(trusted.principal)) continue;
      const candidates = suggestPrincipals(trusted.principal);
      report({
        span: trusted.keySpan,
        message: `${unknownSentence(trusted.principal)}${hint(trusted.principal, candidates)}`,
        data: candidates.length > 0 ? { kind: 'replaceWith', candidates } : undefined,
      });
    }
  },
};

function unknownSentence(principal: string): string {
  if (principal === ORGANIZATIONS_PRINCIPAL) {
    return `\`${principal}\` is AWS Organizations itself, not a service that trusted access is enabled for.`;
  }
  return `\`${principal}\` is not the service principal of any AWS service that integrates with AWS Organizations, so \`EnableAWSServiceAccess\` would reject it.`;
}

function hint(principal: string, candidates: readonly string[]): string {
  const best = candidates[0];
  if (best === undefined) {
    return principal === ORGANIZATIONS_PRINCIPAL
      ? ' Remove this entry.'
      : " Check the spelling against the service's documentation; completion lists the known principals.";
  }
  const service = lookupPrincipal(best)?.service.name;
  const named = service ? ` (${service})` : '';
  if (best.toLowerCase() === principal.toLowerCase()) return ` Service principals are case-sensitive: write \`${best}\`${named}.`;
  return ` Did you mean \`${best}\`${named}?`;
}
