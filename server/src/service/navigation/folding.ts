/**
 * Folding that follows the manifest's structure rather than indentation: every entry or list item
 * that spans lines folds (each account, each OU, each statement and statement list, multi-line
 * values), and so does every block of two or more comment lines. One walk of the YAML tree of the
 * cached check, iterative (nesting depth is unbounded in hostile input), aliases not followed.
 */
import { isMap, isPair, isScalar, isSeq } from 'yaml';
import type { Pair } from 'yaml';
import { FoldingRangeKind } from 'vscode-languageserver-types';
import type { FoldingRange } from 'vscode-languageserver-types';
import type { CheckResult } from '../check';
import type { YamlNode } from '../parse/ast';
import type { LineIndex } from '../text/lineIndex';
import { trimEnd } from './ranges';

interface Fold {
  readonly startLine: number;
  readonly endLine: number;
  readonly depth: number;
  readonly kind?: FoldingRangeKind;
}

/** `rangeLimit`: the most ranges the client wants; the outermost are kept. */
export function foldingRanges(text: string, result: CheckResult, rangeLimit = Number.MAX_SAFE_INTEGER): FoldingRange[] {
  const walk: Walk = { text, lines: result.lines, folds: [], inScalar: new Uint8Array(result.lines.lineCount) };
  walkTree(result.document?.contents as YamlNode | null | undefined, walk);
  commentBlocks(walk);
  return limit(dedupe(walk.folds), rangeLimit).map(({ startLine, endLine, kind }) => (kind ? { startLine, endLine, kind } : { startLine, endLine }));
}

interface Walk {
  readonly text: string;
  readonly lines: LineIndex;
  readonly folds: Fold[];
  /** 1 for lines inside a multi-line scalar (after its first line): their `#` is text, not a comment. */
  readonly inScalar: Uint8Array;
}

/** Every map entry and list item, depth first; iterative because nesting is unbounded in hostile input. */
function walkTree(root: YamlNode | null | undefined, walk: Walk): void {
  const stack: { node: YamlNode | null | undefined; depth: number }[] = [{ node: root, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (!isMap(node) && !isSeq(node)) continue;
    for (const item of node.items as unknown[]) {
      const pair = isPair(item) ? (item as Pair<YamlNode | null, YamlNode | null>) : undefined;
      const value = pair ? pair.value : (item as YamlNode | null);
      addFold(pair?.key?.range?.[0] ?? value?.range?.[0] ?? 0, value, depth, walk);
      stack.push({ node: value, depth: depth + 1 });
    }
  }
}

/** A fold from `start` to the last line of `node`, when that is a later line. */
function addFold(start: number, node: YamlNode | null, depth: number, walk: Walk): void {
  if (!node?.range) return;
  const end = trimEnd(walk.text, { start, end: node.range[1] }).end;
  const startLine = walk.lines.lineAt(start);
  const endLine = walk.lines.lineAt(Math.max(start, end - 1));
  if (endLine <= startLine) return;
  walk.folds.push({ startLine, endLine, depth });
  if (isScalar(node)) walk.inScalar.fill(1, walk.lines.lineAt(node.range[0]) + 1, endLine + 1);
}

/** Runs of two or more lines that hold only a comment; lines inside multi-line scalars are text, not comments. */
function commentBlocks({ text, lines, inScalar, folds }: Walk): void {
  let first = -1;
  for (let line = 0; line <= lines.lineCount; line++) {
    const isComment = line < lines.lineCount && inScalar[line] === 0 && startsWithHash(text, lines.lineStart(line));
    if (isComment && first < 0) first = line;
    if (!isComment && first >= 0) {
      if (line - 1 > first) folds.push({ startLine: first, endLine: line - 1, depth: 0, kind: FoldingRangeKind.Comment });
      first = -1;
    }
  }
}

function startsWithHash(text: string, at: number): boolean {
  let i = at;
  while (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9) i++;
  return text.charCodeAt(i) === 35; // '#'
}

/** One range per start line (the outermost): editors keep only one per line. Sorted by start line. */
function dedupe(folds: Fold[]): Fold[] {
  folds.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
  return folds.filter((fold, i) => i === 0 || folds[i - 1]!.startLine !== fold.startLine);
}

function limit(folds: Fold[], rangeLimit: number): Fold[] {
  if (folds.length <= rangeLimit) return folds;
  const kept = new Set([...folds].sort((a, b) => a.depth - b.depth || a.startLine - b.startLine).slice(0, Math.max(0, rangeLimit)));
  return folds.filter((fold) => kept.has(fold));
}
