/**
 * Replacing one scalar's value in the style it is written in: `"double"`, `'single'` or plain (which
 * becomes quoted only when the new value cannot be written plain). Block scalars are left alone.
 */
import type { Scalar } from 'yaml';
import { formatScalar, quoted } from './fragment';
import type { TextChange } from './types';

export function replaceScalar(scalar: Scalar, value: string, inFlow: boolean): TextChange | undefined {
  const range = scalar.range;
  if (!range) return undefined;
  const start = range[0];
  const end = range[1];
  switch (scalar.type) {
    case 'QUOTE_DOUBLE':
      return { start, end, newText: quoted(value, '"') };
    case 'QUOTE_SINGLE':
      return { start, end, newText: quoted(value, "'") };
    case 'PLAIN':
      return { start, end, newText: formatScalar(value, '"', inFlow) };
    default:
      return undefined;
  }
}

/** `[old, new…]`: a single scalar (an `Action: x`) becomes a flow list, its own text kept as written. */
export function scalarToList(text: string, scalar: Scalar, added: readonly string[]): TextChange | undefined {
  const range = scalar.range;
  if (!range || scalar.type === 'BLOCK_LITERAL' || scalar.type === 'BLOCK_FOLDED') return undefined;
  const written = text.slice(range[0], range[1]);
  return { start: range[0], end: range[1], newText: `[${[written, ...added].join(', ')}]` };
}
