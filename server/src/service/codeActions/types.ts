/**
 * The vocabulary of quick fixes inside the pure service: changes are offsets into the text the fix
 * was computed for; positions (LSP) are made only at the edge (./lsp.ts).
 */
import type { CheckResult } from '../check';
import type { Finding } from '../findings';
import type { DocumentStyle } from './style';

/** Replace the text in [start, end) with `newText` (an insertion when start === end). */
export interface TextChange {
  readonly start: number;
  readonly end: number;
  readonly newText: string;
}

export interface Fix {
  readonly title: string;
  /** Non-overlapping changes, sorted by offset. */
  readonly changes: readonly TextChange[];
  /** The best fix of its finding: the one Ctrl+. Enter applies. */
  readonly isPreferred: boolean;
  /** Safe to apply unseen, file-wide: fix-all, on save and `--fix` use only these. */
  readonly safe: boolean;
}

/** What a fix provider may read: the text, the check of that exact text, and the file's style. */
export interface FixContext {
  readonly text: string;
  /** Must come from checking `text`, with its YAML document. */
  readonly check: CheckResult;
  /** Computed on first use: most fixes never need it. */
  style(): DocumentStyle;
}

export type FixProvider = (finding: Finding, ctx: FixContext) => Fix[];
