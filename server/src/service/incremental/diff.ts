/**
 * The one region where two texts differ: the common start and the common end. The server receives
 * the whole text of each version; this tells which account an edit fell into.
 */
export interface TextEdit {
  /** Offset where the texts start to differ. */
  readonly start: number;
  /** End of the changed region in the old text. */
  readonly oldEnd: number;
  /** End of the changed region in the new text. */
  readonly newEnd: number;
}

export function diffTexts(before: string, after: string): TextEdit {
  const shorter = Math.min(before.length, after.length);
  let start = 0;
  // Compare in slices first: native string comparison is far faster than a loop over characters.
  for (let step = 4096; step >= 1; step >>= 4) {
    while (start + step <= shorter && before.startsWith(after.slice(start, start + step), start)) start += step;
  }
  let common = 0;
  const room = shorter - start;
  for (let step = 4096; step >= 1; step >>= 4) {
    while (common + step <= room && before.slice(before.length - common - step, before.length - common) === after.slice(after.length - common - step, after.length - common)) {
      common += step;
    }
  }
  return { start, oldEnd: before.length - common, newEnd: after.length - common };
}
