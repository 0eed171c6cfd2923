import { findServiceByPrincipal, findServiceLinkedRole } from '../../data/catalog';
import type { SlrScope } from '../../data/catalog';
import type { Analysis } from '../model/analysis';
import type { Account, Manifest, TrustedService } from '../model/types';
import type { Rule } from './types';

/**
 * ORG103: a service-linked role of a service with enabled trusted access is declared deleted in an
 * account where the service needs it (the role's catalog scope: every account, the management
 * account, or member accounts; a role created only for an optional feature is never required).
 */
export const org103: Rule = {
  code: 'ORG103',
  title: "A trusted service's service-linked role is declared deleted",
  defaultSeverity: 'error',
  checkAccount(account, { manifest, analysis, report }) {
    const enabledByServiceId = enabledServices(manifest);
    if (enabledByServiceId.size === 0) return;
    for (const role of account.serviceLinkedRoles) {
      if (role.state?.value !== 'deleted') continue;
      const use = findServiceLinkedRole(role.name)?.uses.find(
        (u) => enabledByServiceId.has(u.service.id) && neededIn(u.role.scope, account, analysis),
      );
      if (!use) continue;
      const trusted = enabledByServiceId.get(use.service.id)!;
      report({
        span: role.state.span,
        message: `\`${use.role.name}\` is deleted in account \`${account.key}\`, but trusted access for ${use.service.name} (\`${trusted.principal}\`) is enabled and the service needs this role to work in the account. Restore it (\`present\`), or disable the integration.`,
        related: [{ span: trusted.keySpan, message: `Trusted access for ${use.service.name} is enabled here.` }],
        data: { kind: 'restoreRole' },
      });
    }
  },
};

/** The enabled trusted services by catalog id, worked out once per manifest (every account asks). */
const ENABLED_SERVICES = new WeakMap<Manifest, Map<string, TrustedService>>();

function enabledServices(manifest: Manifest): Map<string, TrustedService> {
  let enabled = ENABLED_SERVICES.get(manifest);
  if (!enabled) {
    enabled = new Map<string, TrustedService>();
    for (const trusted of manifest.trustedAccess) {
      const service = trusted.enabled ? findServiceByPrincipal(trusted.principal) : undefined;
      if (service && !enabled.has(service.id)) enabled.set(service.id, trusted);
    }
    ENABLED_SERVICES.set(manifest, enabled);
  }
  return enabled;
}

/** Whether the service needs a role of this scope in the account. */
function neededIn(scope: SlrScope, account: Account, analysis: Analysis): boolean {
  switch (scope) {
    case 'all-accounts':
      return true;
    case 'management':
      return analysis.isManagement(account);
    case 'members':
      return !analysis.isManagement(account);
    case 'conditional':
      return false;
  }
}
