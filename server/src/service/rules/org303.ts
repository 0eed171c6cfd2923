import { lookupPrincipal } from '../../data/catalog';
import type { Rule } from './types';

/**
 * ORG303: a `delegatedAdministrator` that cannot be registered: the service has no delegated
 * administration, or its trusted access is `enabled: false`. Unknown principals are ORG301's.
 */
export const org303: Rule = {
  code: 'ORG303',
  title: 'Delegated administrator not possible for this service',
  defaultSeverity: 'error',
  check({ manifest, report }) {
    for (const trusted of manifest.trustedAccess) {
      const administrator = trusted.delegatedAdministrator;
      const service = lookupPrincipal(trusted.principal)?.service;
      if (!administrator || !service) continue;
      if (!service.delegatedAdmin.supported) {
        report({
          span: administrator.span,
          message: `${service.name} (\`${trusted.principal}\`) does not support a delegated administrator, so \`${administrator.value}\` cannot be registered for it. Remove \`delegatedAdministrator\` and manage the service from the management account.`,
          related: [{ span: trusted.keySpan, message: `Trusted access for ${service.name}.` }],
        });
      } else if (!trusted.enabled) {
        report({
          span: administrator.span,
          message: `Trusted access for ${service.name} (\`${trusted.principal}\`) is \`enabled: false\`, and a delegated administrator can only be registered while it is enabled. Remove \`enabled: false\`, or remove \`delegatedAdministrator\`.`,
          related: trusted.enabledValue ? [{ span: trusted.enabledValue.span, message: 'Trusted access is disabled here.' }] : [],
        });
      }
    }
  },
};
