/**
 * Case folding for IAM comparisons that ignore case (action names, condition keys, the *IgnoreCase
 * operators). Works on UTF-16 code units so the matchers can compare in place: lower-casing whole
 * strings would allocate on every check, and these checks run once per account of very large files.
 */

/** The lower-case form of one code unit. ASCII is the hot path; other letters go through the runtime. */
export function foldCode(code: number): number {
  if (code < 128) return code >= 65 && code <= 90 ? code + 32 : code;
  // Rare (IAM names are ASCII); a single-unit lower case is enough to compare code unit by code unit.
  const lower = String.fromCharCode(code).toLowerCase();
  return lower.length === 1 ? lower.charCodeAt(0) : code;
}

export function equalsIgnoreCase(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y && foldCode(x) !== foldCode(y)) return false;
  }
  return true;
}

/** True when `text` contains an IAM wildcard (`*` or `?`). */
export function hasWildcard(text: string): boolean {
  return text.includes('*') || text.includes('?');
}
