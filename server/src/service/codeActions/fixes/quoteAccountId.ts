/** ORG502 — **Quote the account ID**: the digits exactly as written, so leading zeros survive. */
import type { Finding } from '../../findings';
import type { Fix, FixContext } from '../types';
import { makeFix } from './shared';

export function quoteAccountIdFixes(finding: Finding, ctx: FixContext): Fix[] {
  if (finding.data?.kind !== 'quoteAccountId') return [];
  const { source } = finding.data;
  const { start, end } = finding.span;
  // The text must still be the number the finding saw (and quoting must not need escapes).
  if (ctx.text.slice(start, end) !== source || /["'\\\s]/.test(source)) return [];
  const quote = ctx.style().quote;
  return makeFix(ctx, 'Quote the account ID', [{ start, end, newText: `${quote}${source}${quote}` }], { isPreferred: true, safe: true });
}
