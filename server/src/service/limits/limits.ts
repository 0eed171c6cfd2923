/**
 * Limits that keep the checker responsive on hostile or accidental input (SPEC §8): huge files,
 * absurdly long lines, deep nesting, alias bombs and slow checks. `yaml` cannot be interrupted
 * while it parses, so the size and line-length limits are checked on the raw text first, in one
 * linear pass; nesting depth is watched while the parser runs (see ../parse/parseYaml.ts).
 */
export interface Limits {
  /** Largest file checked, in UTF-8 bytes. */
  readonly maxFileSize: number;
  /** Longest line checked, in characters. */
  readonly maxLineLength: number;
  /** Deepest nesting of collections checked. */
  readonly maxNestingDepth: number;
  /** Milliseconds one check may take before it stops and reports what it has. */
  readonly validationTimeBudget: number;
}

export const DEFAULT_LIMITS: Limits = {
  maxFileSize: 10 * 1024 * 1024,
  maxLineLength: 100_000,
  maxNestingDepth: 100,
  validationTimeBudget: 10_000,
};

/**
 * The deepest nesting a setting may ask for. `yaml`'s composer recurses once per level and runs
 * out of stack somewhere past 850 levels; our own walkers recurse too. 500 leaves a wide margin.
 */
export const MAX_NESTING_DEPTH = 500;

/** Why a check did not cover the whole file. */
export type IncompleteReason = 'fileSize' | 'lineLength' | 'nestingDepth' | 'timeBudget';

export interface Incomplete {
  readonly reason: IncompleteReason;
  /** What a user is told, e.g. by the CLI. */
  readonly message: string;
}

const NON_ASCII = /[\u0080-\uffff]/;

/** The first line longer than `max` characters: its start and length. Linear, no allocation. */
export function findLongLine(text: string, max: number): { readonly start: number; readonly length: number } | undefined {
  if (text.length <= max) return undefined;
  if (!text.includes('\r')) {
    // LF only: jump from line break to line break with the native search.
    for (let start = 0; start <= text.length; ) {
      const end = text.indexOf('\n', start);
      const stop = end < 0 ? text.length : end;
      if (stop - start > max) return { start, length: stop - start };
      start = stop + 1;
    }
    return undefined;
  }
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 10;
    if (c !== 10 && c !== 13) continue;
    if (i - start > max) return { start, length: i - start };
    start = i + 1;
  }
  return undefined;
}

/**
 * The text's size in UTF-8 bytes, or `Infinity` once it is certainly over `max`. Every UTF-16 code
 * unit is at least one byte, so a text longer than `max` needs no counting at all.
 */
export function utf8SizeUpTo(text: string, max: number): number {
  if (text.length > max) return Infinity;
  // ASCII (most manifests) is one byte per character: the native search settles it.
  if (!NON_ASCII.test(text)) return text.length;
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Surrogate pairs: 2 units, 4 bytes; counting 2 per unit gets there.
    bytes += c < 0x80 ? 1 : c < 0x800 || (c >= 0xd800 && c < 0xe000) ? 2 : 3;
    if (bytes > max) return Infinity;
  }
  return bytes;
}
