/**
 * Findings (offsets) → LSP diagnostics (positions). The only place the service makes positions
 * for diagnostics; TextDocument converts offsets in UTF-16, like LSP.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity, DiagnosticTag } from 'vscode-languageserver-types';
import type { Diagnostic, DiagnosticRelatedInformation } from 'vscode-languageserver-types';
import type { Finding, Severity } from './findings';
import { ruleDocsUrl } from './rules/registry';

export const DIAGNOSTIC_SOURCE = 'org-manifest';

const SEVERITIES: Readonly<Record<Severity, DiagnosticSeverity>> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toDiagnostic(finding: Finding, document: TextDocument, severity: Severity): Diagnostic {
  const diagnostic: Diagnostic = {
    range: { start: document.positionAt(finding.span.start), end: document.positionAt(finding.span.end) },
    severity: SEVERITIES[severity],
    code: finding.code,
    codeDescription: { href: ruleDocsUrl(finding.code) },
    source: DIAGNOSTIC_SOURCE,
    message: finding.message,
  };
  if (finding.related && finding.related.length > 0) {
    diagnostic.relatedInformation = finding.related.map(
      (info): DiagnosticRelatedInformation => ({
        location: {
          uri: document.uri,
          range: { start: document.positionAt(info.span.start), end: document.positionAt(info.span.end) },
        },
        message: info.message,
      }),
    );
  }
  if (finding.data) diagnostic.data = finding.data;
  if (finding.tags?.includes('unnecessary')) diagnostic.tags = [DiagnosticTag.Unnecessary];
  return diagnostic;
}
