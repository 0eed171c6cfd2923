/**
 * Every diagnostic — **Disable ORGnnn for this line**: a suppression comment above the line where the
 * finding starts, at that line's indentation; or the code added to the suppression comment already there.
 */
import { isScalar } from 'yaml';
import type { Finding } from '../../findings';
import { locate } from '../../parse/locate';
import { DIRECTIVE } from '../../suppressions';
import type { Fix, FixContext, TextChange } from '../types';
import { indentAt } from '../text';
import { makeFix, rootOf } from './shared';

const DIRECTIVE_LINE = new RegExp(`^[ \\t]*#[ \\t]*${DIRECTIVE}\\b`);
const CODES_END = /ORG\d{3}(?![\s\S]*ORG\d{3})/;

export function disableForLineFixes(finding: Finding, ctx: FixContext): Fix[] {
  // ORG005 judges the suppression comments themselves; no comment can silence it.
  if (finding.code === 'ORG005') return [];
  const lines = ctx.check.lines;
  const line = lines.lineAt(finding.span.start);
  const lineStart = lines.lineStart(line);
  // A comment line inside a multi-line string would become part of the string.
  if (insideScalar(ctx, lineStart)) return [];
  const change = line > 0 && isDirective(ctx, line - 1) ? addCode(ctx, line - 1, finding.code) : newComment(ctx, lineStart, finding.code);
  return makeFix(ctx, `Disable ${finding.code} for this line`, change === null ? undefined : [change], { isPreferred: false, safe: false });
}

function isDirective(ctx: FixContext, line: number): boolean {
  const start = ctx.check.lines.lineStart(line);
  return DIRECTIVE_LINE.test(ctx.check.lines.lineText(line)) && !insideScalar(ctx, start + indentAt(ctx.text, start).length);
}

/** The comment above already suppresses other codes: this one joins them (null when it is listed: then it has expired). */
function addCode(ctx: FixContext, line: number, code: string): TextChange | null {
  const lines = ctx.check.lines;
  const start = lines.lineStart(line);
  const lineText = lines.lineText(line);
  const directiveEnd = lineText.indexOf(DIRECTIVE) + DIRECTIVE.length;
  const reasonAt = lineText.search(/--|\buntil\b/);
  const codesText = lineText.slice(directiveEnd, reasonAt > directiveEnd ? reasonAt : undefined);
  if (new RegExp(`\\b${code}\\b`).test(codesText)) return null;
  const last = CODES_END.exec(codesText);
  const at = start + directiveEnd + (last ? last.index + last[0].length : 0);
  return { start: at, end: at, newText: last ? `, ${code}` : ` ${code}` };
}

function newComment(ctx: FixContext, lineStart: number, code: string): TextChange {
  // A byte order mark stays the first character of the file.
  const at = lineStart === 0 && ctx.text.startsWith('\uFEFF') ? 1 : lineStart;
  const indent = indentAt(ctx.text, lineStart).replace(/^\uFEFF/, '');
  return { start: at, end: at, newText: `${indent}# ${DIRECTIVE} ${code}${ctx.style().eol}` };
}

function insideScalar(ctx: FixContext, offset: number): boolean {
  const node = locate(rootOf(ctx), offset).node;
  return isScalar(node) && node.range !== undefined && node.range !== null && node.range[0] < offset && offset < node.range[1];
}
