import { DiagnosticSeverity } from 'vscode-languageserver-types';
import type { FileResult } from '../checkFiles';

export interface Summary {
  readonly files: number;
  readonly errors: number;
  readonly warnings: number;
  readonly information: number;
  readonly hints: number;
}

export function summarize(results: readonly FileResult[]): Summary {
  let errors = 0;
  let warnings = 0;
  let information = 0;
  let hints = 0;
  for (const result of results) {
    for (const d of result.diagnostics) {
      if (d.severity === DiagnosticSeverity.Error) errors++;
      else if (d.severity === DiagnosticSeverity.Warning) warnings++;
      else if (d.severity === DiagnosticSeverity.Information) information++;
      else hints++;
    }
  }
  return { files: results.length, errors, warnings, information, hints };
}

export function severityName(severity: DiagnosticSeverity | undefined): 'error' | 'warning' | 'info' | 'hint' {
  switch (severity) {
    case DiagnosticSeverity.Warning:
      return 'warning';
    case DiagnosticSeverity.Information:
      return 'info';
    case DiagnosticSeverity.Hint:
      return 'hint';
    default:
      return 'error';
  }
}
