/**
 * Recovery from tabs used for indentation. YAML forbids them, and `yaml` then loses its place: every
 * later line becomes a syntax error and the rest of the manifest goes unchecked. Instead, the
 * tab-indented lines are reported (one ORG001 each) and the file is read again with those lines
 * blanked out: replaced by spaces, so every offset stays where it was and the rest of the file is
 * checked as usual. What the skipped lines said is unknown, so findings about the blocks that
 * contain them are echoes of the syntax error, not real findings (see ./syntaxEchoes.ts).
 */
import type { Span } from '../text/span';

export interface TabIndentedLine {
  /** The line's content, without its line break. */
  readonly line: Span;
  /** Its leading whitespace, where the finding goes. */
  readonly indent: Span;
}

/**
 * The lines whose indentation holds a tab and that have content (a comment or a blank line may be
 * indented with anything). `reported` are the offsets where yaml complained; they are always
 * among these, and yaml may not report the later ones once it has lost its place.
 */
export function tabIndentedLines(text: string, reported: readonly number[]): TabIndentedLine[] {
  const result: TabIndentedLine[] = [];
  const must = new Set(reported.map((offset) => lineStartOf(text, offset)));
  let start = 0;
  while (start <= text.length) {
    const end = lineEndFrom(text, start);
    let i = start;
    while (text[i] === ' ' || text[i] === '\t') i++;
    const hasTab = text.slice(start, i).includes('\t');
    const hasContent = i < end && text[i] !== '#';
    if ((hasTab && hasContent) || must.has(start)) result.push({ line: { start, end }, indent: { start, end: Math.max(i, start + 1) } });
    start = nextLineStart(text, end);
  }
  return result;
}

/** The text with these spans replaced by spaces: the same length, so all offsets still hold. */
export function blankLines(text: string, lines: readonly Span[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const line of lines) {
    parts.push(text.slice(at, line.start), ' '.repeat(line.end - line.start));
    at = line.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

function lineStartOf(text: string, offset: number): number {
  let i = offset;
  while (i > 0 && text[i - 1] !== '\n' && text[i - 1] !== '\r') i--;
  return i;
}

function lineEndFrom(text: string, start: number): number {
  let i = start;
  while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
  return i;
}

function nextLineStart(text: string, end: number): number {
  if (end >= text.length) return text.length + 1;
  return text[end] === '\r' && text[end + 1] === '\n' ? end + 2 : end + 1;
}
