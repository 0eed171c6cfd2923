/**
 * Echoes of syntax errors: findings that exist only because YAML could not read part of the file.
 * ORG001 already reports the one fault there, so these are dropped:
 * - findings touching a syntax error: a half-written `id: "12345` read as a short id (ORG501);
 * - findings on the keys of the blocks that contain a syntax error or a skipped line: an account
 *   whose `joined:` line was swallowed by an unclosed quote, or skipped for its tab, looks as if it
 *   had no `joined` (ORG504). Until the syntax is fixed, what that block says is not known.
 * Other findings stay: an error in one account does not hide findings about another.
 */
import { isCollection, isDocument, isPair } from 'yaml';
import type { Document, ParsedNode } from 'yaml';
import type { Finding } from '../findings';
import type { LineIndex } from '../text/lineIndex';
import type { Span } from '../text/span';
import { TouchIndex } from '../text/touchIndex';
import type { ParsedYaml } from './parseYaml';

/** Codes that are about the text itself, never echoes: syntax, duplicates and documents, suppressions. */
const NEVER_ECHOES = new Set(['ORG001', 'ORG003', 'ORG005']);

export class SyntaxEchoes {
  private readonly errors: TouchIndex;

  constructor(
    errorSpans: readonly Span[],
    /** Where the keys of blocks holding an error or a skipped line start. */
    private readonly enclosingKeys: ReadonlySet<number>,
  ) {
    this.errors = new TouchIndex(errorSpans);
  }

  isEcho(finding: Finding): boolean {
    if (NEVER_ECHOES.has(finding.code)) return false;
    return this.enclosingKeys.has(finding.span.start) || this.errors.touches(finding.span);
  }
}

export function findSyntaxEchoes(text: string, lines: LineIndex, parsed: ParsedYaml, valueStarts: ReadonlyMap<number, number>): SyntaxEchoes {
  const errors = parsed.problems.filter((p) => !p.warning).map((p) => p.span);
  if (errors.length === 0) return new SyntaxEchoes([], new Set());
  const broken = errors.flatMap((e) => [e.start, valueStarts.get(e.start) ?? e.start]);
  return new SyntaxEchoes(errors, enclosingKeyStarts(text, lines, broken, parsed.lostLines));
}

/**
 * Where the values that end at each offset start (the innermost one's start, when several end
 * there). yaml reports some errors where it gave up, not where the fault is: an unclosed quote is
 * noticed at the end of the file, and the value ending right there is the one the error is about.
 */
export function valueStartsByEnd(doc: Document.Parsed<ParsedNode> | undefined): Map<number, number> {
  const startByEnd = new Map<number, number>();
  const stack: unknown[] = [doc?.contents];
  while (stack.length > 0) {
    const value = stack.pop();
    const range = (value as { range?: readonly number[] } | null)?.range;
    if (range && range[0] !== undefined && range[1] !== undefined) startByEnd.set(range[1], Math.max(startByEnd.get(range[1]) ?? -1, range[0]));
    if (isPair(value)) stack.push(value.key, value.value);
    else if (isCollection(value)) stack.push(...value.items);
    else if (isDocument(value)) stack.push(value.contents);
  }
  return startByEnd;
}

interface OpenBlock {
  readonly indent: number;
  /** Where the line's key starts; for `- key:` both the dash and the key (list items are reported where their content starts). */
  readonly keys: readonly number[];
  /** `key:` or `-` with nothing after it: the next, deeper lines are its block. */
  readonly opensBlock: boolean;
}

/**
 * The keys of the blocks around each broken offset and each skipped line, by indentation: one
 * forward pass over the lines with a stack of the open blocks. A line with an error after its key
 * (a broken value) counts as well. A skipped line has no column (its tabs have no width): it is
 * taken to belong where the previous line's content does, or under it when that line opens a block.
 */
function enclosingKeyStarts(text: string, lines: LineIndex, broken: readonly number[], skipped: readonly Span[]): Set<number> {
  const result = new Set<number>();
  const add = (blocks: readonly OpenBlock[]) => blocks.forEach((b) => b.keys.forEach((k) => result.add(k)));
  const brokenByLine = new Map<number, number>();
  for (const offset of broken) brokenByLine.set(lines.lineAt(offset), Math.max(brokenByLine.get(lines.lineAt(offset)) ?? -1, offset));
  const skippedLines = new Set(skipped.map((s) => lines.lineAt(s.start)));
  const open: OpenBlock[] = [];
  for (let line = 0; line < lines.lineCount; line++) {
    const block = skippedLines.has(line) ? undefined : openBlock(text, lines.lineStart(line), lines.lineEnd(line));
    if (skippedLines.has(line)) add(open.at(-1)?.opensBlock === false ? open.slice(0, -1) : open);
    if (!block) {
      if (brokenByLine.has(line) && !skippedLines.has(line)) add(open);
      continue;
    }
    while (open.length > 0 && open.at(-1)!.indent >= block.indent) open.pop();
    const brokenAt = brokenByLine.get(line);
    if (brokenAt !== undefined) add(brokenAt > block.keys[0]! ? [...open, block] : open);
    open.push(block);
  }
  return result;
}

/** The line as a block: undefined for blank and comment-only lines. */
function openBlock(text: string, start: number, end: number): OpenBlock | undefined {
  let i = start;
  while (text[i] === ' ') i++;
  if (i >= end || text[i] === '#') return undefined;
  const keys = [i];
  let key = i;
  while (text[key] === '-' && text[key + 1] === ' ') {
    key += 2;
    while (text[key] === ' ') key++;
    keys.push(key);
  }
  // The content without a trailing comment (roughly: a quoted ` #` ends it early, which only costs precision).
  let last = i;
  while (last < end && !(text[last] === '#' && text[last - 1] === ' ')) last++;
  while (last > i && (text[last - 1] === ' ' || text[last - 1] === '\t')) last--;
  return { indent: i - start, keys, opensBlock: text[last - 1] === ':' || (last - i === 1 && text[i] === '-') };
}
