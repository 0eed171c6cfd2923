/**
 * The bad-input corpus (issue #9): every kind of input a language server meets on a bad day. Small
 * cases are files under ./corpus; the big ones (50 MB, 100,000 levels, a 1 MB line) and the binary
 * ones are generated at test time, never committed. Each entry says what the service must report
 * and how the CLI must exit; the service, server and CLI tests all run the same entries.
 */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-types';
import { manifestSchema } from '../../server/src/service/schema/manifestSchema';
import type { SchemaNode } from '../../server/src/service/schema/types';

export const CORPUS_DIR = path.join(__dirname, 'corpus');

/** A small manifest with exactly one finding: ORG502 on the unquoted id, line 8 (0-based), columns 8–20. */
export const BASE = `apiVersion: orgmanifest/v1
organization:
  featureSet: ALL
  managementAccount: management
accounts:
  management:
    id: "111111111111"
  payments:
    id: 222222222222
    joined: invited
`;

export interface CorpusEntry {
  /** The file name it is written under, e.g. `crlf.org.yaml`. */
  readonly name: string;
  /** What is on disk. */
  bytes(): Buffer;
  /** Asserts what the service reports for the text (the bytes decoded as UTF-8, BOM kept). */
  expect(diagnostics: readonly Diagnostic[]): void;
  /** How the CLI must exit, and (for 2) what it must say on stderr. */
  readonly cli: { readonly status: 1 | 2; readonly stderr?: RegExp };
  /** Megabytes: left out where every case is run many times (the fuzzer). */
  readonly large?: boolean;
}

/** The text an editor or the CLI hands the service: invalid bytes become U+FFFD, a BOM stays. */
export function textOf(entry: CorpusEntry): string {
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(entry.bytes());
}

// Expectations ------------------------------------------------------------------------------

const INFORMATION = 3;

/** Our messages are plain text; LSP also allows markup. */
export function messageOf(diagnostic: Diagnostic): string {
  return typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value;
}

function summary(diagnostics: readonly Diagnostic[]): string {
  return diagnostics.map((d) => `${d.code}@${d.range.start.line}:${d.range.start.character} ${messageOf(d).slice(0, 100)}`).join('\n');
}

/** Exactly one diagnostic: an informational ORG001 whose message matches. */
function onlyNotice(pattern: RegExp): (d: readonly Diagnostic[]) => void {
  return (diagnostics) => {
    assert.equal(diagnostics.length, 1, summary(diagnostics));
    assert.equal(diagnostics[0]!.code, 'ORG001');
    assert.equal(diagnostics[0]!.severity, INFORMATION);
    assert.match(messageOf(diagnostics[0]!), pattern);
  };
}

/** These codes at these 0-based lines (and columns, when given), and nothing else. */
function exactly(...expected: readonly [code: string, line: number, character?: number, message?: RegExp][]): (d: readonly Diagnostic[]) => void {
  return (diagnostics) => {
    const actual = diagnostics.map((d) => `${d.code}@${d.range.start.line}`).sort();
    assert.deepEqual(actual, expected.map(([code, line]) => `${code}@${line}`).sort(), summary(diagnostics));
    for (const [code, line, character, message] of expected) {
      const match = diagnostics.find((d) => d.code === code && d.range.start.line === line)!;
      if (character !== undefined) assert.equal(match.range.start.character, character, summary([match]));
      if (message) assert.match(messageOf(match), message);
    }
  };
}

const BASE_FINDING: [string, number, number] = ['ORG502', 8, 8];

// Files ---------------------------------------------------------------------------------------

function file(name: string, expect: CorpusEntry['expect'], cli: CorpusEntry['cli'] = { status: 1 }): CorpusEntry {
  return { name, bytes: () => readFileSync(path.join(CORPUS_DIR, name)), expect, cli };
}

