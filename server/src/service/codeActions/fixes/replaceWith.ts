/**
 * Did-you-mean (ORG002 keys and values, ORG104, ORG301, ORG504, ORG602) — **Change to `<closest>`**,
 * one fix per candidate, keeping the scalar's quoting.
 */
import type { Finding } from '../../findings';
import { editDistance } from '../../util/didYouMean';
import { isFlow, scalarAt } from '../nodes';
import { replaceScalar } from '../scalarEdits';
import type { Fix, FixContext } from '../types';
import { code, makeFix, rootOf } from './shared';

export function replaceWithFixes(finding: Finding, ctx: FixContext): Fix[] {
  if (finding.data?.kind !== 'replaceWith') return [];
  const found = scalarAt(rootOf(ctx), finding.span.start);
  if (!found || found.scalar.range?.[1] !== finding.span.end) return [];
  const written = String(found.scalar.value ?? '');
  const { candidates } = finding.data;
  const inFlow = found.parent !== undefined && isFlow(found.parent);
  return candidates.flatMap((candidate, index) =>
    makeFix(ctx, `Change to ${code(candidate)}`, [replaceScalar(found.scalar, candidate, inFlow)], {
      isPreferred: index === 0 && unambiguous(written, candidates),
      // Unseen (fix-all, on save) only when nothing is guessed: the one candidate differs in case only.
      safe: candidates.length === 1 && candidate.toLowerCase() === written.toLowerCase(),
    }),
  );
}

/** The best candidate is a clear winner: the only one, or strictly closer than the runner-up. */
function unambiguous(written: string, candidates: readonly string[]): boolean {
  const [best, second] = candidates;
  if (best === undefined) return false;
  if (second === undefined) return true;
  const distance = (candidate: string) => editDistance(written.toLowerCase(), candidate.toLowerCase());
  return distance(best) < distance(second);
}
