/**
 * ORG302, ORG401 — **Set `featureSet: ALL`**. `featureSet` is the desired state; when the file has
 * no `currentFeatureSet`, today's state (`CONSOLIDATED_BILLING`) is written there, so the fix plans
 * the move to all features rather than claiming it happened.
 */
import type { Finding } from '../../findings';
import { layoutOf } from '../fragment';
import { addEntry } from '../mapEdits';
import { findPair, isFlow, mapValue, scalarValue } from '../nodes';
import { replaceScalar } from '../scalarEdits';
import type { Fix, FixContext, TextChange } from '../types';
import { makeFix, rootMap } from './shared';

export function setFeatureSetAllFixes(_finding: Finding, ctx: FixContext): Fix[] {
  const organization = mapValue(findPair(rootMap(ctx), 'organization'));
  const featureSetPair = findPair(organization, 'featureSet');
  const featureSet = scalarValue(featureSetPair);
  if (!organization || !featureSetPair || !featureSet || featureSet.value === 'ALL') return [];
  const changes: (TextChange | undefined)[] = [replaceScalar(featureSet, 'ALL', isFlow(organization))];
  if (featureSet.value === 'CONSOLIDATED_BILLING' && !findPair(organization, 'currentFeatureSet')) {
    changes.push(addEntry(ctx.text, organization, 'currentFeatureSet', 'CONSOLIDATED_BILLING', layoutOf(ctx.style()), featureSetPair));
  }
  // Not for fix-all: moving to all features is a one-way change of the organization, never a formatting fix.
  return makeFix(ctx, 'Set `featureSet: ALL`', changes, { isPreferred: true, safe: false });
}