const FILES: readonly CorpusEntry[] = [
  file('alias-bomb.org.yaml', (d) => {
    const aliases = d.filter((x) => x.code === 'ORG001');
    assert.equal(aliases.length, 1, summary(d));
    assert.match(messageOf(aliases[0]!), /Too many aliases/);
  }),
  file('alias-cycle.org.yaml', exactly(['ORG001', 9, 8, /refers to a node that contains it/])),
  file('custom-tags.org.yaml', (d) => {
    const tags = d.filter((x) => x.code === 'ORG001');
    assert.deepEqual(tags.map((x) => x.range.start.line), [3, 8, 9, 11, 12], summary(d));
    for (const tag of tags) assert.match(messageOf(tag), /Unresolved tag.*Remove the tag/);
  }),
  file('empty.org.yaml', exactly(['ORG002', 0, 0, /no manifest/])),
  file('only-comments.org.yaml', exactly(['ORG002', 0, 0, /no manifest/])),
  file('multi-document.org.yaml', exactly(['ORG502', 9, 8], ['ORG003', 11, 0, /document 2/], ['ORG003', 19, 0, /document 3/])),
  file('tabs.org.yaml', exactly(['ORG001', 10, 0, /Tabs/], ['ORG502', 12, 8])),
  file('unterminated-quote.org.yaml', exactly(['ORG001', 9, 8, /Missing closing "quote/])),
];

// Generated -----------------------------------------------------------------------------------

function generated(name: string, make: () => string | Buffer, expect: CorpusEntry['expect'], cli: CorpusEntry['cli'] = { status: 1 }, large = false): CorpusEntry {
  const bytes = () => {
    const made = make();
    return typeof made === 'string' ? Buffer.from(made, 'utf8') : made;
  };
  return { name, bytes, expect, cli, large };
}

/** Deterministic bytes (a linear congruential generator), so a failure is reproducible. */
export function seededBytes(length: number, seed: number): Buffer {
  const bytes = Buffer.alloc(length);
  let state = seed;
  for (let i = 0; i < length; i++) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    bytes[i] = state >>> 24;
  }
  return bytes;
}

/** YAML's punctuation in a random order: an error on nearly every line (over 10,000 of them). */
function garbage(tokens: number, seed: number): string {
  const TOKENS = ['[', ']', '{', '}', ': ', '- ', '? ', '"', "'", '&a ', '*a ', '!t ', ' #', '|', '>', 'word', ' ', '  ', ',', '\n', '\n  ', '\t', '%', '@', '`'];
  return Array.from(seededBytes(tokens, seed), (b) => TOKENS[b % TOKENS.length]).join('');
}

/** Many anchors, each aliased once: within `maxAliasCount`, and slow with yaml's own alias lookup. */
function manyAnchors(pairs: number): string {
  const accounts: string[] = [];
  for (let i = 0; i < pairs; i++) {
    const id = String(100000000000 + 2 * i);
    accounts.push(`  a${i}:\n    id: "${id}"\n    joined: invited\n    administrator: &admin${i}\n      permissions: [organizations:AcceptHandshake]`);
    accounts.push(`  b${i}:\n    id: "${String(Number(id) + 1)}"\n    joined: invited\n    administrator: *admin${i}`);
  }
  return BASE.replace('featureSet: ALL', 'featureSet: ALL\n  currentFeatureSet: CONSOLIDATED_BILLING').replace(
    '    joined: invited\n',
    '    joined: invited\n    administrator:\n      permissions: [organizations:AcceptHandshake]\n' + accounts.join('\n') + '\n',
  );
}

/** A valid manifest repeated (with distinct keys) until it is `bytes` long. */
function huge(bytes: number): string {
  const account = (i: number) => `  account-${i}:\n    id: "${String(100000000000 + i)}"\n    joined: created\n`;
  const parts = [BASE];
  let size = BASE.length;
  for (let i = 0; size < bytes; i++) {
    const part = account(i);
    parts.push(part);
    size += part.length;
  }
  return parts.join('');
}

const GENERATED: readonly CorpusEntry[] = [
  generated('bom.org.yaml', () => `\uFEFF${BASE}`, exactly(BASE_FINDING)),
  generated('crlf.org.yaml', () => BASE.replace(/\n/g, '\r\n'), exactly(BASE_FINDING)),
  generated('lone-cr.org.yaml', () => BASE.replace(/\n/g, '\r'), exactly(['ORG001', 0, 26, /lone carriage return/], BASE_FINDING)),
  generated('nul-bytes.org.yaml', () => BASE.replace('featureSet: ALL', 'name: ac\0me\n  featureSet: ALL'), exactly(['ORG001', 2, 10, /U\+0000 \(NUL\)/], ['ORG502', 9, 8]), {
    status: 2,
    stderr: /binary file.*NUL byte on line 3/,
  }),
  generated(
    'invalid-utf8.org.yaml',
    () => Buffer.concat([Buffer.from(BASE.slice(0, BASE.indexOf('  featureSet')) + '  name: Caf'), Buffer.from([0xe9]), Buffer.from('\n' + BASE.slice(BASE.indexOf('  featureSet')))]),
    exactly(['ORG001', 2, 11, /replacement character/], ['ORG502', 9, 8]),
    { status: 2, stderr: /not UTF-8 text.*line 3/ },
  ),
  generated('binary.org.yaml', () => seededBytes(64 * 1024, 9), (d) => assert.ok(d.some((x) => x.code === 'ORG001') && d.length <= 110, summary(d)), {
    status: 2,
    stderr: /binary file/,
  }),
  generated('garbage.org.yaml', () => garbage(60_000, 5), (d) => {
    // yaml finds thousands of errors in this; the first hundred are reported, the last says so.
    const syntax = d.filter((x) => messageOf(x).startsWith('YAML syntax error'));
    assert.equal(syntax.length, 100, summary(d));
    assert.equal(syntax.filter((x) => /more syntax errors after this one are not shown/.test(messageOf(x))).length, 1);
  }),
  // The ORG502 moved down a line (currentFeatureSet); an alias not followed would be ORG201s.
  generated('many-anchors.org.yaml', () => manyAnchors(900), exactly(['ORG502', 9, 8])),
  generated('huge-50mb.org.yaml', () => huge(50 * 1024 * 1024), onlyNotice(/not checked: it is larger than 10,485,760 bytes/), { status: 2, stderr: /larger than the 10,485,760-byte limit/ }, true),
  generated(
    'deep-100000.org.yaml',
    () => `${BASE}organizationalUnits:\n${' ['.repeat(100_000).replace(/ \[/g, ' [\n')}${' ]\n'.repeat(100_000)}`,
    onlyNotice(/nest more than 100 levels/),
    { status: 2, stderr: /nests deeper than the limit/ },
    true,
  ),
  generated('deep-100000-one-line.org.yaml', () => `${BASE}organizationalUnits: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`, onlyNotice(/200,021 characters long/), {
    status: 2,
    stderr: /a line is longer than the limit/,
  }),
  generated('line-1mb.org.yaml', () => BASE.replace('featureSet: ALL', `name: "${'x'.repeat(1024 * 1024)}"\n  featureSet: ALL`), onlyNotice(/1,048,586 characters long/), {
    status: 2,
    stderr: /a line is longer than the limit/,
  }, true),
];

// Every top-level key with every wrong type -----------------------------------------------------

const VALUES: Readonly<Record<string, string>> = { string: '"text"', number: '42', boolean: 'true', list: '[a, b]', mapping: '{a: 1}', null: '~' };

/** The kinds of value a schema accepts from `VALUES`: only a boolean, or null where it may be empty. */
function accepted(schema: SchemaNode): readonly string[] {
  const nullable = 'nullable' in schema && schema.nullable === true ? ['null'] : [];
  return schema.type === 'boolean' ? ['boolean', ...nullable] : nullable;
}

/**
 * One text per top-level key and wrong value. A mapping is never quite right either (`{a: 1}` has
 * an unknown key), and a string never matches an enum or a reference, so every value but a
 * nullable key's null must be reported on the key's line.
 */
export function wrongTypeCases(): { readonly key: string; readonly kind: string; readonly text: string; readonly line: number }[] {
  const header = ['apiVersion: orgmanifest/v1', 'organization: {featureSet: ALL, managementAccount: management}', 'accounts: {management: {id: "111111111111"}}'];
  const cases = [];
  for (const [key, schema] of Object.entries(manifestSchema.properties)) {
    for (const [kind, value] of Object.entries(VALUES)) {
      if (accepted(schema).includes(kind)) continue;
      const lines = header.filter((l) => !l.startsWith(`${key}:`));
      cases.push({ key, kind, text: [...lines, `${key}: ${value}`, ''].join('\n'), line: lines.length });
    }
  }
  return cases;
}

const WRONG_TYPES: readonly CorpusEntry[] = wrongTypeCases().map((c) =>
  generated(`wrong-type-${c.key}-${c.kind}.org.yaml`, () => c.text, (d) => assert.ok(d.some((x) => x.code === 'ORG002' && x.range.start.line === c.line), `${c.key}: ${c.kind}\n${summary(d)}`)),
);

export const CORPUS: readonly CorpusEntry[] = [...FILES, ...GENERATED, ...WRONG_TYPES];

/** Every committed corpus file is an entry: a new file without expectations fails the tests. */
export function unlistedCorpusFiles(): string[] {
  return readdirSync(CORPUS_DIR).filter((name) => !FILES.some((entry) => entry.name === name));
}
