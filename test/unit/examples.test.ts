/**
 * The example manifests are documentation: acme.org.yaml lists the findings it expects in its own
 * header comment (`# Expected findings:`), and minimal.org.yaml promises none. These tests keep the
 * files and the checker in step.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-types';
import { diagnose } from './helpers/annotations';

const EXAMPLES = resolve(__dirname, '../../examples');

/** `ORGnnn subject` lines of the `# Expected findings:` block, up to the first line that is not one. */
export function expectedFindings(text: string): string[] {
  const lines = text.split(/\r?\n/);
  const start = lines.findIndex((line) => /^#\s*Expected findings:\s*$/.test(line));
  assert.ok(start >= 0, 'the example has no "# Expected findings:" block');
  const result: string[] = [];
  for (const line of lines.slice(start + 1)) {
    const match = /^#\s+(ORG\d{3})\s+(\S+)\s*$/.exec(line);
    if (!match) break;
    result.push(`${match[1]} ${match[2]}`);
  }
  return result.sort();
}

/** Sections whose entries are named by their keys, and the indentation of those keys. */
const NAMED_ENTRIES: Readonly<Record<string, number>> = { accounts: 2, trustedAccess: 2, organizationalUnits: 2, policies: 4 };

/**
 * What a finding is about: in `accounts` (and the other sections of named entries), the nearest
 * entry key at or above the finding's line; elsewhere, the top-level key of its section.
 */
export function subjectOf(text: string, line: number): string {
  const lines = text.split(/\r?\n/);
  // The nearest key at each indentation, walking up from the finding's line.
  const nearest = new Map<number, string>();
  for (let i = line; i >= 0; i--) {
    const match = /^( *)([^\s#-][^:]*):/.exec(lines[i]!);
    if (!match) continue;
    const indent = match[1]!.length;
    const key = match[2]!.trim();
    if (indent === 0) {
      const entryIndent = NAMED_ENTRIES[key];
      return (entryIndent !== undefined ? nearest.get(entryIndent) : undefined) ?? key;
    }
    if (!nearest.has(indent)) nearest.set(indent, key);
  }
  return '(document)';
}

function actualFindings(text: string, diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((d) => `${String(d.code)} ${subjectOf(text, d.range.start.line)}`).sort();
}

describe('examples', () => {
  it('acme.org.yaml reports exactly the findings its header lists', () => {
    const text = readFileSync(resolve(EXAMPLES, 'acme.org.yaml'), 'utf8');
    const expected = expectedFindings(text);
    assert.ok(expected.length > 0, 'the expected-findings block is empty');
    const diagnostics = diagnose(text);
    const messages = diagnostics.map((d) => `  ${String(d.code)} ${d.range.start.line + 1}: ${d.message}`).join('\n');
    assert.deepEqual(actualFindings(text, diagnostics), expected, `findings:\n${messages}`);
  });

  it('minimal.org.yaml has no findings at all', () => {
    const text = readFileSync(resolve(EXAMPLES, 'minimal.org.yaml'), 'utf8');
    assert.deepEqual(
      diagnose(text).map((d) => `${String(d.code)} ${d.range.start.line + 1}: ${d.message}`),
      [],
    );
  });

  describe('subjects', () => {
    const text = `accounts:
  payments:
    administrator:
      permissions: []
handshakes:
  - { type: INVITE }
policies:
  serviceControlPolicies:
    DenyAll:
      targets: [Root]
`;

    it('is the account whose block holds the line', () => {
      assert.equal(subjectOf(text, 2), 'payments');
      assert.equal(subjectOf(text, 3), 'payments');
      assert.equal(subjectOf(text, 1), 'payments');
    });

    it('is the section for other findings, and the policy name in policies', () => {
      assert.equal(subjectOf(text, 5), 'handshakes');
      assert.equal(subjectOf(text, 0), 'accounts');
      assert.equal(subjectOf(text, 9), 'DenyAll');
    });
  });
});
