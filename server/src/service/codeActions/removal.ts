/**
 * Removing whole lines of a block (a list item, a mapping entry) without losing the user's
 * comments: a comment on the removed lines stays, on a line of its own where the entry was.
 */
import { CST, Lexer } from 'yaml';
import { columnAt, lineStartAt, nextLineStart, startsItsLine } from './text';
import type { TextChange } from './types';

/** The comments in text[start, end), found with yaml's lexer (a `#` inside a string is not one). */
export function commentsIn(text: string, start: number, end: number): string[] {
  const found: string[] = [];
  const slice = text.slice(start, end);
  if (!slice.includes('#')) return found;
  for (const token of new Lexer().lex(slice)) {
    if (token === CST.DOCUMENT || token === CST.FLOW_END || token === CST.SCALAR) continue;
    if (CST.tokenType(token) === 'comment') found.push(token);
  }
  return found;
}

/**
 * Deletes the lines from the one holding `first` (which must start its line: a `-` or a key) to
 * the end of the line holding `lastEnd`, line break included. Undefined when `first` shares its
 * line with other text, which line-wise removal would take with it.
 */
export function removeLines(text: string, first: number, lastEnd: number, eol: string): TextChange | undefined {
  if (!startsItsLine(text, first)) return undefined;
  const start = lineStartAt(text, first);
  const end = nextLineStart(text, lastEnd);
  const pad = ' '.repeat(columnAt(text, first));
  const kept = commentsIn(text, start, end).map((comment) => `${pad}${comment}${eol}`);
  // On the last line of a file without a final line break, a kept comment must not gain one.
  const newText = end === text.length && !/[\r\n]$/.test(text) ? kept.join('').replace(/\r?\n$/, '') : kept.join('');
  return { start, end, newText };
}

/**
 * Removes entries of a flow collection given their spans, with the commas between them: a run of
 * removed entries goes up to the next kept one, or (at the end) back to the previous kept one.
 * At least one entry must stay; undefined when a comment would go too.
 */
export function removeFlowEntries(text: string, spans: readonly { start: number; end: number }[], removed: ReadonlySet<number>): TextChange[] | undefined {
  const changes: TextChange[] = [];
  for (let i = 0; i < spans.length; i++) {
    if (!removed.has(i)) continue;
    let j = i;
    while (removed.has(j + 1)) j++;
    const next = spans[j + 1];
    const previous = spans[i - 1];
    if (!next && !previous) return undefined;
    const start = next ? spans[i]!.start : previous!.end;
    const end = next ? next.start : spans[j]!.end;
    if (commentsIn(text, start, end).length > 0) return undefined;
    changes.push({ start, end, newText: '' });
    i = j;
  }
  return changes;
}

/** Empties a flow collection, `[…]` or `{…}`, when no comment is inside. */
export function emptyFlow(text: string, range: readonly number[] | undefined, open: '[' | '{'): TextChange | undefined {
  if (!range) return undefined;
  const start = range[0]!;
  const close = range[1]! - 1;
  if (text[start] !== open || text[close] !== (open === '[' ? ']' : '}') || commentsIn(text, start, close).length > 0) return undefined;
  return { start: start + 1, end: close, newText: '' };
}
