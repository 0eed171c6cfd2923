/**
 * Parses manifest text with `yaml`, keeping every node's source range.
 *
 * We drive `Parser` + `Composer` ourselves (rather than `parseAllDocuments`) to see the CST
 * document tokens: the second document's `---` marker is where ORG003 belongs.
 *
 * `uniqueKeys: false`: yaml's own duplicate-key check compares every pair of keys in a map, which
 * is quadratic (seconds on a 20,000-account file). Duplicates are found in linear time by the
 * structure check instead (see ../schema/structureCheck.ts).
 */
import { Composer, Parser } from 'yaml';
import type { Document, ParsedNode, YAMLError } from 'yaml';
import type { Span } from '../text/span';

export interface YamlProblem {
  readonly span: Span;
  readonly message: string;
  /** yaml's error code, e.g. `BAD_INDENT`, used to pick advice. */
  readonly code: string;
  readonly warning: boolean;
}

export interface ParsedYaml {
  /** The first document: the manifest. Undefined for an empty stream. */
  readonly document?: Document.Parsed<ParsedNode>;
  /** Syntax errors (and warnings) of the first document and of the stream. */
  readonly problems: readonly YamlProblem[];
  /** Where each further document starts (its `---`, or its first token): ORG003. */
  readonly extraDocumentStarts: readonly Span[];
}

const PARSE_OPTIONS = {
  uniqueKeys: false,
  prettyErrors: false,
  keepSourceTokens: false,
  strict: true,
} as const;

export function parseYaml(text: string): ParsedYaml {
  const docStarts: Span[] = [];
  const tokens = recordDocumentStarts(new Parser().parse(text), docStarts);
  const composer = new Composer(PARSE_OPTIONS);
  let first: Document.Parsed<ParsedNode> | undefined;
  let index = 0;
  for (const doc of composer.compose(tokens, false, text.length)) {
    if (index === 0) first = doc;
    index++;
  }
  const problems: YamlProblem[] = [];
  if (first) {
    for (const e of first.errors) problems.push(toProblem(e, false, text.length));
    for (const w of first.warnings) problems.push(toProblem(w, true, text.length));
  }
  const stream = composer.streamInfo();
  for (const e of stream.errors) problems.push(toProblem(e, false, text.length));
  return { document: first, problems, extraDocumentStarts: docStarts.slice(1) };
}

/** Passes CST tokens through, noting where each document begins. */
function* recordDocumentStarts<T extends { type: string; offset: number }>(
  tokens: Iterable<T>,
  starts: Span[],
): Generator<T> {
  for (const token of tokens) {
    if (token.type === 'document') starts.push(documentStart(token as unknown as CstDocument));
    yield token;
  }
}

interface CstDocument {
  readonly offset: number;
  readonly start: readonly { readonly type: string; readonly offset: number; readonly source: string }[];
}

function documentStart(doc: CstDocument): Span {
  const marker = doc.start.find((t) => t.type === 'doc-start');
  if (marker) return { start: marker.offset, end: marker.offset + marker.source.length };
  return { start: doc.offset, end: doc.offset };
}

function toProblem(error: YAMLError, warning: boolean, textLength: number): YamlProblem {
  const start = Math.min(error.pos[0], textLength);
  const end = Math.min(Math.max(error.pos[1], start), textLength);
  return { span: { start, end }, message: error.message, code: error.code, warning };
}
