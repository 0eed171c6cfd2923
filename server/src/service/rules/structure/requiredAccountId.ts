import type { Check } from '../types';

/**
 * ORG002 for the `id` that is required only for some accounts: the management account and invited
 * accounts exist already, so AWS knows their id. A created account without one is still to be created.
 */
export const requiredAccountId: Check = {
  code: 'ORG002',
  checkAccount(account, { analysis, report }) {
    if (account.id || account.idKeySpan || account.notAMapping) return;
    const management = analysis.isManagement(account);
    if (!management && account.joined?.value !== 'invited') return;
    const who = management ? 'the management account' : 'an invited account';
    report({
      span: account.keySpan,
      message: `Account \`${account.key}\` is missing the required key \`id\` (${who} already exists, so its 12-digit ID is known). Add \`id: "<12 digits>"\`.`,
    });
  },
};
