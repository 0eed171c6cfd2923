/**
 * Parses manifest text with `yaml`, keeping every node's source range.
 *
 * We drive `Lexer` + `Parser` + `Composer` ourselves (rather than `parseAllDocuments`):
 * - to see the CST document tokens: the second document's `---` marker is where ORG003 belongs;
 * - to watch the parser's stack while it runs: `yaml` composes recursively and runs out of stack
 *   somewhere past 850 levels, so a file nested deeper than `maxNestingDepth` is refused before
 *   composing (the lexer and parser themselves are iterative and linear);
 * - to check the time budget every so many tokens, so parsing a huge file can stop early.
 *
 * `uniqueKeys: false`: yaml's own duplicate-key check compares every pair of keys in a map, which
 * is quadratic (seconds on a 20,000-account file). Duplicates are found in linear time by the
 * structure check instead (see ../schema/structureCheck.ts).
 *
 * Nothing in a manifest is executed or constructed: the core schema only, with YAML 1.1 types
 * (`!!binary`, `!!timestamp`, `!!set`, …) and merge keys off, so every tag other than the core
 * ones (`!!str`, `!!int`, `!!map`, …) is left unresolved and reported (ORG001); `yaml` has no
 * `!!js/…` types at all.
 *
 * A tab used for indentation makes `yaml` lose the rest of the document; see ./tabRecovery.ts.
 */
import { Composer, Lexer, Parser } from 'yaml';
import type { CST, Document, ParsedNode, YAMLError } from 'yaml';
import { NO_DEADLINE } from '../limits/deadline';
import type { Deadline } from '../limits/deadline';
import type { Span } from '../text/span';
import { blankLines, tabIndentedLines } from './tabRecovery';

export interface YamlProblem {
  readonly span: Span;
  readonly message: string;
  /** yaml's error code, e.g. `BAD_INDENT`, used to pick advice. */
  readonly code: string;
  readonly warning: boolean;
}

/** Why parsing stopped before the end: too deep (at `offset`), or out of time. */
export type ParseStop = { readonly reason: 'nestingDepth'; readonly offset: number } | { readonly reason: 'timeBudget' };

export interface ParsedYaml {
  /** The first document: the manifest. Undefined for an empty stream, or when parsing stopped. */
  readonly document?: Document.Parsed<ParsedNode>;
  /** Syntax errors (and warnings) of the first document and of the stream. */
  readonly problems: readonly YamlProblem[];
  /** Where each further document starts (its `---`, or its first token): ORG003. */
  readonly extraDocumentStarts: readonly Span[];
  /** Lines that could not be read (indented with tabs) and were left out of `document`. */
  readonly lostLines: readonly Span[];
  readonly stopped?: ParseStop;
}

export interface ParseOptions {
  /** Deepest nesting of collections read; deeper files stop with `nestingDepth`. */
  readonly maxNestingDepth?: number;
  readonly deadline?: Deadline;
}

const COMPOSE_OPTIONS = {
  // yaml prints its warnings to stderr (process.emitWarning); ours become findings instead.
  logLevel: 'error',
  uniqueKeys: false,
  prettyErrors: false,
  keepSourceTokens: false,
  strict: true,
  schema: 'core',
  merge: false,
  resolveKnownTags: false,
} as const;

/** Tokens between two looks at the clock: often enough to stop promptly, rare enough to cost nothing. */
const TOKENS_PER_DEADLINE_CHECK = 1024;

export function parseYaml(text: string, options: ParseOptions = {}): ParsedYaml {
  const first = parseOnce(text, options);
  if (first.stopped || !first.problems.some((p) => p.code === 'TAB_AS_INDENT')) return first;
  // Read the file again without its tab-indented lines, so one tab does not hide the rest.
  const lost = tabIndentedLines(text, first.problems.filter((p) => p.code === 'TAB_AS_INDENT').map((p) => p.span.start));
  const second = parseOnce(blankLines(text, lost.map((l) => l.line)), options);
  if (second.stopped) return second;
  const tabProblems = lost.map(
    (l): YamlProblem => ({ span: l.indent, code: 'TAB_AS_INDENT', warning: false, message: 'Tabs are not allowed as indentation, so this line is skipped' }),
  );
  return { ...second, problems: [...tabProblems, ...second.problems], lostLines: lost.map((l) => l.line) };
}

function parseOnce(text: string, options: ParseOptions): ParsedYaml {
  // `yaml` makes an Error for every problem, and capturing each one's stack trace is most of the
  // time spent on garbage input (a pasted binary: an error per line). Nobody reads those stacks.
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return parseWithoutStacks(text, options);
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
  }
}

function parseWithoutStacks(text: string, options: ParseOptions): ParsedYaml {
  const cst = readCst(text, options.maxNestingDepth ?? Infinity, options.deadline ?? NO_DEADLINE);
  if ('stopped' in cst) return { problems: [], extraDocumentStarts: [], lostLines: [], stopped: cst.stopped };
  const composer = new Composer(COMPOSE_OPTIONS);
  let first: Document.Parsed<ParsedNode> | undefined;
  for (const doc of composer.compose(cst.tokens, false, text.length)) first ??= doc;
  const problems: YamlProblem[] = [];
  if (first) {
    for (const e of first.errors) problems.push(toProblem(e, false, text.length));
    for (const w of first.warnings) problems.push(toProblem(w, true, text.length));
  }
  for (const e of composer.streamInfo().errors) problems.push(toProblem(e, false, text.length));
  return { document: first, problems, extraDocumentStarts: cst.docStarts.slice(1), lostLines: [] };
}

/** Lexes and parses to CST tokens, stopping when the parser's stack gets too deep or time is up. */
function readCst(text: string, maxDepth: number, deadline: Deadline): { tokens: CST.Token[]; docStarts: Span[] } | { stopped: ParseStop } {
  const parser = new Parser();
  const tokens: CST.Token[] = [];
  const docStarts: Span[] = [];
  const keep = (token: CST.Token) => {
    if (token.type === 'document') docStarts.push(documentStart(token));
    tokens.push(token);
  };
  let count = 0;
  for (const lexeme of new Lexer().lex(text)) {
    const at = parser.offset;
    for (const token of parser.next(lexeme)) keep(token);
    // `at`: where the token that opened one collection too many starts.
    if (tooDeep(parser.stack, maxDepth)) return { stopped: { reason: 'nestingDepth', offset: Math.min(at, text.length) } };
    if (++count % TOKENS_PER_DEADLINE_CHECK === 0 && deadline.expired()) return { stopped: { reason: 'timeBudget' } };
  }
  for (const token of parser.end()) keep(token);
  return { tokens, docStarts };
}

const COLLECTIONS = new Set(['block-map', 'block-seq', 'flow-collection']);

/**
 * The parser's stack holds the document, one entry per open collection and at times a scalar; the
 * exact count (a filter) is only needed once the stack itself is taller than the limit.
 */
function tooDeep(stack: readonly CST.Token[], maxDepth: number): boolean {
  return stack.length - 1 > maxDepth && stack.filter((t) => COLLECTIONS.has(t.type)).length > maxDepth;
}

function documentStart(doc: CST.Document): Span {
  const marker = doc.start.find((t) => t.type === 'doc-start');
  if (marker) return { start: marker.offset, end: marker.offset + marker.source.length };
  return { start: doc.offset, end: doc.offset };
}

function toProblem(error: YAMLError, warning: boolean, textLength: number): YamlProblem {
  const start = Math.min(error.pos[0], textLength);
  const end = Math.min(Math.max(error.pos[1], start), textLength);
  return { span: { start, end }, message: error.message, code: error.code, warning };
}
