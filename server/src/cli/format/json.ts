/**
 * JSON output for scripts: every diagnostic with 1-based positions (and the 0-based LSP range),
 * its docs link and related places, plus the summary.
 */
import type { FileResult } from '../checkFiles';
import type { FileProblem } from '../files';
import { severityName, summarize } from './summary';

export function formatJson(results: readonly FileResult[], problems: readonly FileProblem[], version: string): string {
  const output = {
    tool: { name: 'org-manifest', version },
    files: results.map((result) => ({
      path: result.displayPath,
      diagnostics: result.diagnostics.map((d) => ({
        code: d.code,
        severity: severityName(d.severity),
        message: d.message,
        line: d.range.start.line + 1,
        column: d.range.start.character + 1,
        endLine: d.range.end.line + 1,
        endColumn: d.range.end.character + 1,
        range: d.range,
        docs: d.codeDescription?.href,
        related: (d.relatedInformation ?? []).map((r) => ({
          message: r.message,
          line: r.location.range.start.line + 1,
          column: r.location.range.start.character + 1,
        })),
      })),
    })),
    problems,
    summary: summarize(results),
  };
  return JSON.stringify(output, null, 2) + '\n';
}
