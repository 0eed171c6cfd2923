// Reading the diagnostics VS Code shows for a document (the Problems panel's source), polled until they
// are what a test expects: diagnostics arrive asynchronously, so a test never sleeps a fixed time.
import * as vscode from 'vscode';
import { DIAGNOSTIC_SOURCE } from './orgManifest';
import { waitUntil } from './util';

/** The org-manifest diagnostics of `uri` now (other extensions' diagnostics left out). */
export function orgManifestDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((diagnostic) => diagnostic.source === DIAGNOSTIC_SOURCE);
}

/** The rule code of a diagnostic (`ORG201`), whether VS Code holds it as a plain value or with a docs link. */
export function codeOf(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  return String(typeof code === 'object' ? code.value : code);
}

export function codesOf(diagnostics: readonly vscode.Diagnostic[]): string[] {
  return diagnostics.map(codeOf).sort();
}

/**
 * Resolves with the document's org-manifest diagnostics once `settled` holds for them; on timeout the
 * error shows the diagnostics that were there instead.
 */
export function waitForDiagnostics(
  uri: vscode.Uri,
  what: string,
  settled: (diagnostics: vscode.Diagnostic[]) => boolean,
  timeoutMs = 15_000,
): Promise<vscode.Diagnostic[]> {
  return waitUntil(
    `${what} in ${uri.path.split('/').pop() ?? uri.path}`,
    () => {
      const diagnostics = orgManifestDiagnostics(uri);
      return settled(diagnostics) && diagnostics;
    },
    timeoutMs,
    () => JSON.stringify(orgManifestDiagnostics(uri).map(summarize)),
  );
}

/** Waits until the document's codes are exactly `codes` (in any order). */
export function waitForCodes(uri: vscode.Uri, codes: readonly string[], timeoutMs?: number): Promise<vscode.Diagnostic[]> {
  const expected = [...codes].sort().join(',');
  return waitForDiagnostics(uri, `diagnostics [${expected}]`, (diagnostics) => codesOf(diagnostics).join(',') === expected, timeoutMs);
}

/** `ORG201 14:5-14:18 error`. */
export function summarize(diagnostic: vscode.Diagnostic): string {
  const severity = vscode.DiagnosticSeverity[diagnostic.severity].toLowerCase();
  return `${codeOf(diagnostic)} ${formatRange(diagnostic.range)} ${severity}`;
}

/** `14:5-14:18`: 1-based, as the Problems panel shows positions. */
export function formatRange({ start, end }: vscode.Range): string {
  return `${start.line + 1}:${start.character + 1}-${end.line + 1}:${end.character + 1}`;
}
