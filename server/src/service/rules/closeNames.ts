/**
 * Did-you-mean over long candidate lists (ORG602: ec2 alone has hundreds of actions, the catalog
 * 456 prefixes). Same answers as `suggest`, faster: a candidate goes to the edit-distance ranking
 * only when the characters the two strings do not share (bag distance, a lower bound of the edit
 * distance) are few enough. Most candidates fail that test in one linear pass.
 */
import { maxSuggestionDistance, suggest } from '../util/didYouMean';

export function closeNames(input: string, candidates: readonly string[], limit = 3): string[] {
  const max = maxSuggestionDistance(input);
  const counts = letterCounts(input.toLowerCase());
  return suggest(
    input,
    candidates.filter((candidate) => bagDistanceWithin(counts, input.length, candidate.toLowerCase(), max)),
    limit,
  );
}

const SIZE = 128;

function letterCounts(text: string): Int32Array | undefined {
  const counts = new Int32Array(SIZE);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Beyond ASCII the filter would need a map; such names are rare, so they skip the filter.
    if (code >= SIZE) return undefined;
    counts[code]!++;
  }
  return counts;
}

/** Per-character counts of the candidate's characters matched so far; reset after each candidate. */
const used = new Int32Array(SIZE);

/** max(|A − B|, |B − A|) over the multisets of characters is at most `max`. */
function bagDistanceWithin(inputCounts: Int32Array | undefined, inputLength: number, candidate: string, max: number): boolean {
  if (!inputCounts) return true;
  if (Math.abs(inputLength - candidate.length) > max) return false;
  let extra = 0; // characters of the candidate the input lacks
  let i = 0;
  for (; i < candidate.length && extra <= max; i++) {
    const code = candidate.charCodeAt(i);
    if (code >= SIZE) break;
    if (used[code]! < inputCounts[code]!) used[code]!++;
    else extra++;
  }
  const ascii = i === candidate.length || candidate.charCodeAt(i) < SIZE;
  for (let j = 0; j < i; j++) used[candidate.charCodeAt(j)] = 0;
  if (!ascii) return true;
  // The input's characters the candidate lacks: those not matched.
  const missing = inputLength - (i - extra);
  return extra <= max && (i < candidate.length || missing <= max);
}
