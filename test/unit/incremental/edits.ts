/**
 * Random edits, mostly the kind a person makes while typing in one account — a character, a word,
 * a whole line — and some that break the structure on purpose (brackets, quotes, anchors, tabs,
 * indentation, new accounts), so that the incremental check's fallbacks are exercised too.
 */
import fc from 'fast-check';
import { scanAccounts } from '../../../server/src/service/incremental/layout';

const TYPED = ['a', 'e', 'Z', '0', '7', ' ', '-', ':', 'invited', 'created', 'deleted', 'organizations:AcceptHandshake', 'iam:*'];
const LINES = [
  '    joined: invited\n',
  '    joined: created\n',
  '    id: 012345678901\n',
  '    id: "123456789012"\n',
  '    ou: Workloads/Prod\n',
  '    email: dup@bench.example\n',
  '    serviceLinkedRoles:\n      AWSServiceRoleForOrganizations: deleted\n',
  '    administrator:\n      permissions: [organizations:AcceptHandshake]\n',
  '  # a comment between accounts\n',
  '\n',
  '  newcomer:\n    id: "999999999999"\n    joined: invited\n',
];
const WILD = ['"', "'", '[', ']', '{', '}', '#', '*', '&x ', '\t', '|', '\n', 'x:\n', '---\n'];

export type RandomEdit =
  | { readonly kind: 'type'; readonly block: number; readonly line: number; readonly column: number; readonly text: string }
  | { readonly kind: 'erase'; readonly block: number; readonly line: number; readonly column: number; readonly length: number }
  | { readonly kind: 'addLine'; readonly block: number; readonly line: number; readonly text: string }
  | { readonly kind: 'dropLine'; readonly block: number; readonly line: number }
  | { readonly kind: 'wild'; readonly position: number; readonly text: string };

/** Fractions (0…1) choose the account, the line in it and the column, so an edit fits any text. */
const fraction = fc.integer({ min: 0, max: 9999 }).map((n) => n / 10000);

export const anEdit: fc.Arbitrary<RandomEdit> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('type' as const), block: fraction, line: fraction, column: fraction, text: fc.constantFrom(...TYPED) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('erase' as const), block: fraction, line: fraction, column: fraction, length: fc.integer({ min: 1, max: 4 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('addLine' as const), block: fraction, line: fraction, text: fc.constantFrom(...LINES) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('dropLine' as const), block: fraction, line: fraction }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('wild' as const), position: fraction, text: fc.constantFrom(...WILD) }) },
);

export function applyEdit(text: string, edit: RandomEdit): string {
  if (edit.kind === 'wild') return insert(text, Math.floor(edit.position * text.length), edit.text);
  const lines = blockLines(text, edit.block);
  if (lines.length === 0) return insert(text, text.length, edit.kind === 'addLine' ? edit.text : 'a');
  const line = lines[Math.floor(edit.line * lines.length)]!;
  const content = line.start + (/^ */.exec(text.slice(line.start, line.end))?.[0].length ?? 0);
  const column = (c: number) => content + Math.floor(c * (line.end - content + 1));
  switch (edit.kind) {
    case 'type':
      return insert(text, column(edit.column), edit.text);
    case 'erase': {
      const at = Math.min(column(edit.column), line.end);
      return text.slice(0, at) + text.slice(Math.min(line.end, at + edit.length));
    }
    case 'addLine':
      // Before any line but the account's key line: a new line above the key would start a new account.
      return insert(text, (line === lines[0] ? lines[1] ?? line : line).start, edit.text);
    case 'dropLine':
      return text.slice(0, line.start) + text.slice(Math.min(text.length, line.end + 1));
  }
}

function insert(text: string, at: number, fragment: string): string {
  return text.slice(0, at) + fragment + text.slice(at);
}

/** The lines (start, end before the line break) of one account block, or of the whole text without accounts. */
function blockLines(text: string, block: number): { start: number; end: number }[] {
  const layout = scanAccounts(text);
  let from = 0;
  let to = text.length;
  if (layout) {
    const index = Math.floor(block * layout.starts.length);
    from = layout.starts[index]!;
    to = layout.starts[index + 1] ?? layout.sectionEnd;
  }
  const lines: { start: number; end: number }[] = [];
  for (let at = from; at < to; ) {
    const newline = text.indexOf('\n', at);
    const end = newline < 0 || newline >= to ? to : newline;
    lines.push({ start: at, end: text[end - 1] === '\r' ? end - 1 : end });
    at = end + 1;
  }
  return lines;
}

/** A letter typed into a value (after `: `) of an account that is not the last one. */
export const aKeystroke = fc.record({ block: fraction, line: fraction, column: fraction, letter: fc.constantFrom('a', 'b', 'x', '1', '9') });

export function typeInValue(text: string, keystroke: { readonly block: number; readonly line: number; readonly column: number; readonly letter: string }): string {
  const layout = scanAccounts(text)!;
  const block = Math.floor(keystroke.block * (layout.starts.length - 1));
  const lines = blockLines(text, block / layout.starts.length).filter((l) => text.slice(l.start, l.end).includes(': '));
  const line = lines[Math.floor(keystroke.line * lines.length)] ?? lines[0]!;
  const valueStart = text.indexOf(': ', line.start) + 2;
  const at = valueStart + Math.floor(keystroke.column * (line.end - valueStart));
  // Inside quotes, or after the opening one: never break the quoting.
  const safe = text[at - 1] === '"' && text[valueStart] === '"' && at === valueStart + 1 ? at : text[valueStart] === '"' ? Math.max(at, valueStart + 1) : at;
  return insert(text, Math.min(safe, text[line.end - 1] === '"' ? line.end - 1 : line.end), keystroke.letter);
}
