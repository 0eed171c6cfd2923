import type { Rule } from './types';

/** ORG502: an account id written as a YAML number; leading zeros are lost, big ones may round. */
export const org502: Rule = {
  code: 'ORG502',
  title: 'Account ID written as a YAML number',
  defaultSeverity: 'error',
  checkAccount(account, { report }) {
    const id = account.id;
    if (!id?.isNumber) return;
    const changed = id.value !== id.source;
    const consequence = changed
      ? `YAML reads \`${id.source}\` as the number ${id.value}, not the ID as written`
      : 'YAML reads it as a number, so leading zeros would be lost';
    // ORG501 stays quiet for numbers (one finding per fault), so this message tells the length too.
    const digits = /^\d+$/.test(id.source) && id.source.length !== 12 ? ` It also has ${id.source.length} digits; AWS account IDs have exactly 12.` : '';
    report({
      span: id.span,
      message: `The id of account \`${account.key}\` is not quoted: ${consequence}. Quote it: \`"${id.source}"\`.${digits}`,
      data: { kind: 'quoteAccountId', source: id.source },
    });
  },
};
