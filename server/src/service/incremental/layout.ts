/**
 * Where the accounts are in the text: the `accounts:` section of a block-style manifest and the
 * line on which each account block starts. An account block runs from its key line to the next key
 * line at the same indentation; the comments and blank lines after an account belong to its block.
 * Found with a scan over line starts (no parsing), and re-validated around an edit.
 */

export interface AccountsLayout {
  /** Indentation of the account keys. */
  readonly indent: number;
  /** Offset of the first character of each account block's key line. */
  readonly starts: readonly number[];
  /** Offset where the accounts section ends: the start of the next line that is less indented. */
  readonly sectionEnd: number;
}

const ACCOUNTS_KEY = /(^|\n)accounts:[ \t]*(#[^\n]*)?\r?\n/;

/** The layout of a block-style `accounts:` section, or undefined when there is none. */
export function scanAccounts(text: string): AccountsLayout | undefined {
  const found = ACCOUNTS_KEY.exec(text);
  if (!found) return undefined;
  let at = found.index + found[0].length;
  let indent = -1;
  const starts: number[] = [];
  while (at < text.length) {
    const line = lineAt(text, at);
    if (line.kind === 'content') {
      if (line.tabIndented) return undefined;
      if (indent < 0) indent = line.indent;
      if (line.indent < indent || indent === 0) break;
      if (line.indent === indent) {
        if (!startsKey(text, at + indent)) return undefined;
        starts.push(at);
      }
    }
    at = line.next;
  }
  if (starts.length === 0) return undefined;
  return { indent, starts, sectionEnd: Math.min(at, text.length) };
}

/**
 * Whether `block` (an account block's new text) is still exactly one account block: its first line
 * is a key at `indent`, and every other line is blank, a comment, or more indented.
 */
export function isOneBlock(block: string, indent: number): boolean {
  const first = lineAt(block, 0);
  if (first.kind !== 'content' || first.indent !== indent || first.tabIndented || !startsKey(block, indent)) return false;
  for (let at = first.next; at < block.length; ) {
    const line = lineAt(block, at);
    if (line.kind === 'content' && (line.indent <= indent || line.tabIndented)) return false;
    at = line.next;
  }
  return true;
}

interface Line {
  readonly kind: 'blank' | 'comment' | 'content';
  readonly indent: number;
  /** A tab in the indentation: `yaml` rejects it, and the check reads such lines specially. */
  readonly tabIndented: boolean;
  /** Offset of the next line. */
  readonly next: number;
}

function lineAt(text: string, at: number): Line {
  const newline = text.indexOf('\n', at);
  const next = newline < 0 ? text.length : newline + 1;
  let i = at;
  let tabIndented = false;
  while (i < next) {
    const c = text.charCodeAt(i);
    if (c === 32) i++;
    else if (c === 9) {
      tabIndented = true;
      i++;
    } else break;
  }
  const c = i < next ? text.charCodeAt(i) : 10;
  const kind = c === 10 || c === 13 ? 'blank' : c === 35 /* # */ ? 'comment' : 'content';
  return { kind, indent: i - at, tabIndented: kind === 'content' && tabIndented, next };
}

/** A plain or quoted key; not a list item, a flow collection, a directive or document marker. */
function startsKey(text: string, at: number): boolean {
  const c = text[at];
  return c !== undefined && !'-[]{}#&*!|>%@`,?:'.includes(c);
}
