/**
 * IAM glob patterns, as used in `Action`, `Resource` and the `*Like` condition operators: `*` matches
 * any run of characters (empty included, `:` and `/` included), `?` exactly one; everything else is
 * literal. No regular expressions are built: a pattern such as `a*a*a*…b` would make a backtracking
 * regex engine explode, while the greedy-star matcher below is O(pattern × text) in the worst case.
 *
 * Patterns are compiled once into token arrays and cached, so a check that repeats for every account
 * of a 20,000-account file neither parses nor allocates.
 */
import { foldCode } from './chars';

/** Non-negative tokens are UTF-16 code units matched literally; negative ones are wildcards. */
export type Glob = Int32Array;

/** `*`: any run of characters, possibly empty. */
export const STAR = -1;
/** `?`: exactly one character. */
export const ANY = -2;
/**
 * A policy variable such as `${aws:username}`: replaced by a value IAM knows only at request time.
 * Matchers asking "can this match?" treat it as `*`; `coverTokens` ("must this match?") as matching nothing.
 */
export const UNKNOWN = -3;
/**
 * A `*` in a request's resource: an identifier the manifest does not know (an account, organization or
 * handshake id). Such ids never contain the ARN separators `/` and `:`, so neither does this run.
 * Only request globs contain it (see ./resource.ts); policy patterns never do.
 */
export const SEGMENT_STAR = -4;

const CODE_STAR = 42;
const CODE_QUESTION = 63;
const CODE_DOLLAR = 36;
const CODE_OPEN_BRACE = 123;

/** A star-like token: matches a run of characters (UNKNOWN only when asking what is possible). */
export function isStarToken(token: number | undefined): boolean {
  return token === STAR || token === UNKNOWN || token === SEGMENT_STAR;
}

/**
 * Compiles a pattern. With `variables` (policies of Version 2012-10-17 only, as in IAM) `${name}` is a
 * policy variable and `${*}`, `${?}`, `${$}` are the escaped literal characters; otherwise `$` is literal.
 * Runs of `*` collapse into one, which keeps the matchers' work proportional to what matters.
 */
export function compileGlob(pattern: string, variables: boolean): Glob {
  const tokens = new Int32Array(pattern.length);
  let n = 0;
  for (let i = 0; i < pattern.length; i++) {
    const code = pattern.charCodeAt(i);
    if (code === CODE_STAR) {
      if (n === 0 || tokens[n - 1] !== STAR) tokens[n++] = STAR;
    } else if (code === CODE_QUESTION) {
      tokens[n++] = ANY;
    } else if (variables && code === CODE_DOLLAR && pattern.charCodeAt(i + 1) === CODE_OPEN_BRACE) {
      const close = pattern.indexOf('}', i + 2);
      if (close < 0) {
        tokens[n++] = code; // an unterminated `${` is just text
        continue;
      }
      const escaped = close === i + 3 ? pattern.charCodeAt(i + 2) : -1;
      tokens[n++] = escaped === CODE_STAR || escaped === CODE_QUESTION || escaped === CODE_DOLLAR ? escaped : UNKNOWN;
      i = close;
    } else {
      tokens[n++] = code;
    }
  }
  return n === tokens.length ? tokens : tokens.slice(0, n);
}

// Bounded caches: a manifest has few distinct patterns, but a pathological one must not grow memory
// without limit. Clearing everything when full is crude but cheap, and refilling costs one compile each.
const MAX_CACHED = 10_000;
const plainCache = new Map<string, Glob>();
const variableCache = new Map<string, Glob>();

/** The cached compiled form of a policy pattern. */
export function cachedGlob(pattern: string, variables: boolean): Glob {
  const cache = variables ? variableCache : plainCache;
  let glob = cache.get(pattern);
  if (glob === undefined) {
    if (cache.size >= MAX_CACHED) cache.clear();
    glob = compileGlob(pattern, variables);
    cache.set(pattern, glob);
  }
  return glob;
}

/**
 * Does the glob match this concrete text? Classic greedy-star matching: on a mismatch, retry from the
 * most recent star with it swallowing one more character. Earlier stars never need revisiting, because
 * matching each star-free segment at its leftmost position leaves the most room for what follows.
 */
export function matchTokens(glob: Glob, text: string, ignoreCase: boolean): boolean {
  const m = glob.length;
  const n = text.length;
  let p = 0;
  let t = 0;
  let starP = -1;
  let starT = 0;
  while (t < n) {
    if (p < m) {
      const token = glob[p]!;
      if (isStarToken(token)) {
        starP = p++;
        starT = t;
        continue;
      }
      const code = text.charCodeAt(t);
      if (token === ANY || token === code || (ignoreCase && foldCode(token) === foldCode(code))) {
        p++;
        t++;
        continue;
      }
    }
    if (starP < 0) return false;
    p = starP + 1;
    t = ++starT;
  }
  while (p < m && isStarToken(glob[p])) p++;
  return p === m;
}

/**
 * Must `pattern` match every string that `subject` (itself a glob) can stand for? The same greedy
 * algorithm, over the subject's tokens: a subject `*` can only be swallowed by a pattern `*`, a subject
 * `?` by a pattern `?` or `*`. This is sound (a `true` is always right) but not complete: `*?` does
 * cover `?*`, yet this answers false. Callers use it only where false is the cautious answer.
 * Case-sensitive: it serves ARNs.
 */
export function coverTokens(pattern: Glob, subject: Glob): boolean {
  const m = pattern.length;
  const n = subject.length;
  let p = 0;
  let s = 0;
  let starP = -1;
  let starS = 0;
  while (s < n) {
    if (p < m) {
      const token = pattern[p]!;
      if (token === STAR) {
        starP = p++;
        starS = s;
        continue;
      }
      const other = subject[s]!;
      // A pattern variable (UNKNOWN) is never known to match, so it takes neither branch below.
      if ((token === ANY && (other >= 0 || other === ANY)) || (token >= 0 && token === other)) {
        p++;
        s++;
        continue;
      }
    }
    if (starP < 0) return false;
    p = starP + 1;
    s = ++starS;
  }
  while (p < m && pattern[p] === STAR) p++;
  return p === m;
}

/** Case-insensitive action matching, as IAM does it (`IAM:createservicelinkedrole` is the same action). */
export function actionMatches(pattern: string, action: string): boolean {
  if (pattern === '*') return true;
  return matchTokens(cachedGlob(pattern, false), action, true);
}

/** Case-sensitive glob matching of a concrete text (StringLike, ArnLike). */
export function globMatches(pattern: string, text: string): boolean {
  if (pattern === '*') return true;
  return matchTokens(cachedGlob(pattern, false), text, false);
}

/** Does `pattern` match everything `subject` may stand for? Both are plain globs; see `coverTokens`. */
export function globCovers(pattern: string, subject: string): boolean {
  if (pattern === '*') return true;
  return coverTokens(cachedGlob(pattern, false), compileGlob(subject, false));
}
