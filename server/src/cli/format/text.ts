/**
 * Compiler-style text output: `file:line:col  severity  CODE  message`, then a summary line.
 * Positions are 1-based, like every compiler and editor "go to line" box.
 */
import type { FileResult } from '../checkFiles';
import { severityName, summarize } from './summary';

export interface TextStyle {
  readonly color: boolean;
}

const COLORS = { error: '31', warning: '33', info: '36', hint: '90', dim: '2', bold: '1' } as const;

export function formatText(results: readonly FileResult[], style: TextStyle): string {
  const paint = (code: string, text: string) => (style.color ? `\u001b[${code}m${text}\u001b[0m` : text);
  const lines: string[] = [];
  for (const result of results) {
    for (const d of result.diagnostics) {
      const where = `${result.displayPath}:${d.range.start.line + 1}:${d.range.start.character + 1}`;
      const severity = severityName(d.severity);
      lines.push(`${where}  ${paint(COLORS[severity], severity.padEnd(7))}  ${paint(COLORS.dim, String(d.code))}  ${d.message}`);
    }
  }
  const s = summarize(results);
  const total = s.errors + s.warnings + s.information + s.hints;
  const files = `${s.files} ${s.files === 1 ? 'file' : 'files'}`;
  if (total === 0) {
    lines.push(`No problems found in ${files}.`);
  } else {
    const parts = [
      plural(s.errors, 'error'),
      plural(s.warnings, 'warning'),
      s.information > 0 ? `${s.information} info` : '',
      plural(s.hints, 'hint'),
    ].filter(Boolean);
    lines.push(paint(COLORS.bold, `${plural(total, 'problem')} (${parts.join(', ')}) in ${files}.`));
  }
  return lines.join('\n') + '\n';
}

function plural(count: number, word: string): string {
  return count === 0 ? '' : `${count} ${word}${count === 1 ? '' : 's'}`;
}
