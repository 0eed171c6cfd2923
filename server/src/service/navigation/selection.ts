/**
 * Selection ranges (expand/shrink selection) along the manifest's structure: the OU segment, the
 * text inside quotes → the scalar → its `key: value` entry → the enclosing mapping → the parent
 * entry … → the whole document. Each step is a binary search in one collection, so a cursor in a
 * 20,000-account map costs a few dozen comparisons.
 */
import { isMap, isPair, isScalar, isSeq } from 'yaml';
import type { Pair } from 'yaml';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position, SelectionRange } from 'vscode-languageserver-types';
import type { CheckResult } from '../check';
import { itemIndexAt } from '../parse/locate';
import type { YamlNode } from '../parse/ast';
import type { Span } from '../text/span';
import { toRange, trimEnd } from './ranges';
import { referenceIndexOf } from './referenceIndex';

export function selectionRanges(document: TextDocument, result: CheckResult, positions: readonly Position[]): SelectionRange[] {
  const text = document.getText();
  return positions.map((position) => {
    const offset = document.offsetAt(position);
    const candidates = [{ start: 0, end: text.length }, ...structureSpans(text, result, offset), ...nameSpans(text, result, offset)];
    const spans = nestedSpans(candidates.filter((span) => span.start <= offset && offset <= span.end));
    let range: SelectionRange | undefined;
    for (const span of spans) range = { range: toRange(document, span), ...(range ? { parent: range } : {}) };
    return range!;
  });
}

/** From the root down to the innermost node at the offset: collections, entries, keys and scalars. */
function structureSpans(text: string, result: CheckResult, offset: number): Span[] {
  const spans: Span[] = [];
  let node = result.document?.contents as YamlNode | null | undefined;
  while (node?.range) {
    spans.push(trimEnd(text, { start: node.range[0], end: node.range[1] }));
    if (isScalar(node) && (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE')) spans.push({ start: node.range[0] + 1, end: node.range[1] - 1 });
    if (!isMap(node) && !isSeq(node)) break;
    const item = itemAt(node.items as unknown[], offset);
    if (!isPair(item)) {
      node = item as YamlNode | null | undefined;
      continue;
    }
    const { key, value } = item as Pair<YamlNode | null, YamlNode | null>;
    const start = key?.range?.[0] ?? value?.range?.[0] ?? 0;
    spans.push(trimEnd(text, { start, end: value?.range?.[1] ?? key?.range?.[1] ?? start }));
    node = key?.range && offset <= key.range[1] ? key : value;
  }
  return spans;
}

/** The account key or OU path segment under the cursor (`Prod` in `Workloads/Prod`). */
function nameSpans(text: string, result: CheckResult, offset: number): Span[] {
  const occurrence = referenceIndexOf(result, text).at(offset);
  return occurrence ? [occurrence.span] : [];
}

/** The item whose range contains the offset (end inclusive). */
function itemAt(items: readonly unknown[], offset: number): unknown {
  const index = itemIndexAt(items, offset);
  return index < 0 ? undefined : items[index];
}

/** Keeps each span that lies inside the previous one and differs from it (clients require strict nesting). */
function nestedSpans(spans: readonly Span[]): Span[] {
  const kept: Span[] = [];
  for (const span of spans) {
    const outer = kept[kept.length - 1];
    if (!outer || (span.start >= outer.start && span.end <= outer.end && (span.start !== outer.start || span.end !== outer.end))) kept.push(span);
  }
  return kept;
}

