/**
 * Random edits for the fuzz test, the way a user types, pastes and breaks a manifest: characters
 * and lines inserted and deleted, indentation changed (tabs too), values swapped between lines,
 * fragments of other fixtures pasted in. Positions are drawn as plain numbers and taken modulo the
 * text at the time of the edit, so every edit applies to whatever the earlier ones left.
 */
import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { CORPUS, textOf } from './corpus';

const ROOT = path.join(__dirname, '..', '..');

/** Every manifest-like fixture in the repository, plus the small corpus cases. */
export function loadFixtures(): { readonly name: string; readonly text: string }[] {
  const folders = ['examples', 'test/grammar/fixtures', 'test/cli/fixtures', 'test/cli/fixtures/tree', 'test/cli/fixtures/tree/sub', 'test/vscode/workspace'];
  const files = folders.flatMap((folder) =>
    safeList(path.join(ROOT, folder))
      .filter((name) => /\.ya?ml$/.test(name))
      .map((name) => ({ name: `${folder}/${name}`, text: readFileSync(path.join(ROOT, folder, name), 'utf8') })),
  );
  const corpus = CORPUS.filter((entry) => !entry.large && !entry.name.startsWith('wrong-type-')).map((entry) => ({ name: entry.name, text: textOf(entry) }));
  return [...files, ...corpus.filter((c) => c.text.length < 20_000)];
}

function safeList(folder: string): string[] {
  try {
    return readdirSync(folder).sort();
  } catch {
    return [];
  }
}

/** Pieces that mean something to YAML or to the rules, besides plain characters. */
const PIECES = [
  ':', ': ', '- ', '[', ']', '{', '}', ',', '#', ' #', '&a ', '*a', '!', '!!str ', '!!binary ', '|', '>', "'", '"', '%', '@', '`', '?', '---\n', '...\n',
  '\n', '\r\n', '\r', '\t', '  ', '    ', '\u0000', '\uFFFD', '\uFEFF', '\u2028', 'é', '🚀', '\\', '\\u',
  'ORG201', 'organizations:AcceptHandshake', 'iam:CreateServiceLinkedRole', 'deleted', 'present', 'invited', 'created', 'ALL', 'CONSOLIDATED_BILLING',
  'sso.amazonaws.com', 'AWSServiceRoleForOrganizations', '"111111111111"', '012345678901', 'featureSet: ', 'accounts:\n', 'administrator:\n  permissions: [',
  '# org-manifest-disable-next-line ORG502', ' until 2020-01-01', 'Effect: Deny', 'Action: "*"', 'NotAction: ', 'Condition:', '<<: *a',
];

const snippet = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...PIECES) },
  { weight: 2, arbitrary: fc.string({ maxLength: 8 }) },
  { weight: 1, arbitrary: fc.array(fc.constantFrom(...PIECES), { maxLength: 6 }).map((parts) => parts.join('')) },
);

export type Edit =
  | { readonly kind: 'insert'; readonly at: number; readonly text: string }
  | { readonly kind: 'delete'; readonly at: number; readonly length: number }
  | { readonly kind: 'insertLine'; readonly line: number; readonly text: string }
  | { readonly kind: 'deleteLine'; readonly line: number }
  | { readonly kind: 'duplicateLine'; readonly line: number }
  | { readonly kind: 'indent'; readonly line: number; readonly by: string }
  | { readonly kind: 'swapValues'; readonly first: number; readonly second: number }
  | { readonly kind: 'paste'; readonly fixture: number; readonly from: number; readonly length: number; readonly at: number };

const position = fc.nat({ max: 1_000_000 });

export const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: position, text: snippet }),
  fc.record({ kind: fc.constant('delete' as const), at: position, length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant('insertLine' as const), line: position, text: snippet }),
  fc.record({ kind: fc.constant('deleteLine' as const), line: position }),
  fc.record({ kind: fc.constant('duplicateLine' as const), line: position }),
  fc.record({ kind: fc.constant('indent' as const), line: position, by: fc.constantFrom('', ' ', '  ', '\t', '-') }),
  fc.record({ kind: fc.constant('swapValues' as const), first: position, second: position }),
  fc.record({ kind: fc.constant('paste' as const), fixture: position, from: position, length: fc.integer({ min: 1, max: 400 }), at: position }),
);

const VALUE = /^([ \t]*(?:- )?[^:#\s][^:#\n]*:[ \t]+)(.*)$/;

export function applyEdit(text: string, e: Edit, fixtures: readonly { readonly text: string }[]): string {
  const lines = text.split('\n');
  const lineAt = (n: number) => n % Math.max(lines.length, 1);
  switch (e.kind) {
    case 'insert':
      return spliceText(text, e.at % (text.length + 1), 0, e.text);
    case 'delete':
      return spliceText(text, e.at % (text.length + 1), e.length, '');
    case 'insertLine':
      lines.splice(e.line % (lines.length + 1), 0, e.text);
      return lines.join('\n');
    case 'deleteLine':
      lines.splice(lineAt(e.line), 1);
      return lines.join('\n');
    case 'duplicateLine':
      lines.splice(lineAt(e.line), 0, lines[lineAt(e.line)] ?? '');
      return lines.join('\n');
    case 'indent': {
      const i = lineAt(e.line);
      lines[i] = e.by === '' ? (lines[i] ?? '').replace(/^\s{1,2}/, '') : `${e.by}${lines[i] ?? ''}`;
      return lines.join('\n');
    }
    case 'swapValues':
      return swapValues(lines, e.first, e.second).join('\n');
    case 'paste': {
      const source = fixtures[e.fixture % fixtures.length]!.text;
      const from = e.from % (source.length + 1);
      return spliceText(text, e.at % (text.length + 1), 0, source.slice(from, from + e.length));
    }
  }
}

function spliceText(text: string, at: number, deleted: number, inserted: string): string {
  return text.slice(0, at) + inserted + text.slice(at + deleted);
}

/** Swaps the values of two `key: value` lines (a value where another type or name belongs). */
function swapValues(lines: string[], first: number, second: number): string[] {
  const withValues = lines.map((line, i) => ({ i, match: VALUE.exec(line) })).filter((l) => l.match);
  if (withValues.length < 2) return lines;
  const a = withValues[first % withValues.length]!;
  const b = withValues[second % withValues.length]!;
  const result = [...lines];
  result[a.i] = a.match![1]! + b.match![2]!;
  result[b.i] = b.match![1]! + a.match![2]!;
  return result;
}
