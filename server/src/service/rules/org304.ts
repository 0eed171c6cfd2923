import type { CatalogService } from '../../data/catalog';
import type { Located, TrustedService } from '../model/types';
import { suggest } from '../util/didYouMean';
import { describeTrusted, serviceOf } from './trustedServices';
import type { Rule, RuleContext } from './types';

/** ORG304: a `delegatedAdministrator` that is the management account, or names no account. */
export const org304: Rule = {
  code: 'ORG304',
  title: 'Delegated administrator is the management account or unknown',
  defaultSeverity: 'error',
  check(ctx) {
    for (const trusted of ctx.manifest.trustedAccess) {
      const administrator = trusted.delegatedAdministrator;
      if (!administrator) continue;
      const account = ctx.analysis.accountsByKey.get(administrator.value);
      if (account && ctx.analysis.isManagement(account)) reportManagement(ctx, trusted, administrator);
      // Without an `accounts` mapping no key can resolve: ORG002 reports that one fault.
      else if (!account && ctx.manifest.accountsIsMapping) reportUnknown(ctx, trusted, administrator);
    }
  },
};

function reportManagement({ manifest, report }: RuleContext, trusted: TrustedService, administrator: Located<string>): void {
  // The account is the management account because `managementAccount` names it.
  const named = manifest.organization?.managementAccount;
  report({
    span: administrator.span,
    message: `\`${administrator.value}\` is the management account, which cannot be registered as an Organizations delegated administrator for ${describeTrusted(trusted)}: a delegated administrator is a member account.${selfAdminNote(serviceOf(trusted))} Name a member account here, such as a security or tooling account.`,
    related: named ? [{ span: named.span, message: 'The management account is named here.' }] : [],
  });
}

/** GuardDuty, Security Hub, Detective…: the service's own API lets the management account administer it. */
function selfAdminNote(service: CatalogService | undefined): string {
  if (!service?.delegatedAdmin.managementAccountSelfAdmin) return '';
  const api = service.delegatedAdmin.serviceApi;
  const through = api ? `its own API (\`${api}\`)` : 'its own console or API';
  return ` ${service.name} does let the management account act as its administrator through ${through} (AWS does not recommend it), but that is not an Organizations delegated administrator.`;
}

function reportUnknown({ analysis, report }: RuleContext, trusted: TrustedService, administrator: Located<string>): void {
  const members = [...analysis.accountsByKey.values()].filter((account) => !analysis.isManagement(account)).map((account) => account.key);
  const candidates = suggest(administrator.value, members);
  const hint = candidates.length > 0 ? ` Did you mean \`${candidates[0]}\`?` : ' Add the account under `accounts`, or name an existing member account.';
  report({
    span: administrator.span,
    message: `The delegated administrator of ${describeTrusted(trusted)} is \`${administrator.value}\`, but there is no such key under \`accounts\`.${hint}`,
    data: candidates.length > 0 ? { kind: 'replaceWith', candidates } : undefined,
  });
}
