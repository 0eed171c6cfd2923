/**
 * Can two globs match a common string? A request's resource ARN may contain wildcards for parts the
 * manifest does not know (the organization id, a handshake id), so "does `Resource` allow this ARN?"
 * becomes "do the statement's pattern and the request's pattern overlap?".
 *
 * Tokens (see ./glob.ts): policy variables count as `*` here, since the question is what is possible;
 * a request's identifier wildcard (SEGMENT_STAR) matches only runs without `/` or `:`. Comparison is
 * case-sensitive, as ARNs are.
 *
 * The general answer is a DP over both patterns, O(|a| × |b|), but the usual cases settle sooner:
 * 1. Outside the first and last star, both globs consume the same characters one for one, so the
 *    star-free prefix and suffix are compared position by position; a clash means "no".
 * 2. If a side is then used up, the rest of the other must be able to match the empty string.
 * 3. Against a star-free side (a concrete ARN), greedy wildcard matching decides in about linear time.
 * 4. With plain stars on both sides the answer is always "yes": after step 1 one side starts with a
 *    star and one ends with one, so for `*X*` against `P*Q` the string p + x + q matches both (p, x, q
 *    any strings P, X, Q match), and for `*X` against `Y*` so does y + x.
 */
import { ANY, cachedGlob, isStarToken, SEGMENT_STAR, type Glob } from './glob';

/**
 * Beyond this many DP cells the answer is "yes, possibly" without computing it. ARNs are at most
 * 2,048 characters and policies a few kilobytes, so only hostile input gets here; "possibly" matches
 * the evaluator's "assume the statement applies when unsure".
 */
const MAX_CELLS = 2_000_000;

const SLASH = 47;
const COLON = 58;

/** Two single-character tokens can stand for the same character. */
function compatible(a: number, b: number): boolean {
  return a === b || a === ANY || b === ANY;
}

/** Can this star-like token take in a character that the single-character token stands for? */
function absorbs(star: number, single: number): boolean {
  return star !== SEGMENT_STAR || (single !== SLASH && single !== COLON);
}

/** 0: no star-like tokens; 1: only plain stars (and variables); 2: some identifier wildcard. */
function starKind(glob: Glob, from: number, to: number): 0 | 1 | 2 {
  let kind: 0 | 1 | 2 = 0;
  for (let i = from; i < to; i++) {
    const token = glob[i];
    if (token === SEGMENT_STAR) return 2;
    if (isStarToken(token)) kind = 1;
  }
  return kind;
}

function allStars(glob: Glob, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isStarToken(glob[i])) return false;
  return true;
}

/**
 * Can `glob[gStart, gEnd)` (plain stars only) match some string of the star-free `fixed[fStart, fEnd)`?
 * Greedy wildcard matching, as in ./glob.ts, with "compatible" in place of "equal".
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
  if (aStart === aEnd) return allStars(b, bStart, bEnd);
  if (bStart === bEnd) return allStars(a, aStart, aEnd);
  // Steps 3 and 4.
  const aKind = starKind(a, aStart, aEnd);
  const bKind = starKind(b, bStart, bEnd);
  if (bKind === 0 && aKind < 2) return matchFixed(a, aStart, aEnd, b, bStart, bEnd);
  if (aKind === 0 && bKind < 2) return matchFixed(b, bStart, bEnd, a, aStart, aEnd);
  if (aKind === 1 && bKind === 1) return true;
  if ((aEnd - aStart + 1) * (bEnd - bStart + 1) > MAX_CELLS) return true;
  return intersectDp(a, aStart, aEnd, b, bStart, bEnd);
}

// Two reusable DP rows; they only grow, so a busy evaluator allocates them once.
let rowA = new Uint8Array(128);
let rowB = new Uint8Array(128);

/**
 * Cell (i, j): can a[i..] and b[j..] match a common string? Row i needs only row i + 1, so memory is
 * O(|b|). Where both sides have a star, either may end first; a star takes in the other side's
 * single character only if that character may be one the star allows.
 */
function intersectDp(a: Glob, aStart: number, aEnd: number, b: Glob, bStart: number, bEnd: number): boolean {
  const width = bEnd - bStart + 1;
  if (rowA.length < width) {
    rowA = new Uint8Array(width * 2);
    rowB = new Uint8Array(width * 2);
  }
  let next = rowA; // row i + 1
  let cur = rowB; // row i
  // a used up: the rest of b must match the empty string.
  next[width - 1] = 1;
  for (let j = bEnd - 1; j >= bStart; j--) next[j - bStart] = isStarToken(b[j]) ? next[j - bStart + 1]! : 0;

  for (let i = aEnd - 1; i >= aStart; i--) {
    const ai = a[i]!;
    const aStar = isStarToken(ai);
    cur[width - 1] = aStar ? next[width - 1]! : 0; // b used up
    for (let j = bEnd - 1; j >= bStart; j--) {
      const k = j - bStart;
      const bj = b[j]!;
      const bStar = isStarToken(bj);
      let value: number;
      if (aStar && bStar) value = next[k]! | cur[k + 1]!;
      else if (aStar) value = next[k]! | (absorbs(ai, bj) ? cur[k + 1]! : 0);
      else if (bStar) value = cur[k + 1]! | (absorbs(bj, ai) ? next[k]! : 0);
      else value = compatible(ai, bj) ? next[k + 1]! : 0;
      cur[k] = value;
    }
    const done = next;
    next = cur;
    cur = done;
  }
  return next[0] === 1;
}

/** Can the two plain globs (`*` and `?` on both sides, case-sensitive) match a common string? */
export function globsIntersect(a: string, b: string): boolean {
  if (a === '*' || b === '*') return true;
  return intersectTokens(cachedGlob(a, false), cachedGlob(b, false));
}
