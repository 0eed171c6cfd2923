import type { Located } from '../model/types';
import type { Rule, RuleContext } from './types';

/** ORG503: the same account id or email on two accounts. Linear: one map per property. */
export const org503: Rule = {
  code: 'ORG503',
  title: 'Account ID or email used twice',
  defaultSeverity: 'error',
  check(ctx) {
    const ids = new Map<string, { key: string; value: Located<string> }>();
    const emails = new Map<string, { key: string; value: Located<string> }>();
    for (const account of ctx.manifest.accounts) {
      if (account.id && !account.id.isNumber) checkUnique(ctx, ids, account.key, account.id, account.id.value, 'id');
      if (account.email) checkUnique(ctx, emails, account.key, account.email, account.email.value.toLowerCase(), 'email');
    }
  },
};

function checkUnique(
  ctx: RuleContext,
  seen: Map<string, { key: string; value: Located<string> }>,
  accountKey: string,
  value: Located<string>,
  normalized: string,
  what: 'id' | 'email',
): void {
  const first = seen.get(normalized);
  if (!first) {
    seen.set(normalized, { key: accountKey, value });
    return;
  }
  ctx.report({
    span: value.span,
    message: `Account \`${accountKey}\` has the same ${what} as account \`${first.key}\` (\`${value.value}\`); every account has its own ${what === 'id' ? 'ID' : 'root email address'}. Correct one of them, or remove the duplicate account.`,
    related: [{ span: first.value.span, message: `Account \`${first.key}\` uses this ${what}.` }],
  });
}
