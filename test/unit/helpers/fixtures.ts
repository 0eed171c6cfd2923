/**
 * Small helpers shared by the rule fixtures (test/unit/rules): manifest headers, settings checks and
 * look-ups of related places, so each test file states only what its rule is about.
 */
import assert from 'node:assert/strict';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import type { Diagnostic } from 'vscode-languageserver-types';
import { diagnose } from './annotations';
import type { CheckOptions } from './annotations';

/**
 * A manifest header whose `organization` holds `featureSets` (e.g. `featureSet: ALL`), followed by
 * `accounts:` with the management account (id 111111111111) and then `accounts`.
 */
export function orgHeader(featureSets: string, accounts = ''): string {
  return `apiVersion: orgmanifest/v1
organization:
  ${featureSets.split('\n').join('\n  ')}
  managementAccount: management
accounts:
  management:
    id: "111111111111"
${accounts}`;
}

/** The 0-based line of the first line containing `needle` (fails the test when there is none). */
export function lineOf(text: string, needle: string): number {
  const line = text.split('\n').findIndex((l) => l.includes(needle));
  assert.ok(line >= 0, `no line contains ${JSON.stringify(needle)}`);
  return line;
}

/** The 0-based lines that `relatedInformation` points at. */
export function relatedLines(diagnostic: Diagnostic | undefined): number[] {
  return (diagnostic?.relatedInformation ?? []).map((r) => r.location.range.start.line);
}

const SEVERITY_SETTING: Readonly<Record<DiagnosticSeverity, string>> = {
  [DiagnosticSeverity.Error]: 'error',
  [DiagnosticSeverity.Warning]: 'warning',
  [DiagnosticSeverity.Information]: 'information',
  [DiagnosticSeverity.Hint]: 'hint',
};

/**
 * The settings contract for one rule on a fixture that reports it: every finding of `code` has the
 * default severity, an override changes it, and `off` removes them all (and only them).
 */
export function checkRuleSettings(text: string, code: string, defaultSeverity: DiagnosticSeverity, options: CheckOptions = {}): void {
  const ofCode = (settings: unknown) => diagnose(text, { ...options, settings }).filter((d) => d.code === code);
  const defaults = ofCode(undefined);
  assert.ok(defaults.length > 0, `the fixture reports no ${code}`);
  assert.deepEqual(new Set(defaults.map((d) => d.severity)), new Set([defaultSeverity]));
  for (const d of defaults) {
    assert.equal(d.source, 'org-manifest');
    assert.equal(d.codeDescription?.href.endsWith(`/docs/rules/${code}.md`), true);
  }

  const other = defaultSeverity === DiagnosticSeverity.Hint ? DiagnosticSeverity.Error : DiagnosticSeverity.Hint;
  const overridden = ofCode({ rules: { [code]: SEVERITY_SETTING[other] } });
  assert.equal(overridden.length, defaults.length);
  assert.deepEqual(new Set(overridden.map((d) => d.severity)), new Set([other]));

  const rest = (settings: unknown) => diagnose(text, { ...options, settings }).filter((d) => d.code !== code).length;
  assert.deepEqual(ofCode({ rules: { [code]: 'off' } }), []);
  assert.equal(rest({ rules: { [code]: 'off' } }), rest(undefined), `turning ${code} off changed other findings`);
}

/**
 * Asserts one diagnostic's code and range (0-based line and columns), for findings the caret
 * annotations cannot mark: those that start in column 0, where the `#` of a comment must go.
 */
export function assertFindingAt(diagnostic: Diagnostic | undefined, code: string, line: number, start: number, end: number): void {
  assert.ok(diagnostic, `expected a ${code} finding`);
  assert.deepEqual(
    { code: diagnostic.code, start: diagnostic.range.start, end: diagnostic.range.end },
    { code, start: { line, character: start }, end: { line, character: end } },
  );
}
