/**
 * Plain-text helpers for edits: lines, indentation, line endings, and applying or combining
 * changes. A line ends at `\n`, `\r\n` or a lone `\r`, as in YAML and in ../text/lineIndex.ts.
 */
import type { TextChange } from './types';

const isBreak = (c: string | undefined): boolean => c === '\n' || c === '\r';

/** The line ending the document uses (the first one found), so inserted lines match it. */
export function lineEnding(text: string): '\r\n' | '\n' {
  const newline = text.indexOf('\n');
  return newline > 0 && text.charCodeAt(newline - 1) === 13 ? '\r\n' : '\n';
}

export function lineStartAt(text: string, offset: number): number {
  let i = Math.min(offset, text.length);
  while (i > 0 && !isBreak(text[i - 1])) i--;
  return i;
}

/** End of the line's content, before its line break. */
export function lineEndAt(text: string, offset: number): number {
  let i = Math.max(0, offset);
  while (i < text.length && !isBreak(text[i])) i++;
  return i;
}

/** Offset of the start of the next line (the text's end on the last line). */
export function nextLineStart(text: string, offset: number): number {
  const end = lineEndAt(text, offset);
  if (text[end] === '\r' && text[end + 1] === '\n') return end + 2;
  return end < text.length ? end + 1 : end;
}

export function columnAt(text: string, offset: number): number {
  return offset - lineStartAt(text, offset);
}

/** The leading blanks of the line holding `offset`. */
export function indentAt(text: string, offset: number): string {
  const start = lineStartAt(text, offset);
  let end = start;
  while (text[end] === ' ' || text[end] === '\t') end++;
  return text.slice(start, end);
}

/** Whether only blanks stand between the start of the line and `offset`. */
export function startsItsLine(text: string, offset: number): boolean {
  return /^[ \t]*$/.test(text.slice(lineStartAt(text, offset), offset));
}

/** The offset just after the last non-blank character before `end` (not before `start`). */
export function trimEndOffset(text: string, start: number, end: number): number {
  let i = end;
  while (i > start && /\s/.test(text[i - 1]!)) i--;
  return i;
}

export function applyChanges(text: string, changes: readonly TextChange[]): string {
  let result = '';
  let at = 0;
  for (const change of [...changes].sort((a, b) => a.start - b.start)) {
    result += text.slice(at, change.start) + change.newText;
    at = change.end;
  }
  return result + text.slice(at);
}

/**
 * Sorts a fix's changes and merges those that touch into one, so that clients never see two edits
 * at one position (whose order LSP leaves to insertion order). Undefined when two overlap: a bug in
 * the fix, which is then not offered.
 */
export function normalizeChanges(text: string, changes: readonly TextChange[]): TextChange[] | undefined {
  const sorted = [...changes].sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: TextChange[] = [];
  for (const change of sorted) {
    const last = merged[merged.length - 1];
    if (last && change.start < last.end) return undefined;
    if (last && change.start === last.end) {
      merged[merged.length - 1] = { start: last.start, end: change.end, newText: last.newText + change.newText };
    } else {
      merged.push(change);
    }
  }
  return merged.filter((c) => c.start !== c.end || c.newText !== '').filter((c) => text.slice(c.start, c.end) !== c.newText);
}

/** Whether two sets of changes touch the same text (touching counts: their order would matter). */
export function changesConflict(a: readonly TextChange[], b: readonly TextChange[]): boolean {
  return a.some((x) => b.some((y) => x.start <= y.end && y.start <= x.end));
}

/**
 * The text already claimed by chosen changes, sorted, so that checking thousands of fixes (one per
 * account in a large file) against each other costs a binary search each, not a scan.
 */
export class ClaimedText {
  private readonly spans: TextChange[] = [];

  /** Whether any of `changes` touches claimed text. */
  touches(changes: readonly TextChange[]): boolean {
    return changes.some((change) => {
      const i = this.firstEndingAtOrAfter(change.start);
      const next = this.spans[i];
      return next !== undefined && next.start <= change.end;
    });
  }

  claim(changes: readonly TextChange[]): void {
    for (const change of changes) this.spans.splice(this.firstEndingAtOrAfter(change.start), 0, change);
  }

  private firstEndingAtOrAfter(offset: number): number {
    let low = 0;
    let high = this.spans.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.spans[mid]!.end < offset) low = mid + 1;
      else high = mid;
    }
    return low;
  }
}
