/**
 * Can two globs match a common string? A request's resource ARN may contain `*` for parts the manifest
 * does not know (the organization id, a handshake id), so "does `Resource` allow this ARN?" becomes
 * "do the statement's pattern and the request's pattern overlap?".
 *
 * Both sides are compiled globs (see ./glob.ts); policy variables count as `*` here, since the question
 * is what is possible. Comparison is case-sensitive, as ARNs are.
 *
 * No DP over both patterns is needed (it would cost |a| × |b| for every account of a large file):
 * 1. Outside the first and last star, both globs must consume the same characters one for one, so the
 *    star-free prefix and suffix are compared position by position; a clash means "no".
 * 2. If a side is then used up, the other side must be able to match the empty string (only stars left).
 * 3. If a side has no star left, every string it stands for has one fixed length with each position
 *    pinned or free on its own; the other glob can match one of them exactly when it matches that shape
 *    position by position — plain greedy wildcard matching.
 * 4. Otherwise both sides still have a star, and after step 1 one of them starts with a star and one
 *    of them ends with one. Then a common string always exists: for `*X*` against `P*Q`, take
 *    p + x + q (p, x, q any strings P, X, Q match); for `*X` against `Y*`, take y + x.
 */
import { ANY, cachedGlob, isStarToken, type Glob } from './glob';

/** Two non-star tokens can stand for the same character. */
function compatible(a: number, b: number): boolean {
  return a === b || a === ANY || b === ANY;
}

function countStars(glob: Glob, from: number, to: number): number {
  let stars = 0;
  for (let i = from; i < to; i++) if (isStarToken(glob[i])) stars++;
  return stars;
}

/**
 * Can `glob[gStart, gEnd)` match some string of the star-free `fixed[fStart, fEnd)`? Greedy wildcard
 * matching, as in ./glob.ts, with "compatible" in place of "equal": O(|glob| × |fixed|) at worst,
 * linear for the usual ARN patterns.
 */
function matchFixed(glob: Glob, gStart: number, gEnd: number, fixed: Glob, fStart: number, fEnd: number): boolean {
  let g = gStart;
  let f = fStart;
  let starG = -1;
  let starF = 0;
  while (f < fEnd) {
    if (g < gEnd) {
      const token = glob[g]!;
      if (isStarToken(token)) {
        starG = g++;
        starF = f;
        continue;
      }
      if (compatible(token, fixed[f]!)) {
        g++;
        f++;
        continue;
      }
    }
    if (starG < 0) return false;
    g = starG + 1;
    f = ++starF;
  }
  while (g < gEnd && isStarToken(glob[g])) g++;
  return g === gEnd;
}

/** The intersection test on compiled globs. */
export function intersectTokens(a: Glob, b: Glob): boolean {
  let aStart = 0;
  let bStart = 0;
  let aEnd = a.length;
  let bEnd = b.length;
  // Step 1: the star-free ends.
  while (aStart < aEnd && bStart < bEnd && !isStarToken(a[aStart]) && !isStarToken(b[bStart])) {
    if (!compatible(a[aStart]!, b[bStart]!)) return false;
    aStart++;
    bStart++;
  }
  while (aEnd > aStart && bEnd > bStart && !isStarToken(a[aEnd - 1]) && !isStarToken(b[bEnd - 1])) {
    if (!compatible(a[aEnd - 1]!, b[bEnd - 1]!)) return false;
    aEnd--;
    bEnd--;
  }
  // Step 2: a side used up.
  const aLength = aEnd - aStart;
  const bLength = bEnd - bStart;
  const aStars = countStars(a, aStart, aEnd);
  const bStars = countStars(b, bStart, bEnd);
  if (aLength === 0) return bStars === bLength;
  if (bLength === 0) return aStars === aLength;
  // Step 3: a side without stars.
  if (bStars === 0) return matchFixed(a, aStart, aEnd, b, bStart, bEnd);
  if (aStars === 0) return matchFixed(b, bStart, bEnd, a, aStart, aEnd);
  // Step 4: stars on both sides.
  return true;
}

/** Can the two plain globs (`*` and `?` on both sides, case-sensitive) match a common string? */
export function globsIntersect(a: string, b: string): boolean {
  if (a === '*' || b === '*') return true;
  return intersectTokens(cachedGlob(a, false), cachedGlob(b, false));
}
