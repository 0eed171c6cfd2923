import type { Rule } from './types';

const ACCOUNT_ID = /^\d{12}$/;

/** ORG501: an account id that is not exactly 12 digits (numbers are ORG502's business). */
export const org501: Rule = {
  code: 'ORG501',
  title: 'Account ID is not exactly 12 digits',
  defaultSeverity: 'error',
  checkAccount(account, { report }) {
    const id = account.id;
    if (!id || id.isNumber || ACCOUNT_ID.test(id.value)) return;
    const digits = id.value.replace(/\D/g, '').length;
    const detail = /^\d+$/.test(id.value) ? `has ${digits} digits` : 'contains characters other than digits';
    report({
      span: id.span,
      message: `The id of account \`${account.key}\` ${detail}; AWS account IDs are exactly 12 digits (keep leading zeros). Correct it.`,
    });
  },
};
