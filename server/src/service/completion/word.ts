/**
 * The word at the cursor on one line, and where it sits: after `key: ` (a value), or where a key or
 * a list item starts. Works on the text alone, so it also works on half-typed, invalid YAML.
 */

export interface Word {
  /** Columns of the text a completion replaces (quotes included). */
  readonly start: number;
  readonly end: number;
  /** What is typed of the word before the cursor, quotes excluded. */
  readonly typed: string;
  /** After `key:` on this line, in the same block or flow entry. */
  readonly afterKey: boolean;
  /** Inside `[ ]` or `{ }` opened on this line. */
  readonly inFlow: boolean;
  /** `key: …` already follows the word (an existing key is being edited). */
  readonly followedByColon: boolean;
}

/** Characters that end a word: spaces and YAML's flow and comment indicators. */
const BREAK = /[\s,[\]{}#]/;
const QUOTES = `"'`;

/** Undefined when the cursor is in a comment. */
export function wordAt(line: string, column: number, contentColumn: number): Word | undefined {
  const scan = scanPrefix(line.slice(0, column));
  if (scan.inComment) return undefined;
  let start = column;
  while (start > contentColumn && !BREAK.test(line[start - 1]!) && !QUOTES.includes(line[start - 1]!)) start--;
  let end = column;
  while (end < line.length && !BREAK.test(line[end]!) && !QUOTES.includes(line[end]!) && !isSeparator(line, end)) end++;
  const typed = line.slice(start, column);
  const quote = start > contentColumn && QUOTES.includes(line[start - 1]!) ? line[start - 1]! : undefined;
  if (quote) {
    start--;
    if (line[end] === quote) end++;
  }
  const segment = line.slice(Math.max(contentColumn, scan.lastFlowBreak + 1), start);
  return {
    start,
    end,
    typed,
    afterKey: /:(\s|$)/.test(segment),
    inFlow: scan.openFlow > 0,
    followedByColon: /^\s*:(\s|$)/.test(line.slice(end)),
  };
}

/** `:` that separates a key from its value (followed by a space or the end of the line). */
function isSeparator(line: string, index: number): boolean {
  return line[index] === ':' && (index + 1 === line.length || /\s/.test(line[index + 1]!));
}

/** Flow nesting, the last flow indicator and comments in the text before the cursor, outside quotes. */
function scanPrefix(prefix: string): { openFlow: number; lastFlowBreak: number; inComment: boolean } {
  let openFlow = 0;
  let lastFlowBreak = -1;
  let quote: string | undefined;
  for (let i = 0; i < prefix.length; i++) {
    const c = prefix[i]!;
    if (quote) {
      if (c === quote) quote = undefined;
    } else if (QUOTES.includes(c) && (i === 0 || /[\s,[{:]/.test(prefix[i - 1]!))) {
      quote = c;
    } else if (c === '#' && (i === 0 || /\s/.test(prefix[i - 1]!))) {
      return { openFlow, lastFlowBreak, inComment: true };
    } else if (c === '[' || c === '{') {
      openFlow++;
      lastFlowBreak = i;
    } else if (c === ',' && openFlow > 0) {
      lastFlowBreak = i;
    } else if ((c === ']' || c === '}') && openFlow > 0) {
      openFlow--;
      lastFlowBreak = i;
    }
  }
  return { openFlow, lastFlowBreak, inComment: false };
}
