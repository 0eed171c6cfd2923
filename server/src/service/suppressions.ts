/**
 * Suppression comments: `# org-manifest-disable-next-line ORG201, ORG202 -- reason until 2026-12-31`
 * silences those codes on the next line. Past its `until` date a comment silences nothing, and a
 * comment that silences nothing is itself reported (ORG005), so stale suppressions do not pile up.
 */
import { CST, Lexer } from 'yaml';
import type { Finding } from './findings';
import type { LineIndex } from './text/lineIndex';
import type { Span } from './text/span';

export const DIRECTIVE = 'org-manifest-disable-next-line';

export interface Suppression {
  /** 0-based line of the comment; it applies to the line after. */
  readonly line: number;
  readonly codes: readonly { readonly code: string; readonly span: Span }[];
  /** Span covering the directive and its codes. */
  readonly span: Span;
  readonly until?: { readonly date: string; readonly span: Span; readonly valid: boolean };
}

const CODE = /ORG\d{3}/y;
const UNTIL = /\buntil\s+(\S+)\s*$/;

/** Finds every suppression comment: a YAML comment that starts with the directive. Linear in the text. */
export function findSuppressions(text: string, lines: LineIndex): Suppression[] {
  const result: Suppression[] = [];
  if (!text.includes(DIRECTIVE)) return result;
  for (const comment of comments(text)) {
    const at = comment.start + /^#\s*/.exec(comment.text)![0].length;
    if (!text.startsWith(DIRECTIVE, at)) continue;
    const line = lines.lineAt(at);
    result.push(parseDirective(text, line, at, lines.lineEnd(line)));
  }
  return result;
}

/**
 * The comments of a YAML text, found with yaml's lexer: a `#` inside a quoted or block scalar
 * (`name: "a # org-manifest-disable-next-line ORG501"`) is text, not a comment, and must neither
 * suppress anything nor be reported as an unused suppression.
 */
function* comments(text: string): Generator<{ readonly start: number; readonly text: string }> {
  let offset = 0;
  for (const token of new Lexer().lex(text)) {
    // These three are markers the lexer inserts; they are not part of the source.
    if (token === CST.DOCUMENT || token === CST.FLOW_END || token === CST.SCALAR) continue;
    if (CST.tokenType(token) === 'comment') yield { start: offset, text: token };
    offset += token.length;
  }
}

function parseDirective(text: string, line: number, at: number, lineEnd: number): Suppression {
  const restStart = at + DIRECTIVE.length;
  let rest = text.slice(restStart, lineEnd);
  let until: Suppression['until'];
  const untilMatch = UNTIL.exec(rest);
  if (untilMatch) {
    const date = untilMatch[1]!;
    const dateStart = restStart + untilMatch.index + untilMatch[0].indexOf(date, 5);
    until = { date, span: { start: restStart + untilMatch.index, end: dateStart + date.length }, valid: isValidDate(date) };
    rest = rest.slice(0, untilMatch.index);
  }
  const reasonAt = rest.indexOf('--');
  const codesText = reasonAt >= 0 ? rest.slice(0, reasonAt) : rest;
  const codes: { code: string; span: Span }[] = [];
  for (let i = 0; i < codesText.length; ) {
    CODE.lastIndex = i;
    const m = CODE.exec(codesText);
    if (m) {
      codes.push({ code: m[0], span: { start: restStart + i, end: restStart + i + m[0].length } });
      i += m[0].length;
    } else {
      i++;
    }
  }
  const codesEnd = codes.length > 0 ? codes[codes.length - 1]!.span.end : restStart;
  return { line, codes, span: { start: at, end: codesEnd }, until };
}

function isValidDate(date: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return false;
  const parsed = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(date);
}

/** `YYYY-MM-DD` of a date, in UTC. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * Removes the findings that suppressions silence and adds ORG005 for expired or unused ones.
 * `isEnabled` keeps a suppression of a rule that is turned off from counting as unused.
 */
export function applySuppressions(
  findings: readonly Finding[],
  suppressions: readonly Suppression[],
  lines: LineIndex,
  today: Date,
  isEnabled: (code: string) => boolean,
): Finding[] {
  if (suppressions.length === 0) return [...findings];
  const byTargetLine = new Map<number, Suppression[]>();
  for (const s of suppressions) byTargetLine.set(s.line + 1, [...(byTargetLine.get(s.line + 1) ?? []), s]);
  const day = isoDay(today);
  const active = (s: Suppression) => !s.until || (s.until.valid && s.until.date >= day);
  const used = new Set<Suppression>();
  const kept = findings.filter((finding) => {
    const candidates = byTargetLine.get(lines.lineAt(finding.span.start));
    const match = candidates?.find((s) => active(s) && s.codes.some((c) => c.code === finding.code));
    if (match) used.add(match);
    return !match;
  });
  for (const s of suppressions) {
    const problem = problemOf(s, active(s), used.has(s), day, isEnabled);
    if (problem) kept.push(problem);
  }
  return kept;
}

function problemOf(s: Suppression, active: boolean, used: boolean, day: string, isEnabled: (code: string) => boolean): Finding | undefined {
  if (s.until && !s.until.valid) {
    return { code: 'ORG005', span: s.until.span, message: `\`until ${s.until.date}\` is not a date: write it as \`until YYYY-MM-DD\`. Until then this comment suppresses nothing.` };
  }
  if (!active && s.until) {
    return {
      code: 'ORG005',
      span: s.until.span,
      message: `This suppression expired on ${s.until.date} (today is ${day}) and no longer suppresses anything. Fix the finding on the next line, or extend the date if the exception still holds.`,
    };
  }
  if (s.codes.length === 0) {
    return { code: 'ORG005', span: s.span, message: 'This suppression comment lists no rule codes, so it suppresses nothing. Add the codes to suppress, e.g. `ORG201`.' };
  }
  if (!used && s.codes.some((c) => isEnabled(c.code))) {
    const listed = s.codes.map((c) => c.code).join(', ');
    return {
      code: 'ORG005',
      span: { start: s.codes[0]!.span.start, end: s.codes[s.codes.length - 1]!.span.end },
      message: `Nothing on the next line is reported as ${listed}, so this suppression has no effect. Remove it (or move it above the line it is meant for).`,
      tags: ['unnecessary'],
    };
  }
  return undefined;
}
