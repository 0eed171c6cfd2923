/**
 * "Did you mean" suggestions ranked by edit distance. Used for unknown keys, enum values,
 * service principals, SLR names and IAM actions. Comparison ignores case so that a wrong-case
 * spelling ranks its canonical form first.
 */

/** Damerau–Levenshtein distance (optimal string alignment), bounded: returns > max early. */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows = a.length + 1;
  const cols = b.length + 1;
  let prevPrev = new Array<number>(cols).fill(0);
  let prev = Array.from({ length: cols }, (_, j) => j);
  for (let i = 1; i < rows; i++) {
    const current = new Array<number>(cols).fill(0);
    current[0] = i;
    let rowMin = current[0];
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(prev[j]! + 1, current[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, prevPrev[j - 2]! + 1);
      }
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    prevPrev = prev;
    prev = current;
  }
  return prev[cols - 1]!;
}

/** How far a suggestion may be from the input: roughly a third of its length, at least 1, at most 4. */
export function maxSuggestionDistance(input: string): number {
  return Math.max(1, Math.min(4, Math.floor(input.length / 3)));
}

/**
 * The candidates close to `input`, best first (ties keep the candidates' order).
 * An exact case-insensitive match ranks first with distance 0.
 */
export function suggest(input: string, candidates: Iterable<string>, limit = 3): string[] {
  const needle = input.toLowerCase();
  const max = maxSuggestionDistance(input);
  const scored: { candidate: string; distance: number; order: number }[] = [];
  let order = 0;
  for (const candidate of candidates) {
    const distance = editDistance(needle, candidate.toLowerCase(), max);
    if (distance <= max) scored.push({ candidate, distance, order });
    order++;
  }
  scored.sort((x, y) => x.distance - y.distance || x.order - y.order);
  return scored.slice(0, limit).map((s) => s.candidate);
}
