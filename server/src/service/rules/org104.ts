import { allServiceLinkedRoleNames, findServiceLinkedRole } from '../../data/catalog';
import { suggest } from '../util/didYouMean';
import type { Rule } from './types';

/** ORG104: a service-linked role name the catalog does not know (names compare without case). */
export const org104: Rule = {
  code: 'ORG104',
  title: 'Unknown service-linked role name',
  defaultSeverity: 'warning',
  checkAccount(account, { report }) {
    for (const role of account.serviceLinkedRoles) {
      if (findServiceLinkedRole(role.name)) continue;
      const candidates = suggest(role.name, allServiceLinkedRoleNames());
      const hint = candidates.length > 0 ? ` Did you mean \`${candidates[0]}\`?` : ' Check the spelling against the service\'s documentation.';
      report({
        span: role.keySpan,
        message: `\`${role.name}\` is not a service-linked role of any service that integrates with AWS Organizations.${hint}`,
        data: candidates.length > 0 ? { kind: 'replaceWith', candidates } : undefined,
      });
    }
  },
};
