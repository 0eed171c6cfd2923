/**
 * ORG001 and ORG003 findings from what `yaml` reported: syntax errors (with advice, at most
 * `MAX_SYNTAX_ERRORS` of them), characters YAML does not allow, and documents after the first.
 */
import type { Finding } from '../findings';
import type { LineIndex } from '../text/lineIndex';
import type { Span } from '../text/span';
import type { ParsedYaml, YamlProblem } from './parseYaml';
import { forbiddenCharacters } from './rawText';
import { syntaxMessage } from './syntaxAdvice';

/**
 * Garbage (a binary file, a pasted log) makes `yaml` report an error on nearly every line: hundreds
 * of thousands of diagnostics would help nobody and choke the editor. The first ones are reported,
 * and the last of those says how many more there are.
 */
export const MAX_SYNTAX_ERRORS = 100;

export function syntaxFindings(parsed: ParsedYaml, text: string, lines: LineIndex, valueStarts: ReadonlyMap<number, number>): Finding[] {
  const findings: Finding[] = [];
  // yaml sometimes reports two errors for one place; the first says what is wrong there.
  const seen = new Set<string>();
  const problems = [...parsed.problems]
    .sort((a, b) => a.span.start - b.span.start)
    .map((problem) => ({ problem, span: whereItStarts(problem, lines, valueStarts) }))
    .filter(({ span }) => !seen.has(`${span.start} ${span.end}`) && seen.add(`${span.start} ${span.end}`));
  for (const { problem, span } of problems.slice(0, MAX_SYNTAX_ERRORS)) {
    findings.push({ code: 'ORG001', span, message: syntaxMessage(problem.code, problem.message) });
  }
  if (problems.length > MAX_SYNTAX_ERRORS) {
    const last = findings.pop()!;
    const more = (problems.length - MAX_SYNTAX_ERRORS).toLocaleString('en-US');
    findings.push({ ...last, message: `${last.message} (${more} more syntax errors after this one are not shown: fix these first.)` });
  }
  const forbidden = forbiddenCharacters(text);
  if (forbidden) findings.push(forbidden);
  parsed.extraDocumentStarts.forEach((start, index) => {
    findings.push({
      code: 'ORG003',
      span: start,
      message: `A manifest file holds one YAML document; document ${index + 2} here is ignored. Move it into a file of its own, or remove the \`---\` that starts it.`,
    });
  });
  return findings;
}

/**
 * An unclosed quote is noticed where the file (or the block) ends, lines below the mistake: the
 * finding goes on the line where the quoted value starts instead, from its quote to the line's end.
 */
function whereItStarts(problem: YamlProblem, lines: LineIndex, valueStarts: ReadonlyMap<number, number>): Span {
  const start = problem.code === 'MISSING_CHAR' && /quote/i.test(problem.message) ? valueStarts.get(problem.span.start) : undefined;
  return start === undefined ? problem.span : { start, end: lines.lineEnd(lines.lineAt(start)) };
}
