/** ORG101, ORG102, ORG103 — **Restore**: sets a deleted service-linked role back to `present`. */
import type { Finding } from '../../findings';
import { scalarAt } from '../nodes';
import { replaceScalar } from '../scalarEdits';
import type { Fix, FixContext } from '../types';
import { isFlow } from '../nodes';
import { makeFix, rootOf } from './shared';

export function restoreRoleFixes(finding: Finding, ctx: FixContext): Fix[] {
  const found = scalarAt(rootOf(ctx), finding.span.start);
  if (!found || found.scalar.value !== 'deleted') return [];
  const inFlow = found.parent !== undefined && isFlow(found.parent);
  // ORG102's deletion is allowed (consolidated billing): the user may mean it, so it is never applied unseen.
  return makeFix(ctx, 'Restore', [replaceScalar(found.scalar, 'present', inFlow)], { isPreferred: true, safe: finding.code !== 'ORG102' });
}
