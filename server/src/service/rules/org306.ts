import { lookupPrincipal } from '../../data/catalog';
import type { Rule } from './types';

/**
 * ORG306: a service whose integration AWS says to turn on from the service's own console or API
 * (the catalog's `enable.fromServiceOnly`), not with Organizations' `EnableAWSServiceAccess`.
 * Entries with `enabled: false` turn nothing on, so they are not reported.
 */
export const org306: Rule = {
  code: 'ORG306',
  title: 'Trusted access for this service is enabled from the service itself',
  defaultSeverity: 'information',
  check({ manifest, report }) {
    for (const trusted of manifest.trustedAccess) {
      const service = lookupPrincipal(trusted.principal)?.service;
      if (!trusted.enabled || !service?.enable.fromServiceOnly) continue;
      report({
        span: trusted.keySpan,
        message: `AWS says to turn on trusted access for ${service.name} from the service itself, not with Organizations' \`EnableAWSServiceAccess\`. ${service.enable.summary} Keep this entry as the record, and make sure your deployment does not call \`EnableAWSServiceAccess\` for \`${trusted.principal}\`.`,
      });
    }
  },
};
