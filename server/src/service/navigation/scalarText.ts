/**
 * A scalar as written: its quoting style, where its text content lies, and how to write a new value
 * in the same style. Rename rewrites whole scalars through here so that `"payments"` stays quoted,
 * `payments` stays plain, and a value YAML would not read back as the same string gets quotes.
 */
import { parse } from 'yaml';
import type { Span } from '../text/span';

/** `other`: an alias (`*ref`), a block scalar, or anything whose text is not simply its value. */
export type ScalarStyle = 'plain' | 'single' | 'double' | 'alias' | 'other';

export interface ScalarText {
  /** The whole scalar, quotes included. */
  readonly span: Span;
  readonly value: string;
  readonly style: ScalarStyle;
  /**
   * Where the value's characters are, when the source spells the value out character by character
   * (no escapes, no line folding): then `value[i]` is at `contentStart + i`. Undefined otherwise.
   */
  readonly contentStart?: number;
}

export function scalarText(text: string, span: Span, value: string): ScalarText {
  const style = styleOf(text.charAt(span.start));
  const quoted = style === 'single' || style === 'double';
  const inner = quoted ? { start: span.start + 1, end: span.end - 1 } : span;
  const spelledOut = (style === 'plain' || quoted) && text.slice(inner.start, inner.end) === value;
  return { span, value, style, contentStart: spelledOut ? inner.start : undefined };
}

function styleOf(first: string): ScalarStyle {
  switch (first) {
    case '"':
      return 'double';
    case "'":
      return 'single';
    case '*':
      return 'alias';
    case '|':
    case '>':
      return 'other';
    default:
      return 'plain';
  }
}

/** The span of `value.slice(from, to)` in the source, or the whole scalar when it is not spelled out. */
export function partSpan(scalar: ScalarText, from: number, to: number): Span {
  if (scalar.contentStart === undefined) return scalar.span;
  return { start: scalar.contentStart + from, end: scalar.contentStart + to };
}

/** The span of the value's text (inside the quotes when it is spelled out). */
export function contentSpan(scalar: ScalarText): Span {
  return partSpan(scalar, 0, scalar.value.length);
}

/** Characters that are safe in a plain scalar in block and flow context alike. */
const PLAIN_SAFE = /^[A-Za-z0-9_.$()+=~^][A-Za-z0-9_.$()+=~^@ /;<>!?&*%|-]*$/;

/**
 * Whether `value` may be written as a plain scalar (key or value, block or flow) and read back as
 * that same string, by YAML 1.2 and by YAML 1.1 tools too (which read `yes`, `2024-01-01`, `0755`
 * as other types).
 */
export function isPlainSafe(value: string): boolean {
  if (!PLAIN_SAFE.test(value) || value.endsWith(' ') || value.includes('  ')) return false;
  try {
    return parse(value) === value && parse(value, { version: '1.1' }) === value;
  } catch {
    return false;
  }
}

/** Writes `value` as a scalar in the style of `like`, quoting it when a plain scalar would not read back. */
export function renderScalar(value: string, like: ScalarStyle): string {
  if (like === 'plain' && isPlainSafe(value)) return value;
  if (like === 'single' && !hasControlCharacter(value)) return `'${value.replace(/'/g, "''")}'`;
  // A JSON string is a valid YAML double-quoted scalar.
  return JSON.stringify(value);
}

/** C0 and C1 control characters and the Unicode line separators: none can appear literally in a single-quoted or plain scalar. */
export function hasControlCharacter(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c === 0x2028 || c === 0x2029) return true;
  }
  return false;
}
