import { suggest } from '../util/didYouMean';
import type { Rule } from './types';

/** ORG504: `managementAccount` names no account; a member account without `joined`. */
export const org504: Rule = {
  code: 'ORG504',
  title: 'Management account not found, or member account without joined',
  defaultSeverity: 'error',
  check({ manifest, analysis, report }) {
    const management = manifest.organization?.managementAccount;
    // Without an `accounts` mapping no key can resolve: ORG002 reports that one fault.
    if (management && !analysis.managementAccount && manifest.accountsIsMapping) {
      const candidates = suggest(management.value, analysis.accountsByKey.keys());
      const hint = candidates.length > 0 ? ` Did you mean \`${candidates[0]}\`?` : ' Add the account under `accounts`, or name an existing key.';
      report({
        span: management.span,
        message: `\`managementAccount\` names \`${management.value}\`, but there is no such key under \`accounts\`.${hint}`,
        data: candidates.length > 0 ? { kind: 'replaceWith', candidates } : undefined,
      });
    }
  },
  checkAccount(account, { analysis, report }) {
    // Until the management account is known, any account without `joined` may be it: the finding on
    // `managementAccount` (ORG002 when missing, ORG504 above) is the one fault to report.
    if (!analysis.managementAccount) return;
    if (account.joinedKeySpan || account.notAMapping || analysis.isManagement(account)) return;
    report({
      span: account.keySpan,
      message: `Member account \`${account.key}\` does not say how it joined. Add \`joined: created\` or \`joined: invited\`: the rules for enabling all features differ between the two.`,
    });
  },
};
