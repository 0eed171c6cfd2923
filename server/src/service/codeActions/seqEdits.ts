/**
 * Adding items to and removing items from a YAML sequence, block (`- a`) or flow (`[a, b]`),
 * touching only the text around the items concerned.
 */
import type { YamlNode } from '../parse/ast';
import type { Fragment, Layout } from './fragment';
import { renderFlow, renderItem } from './fragment';
import { colonAfterKey, contentEnd, dashBefore, isFlow } from './nodes';
import type { YamlPair, YamlSeq } from './nodes';
import { emptyFlow, removeFlowEntries, removeLines } from './removal';
import { columnAt, indentAt, lineEndAt, lineStartAt } from './text';
import type { TextChange } from './types';

export function appendItems(text: string, seq: YamlSeq, items: readonly Fragment[], layout: Layout): TextChange | undefined {
  if (!seq.range) return undefined;
  const last = seq.items[seq.items.length - 1] as YamlNode | null | undefined;
  if (isFlow(seq)) return appendToFlow(text, seq, last, items);
  const dash = last?.range ? dashBefore(text, last.range[0]) : undefined;
  const end = contentEnd(last, text);
  if (dash === undefined || end === undefined) return undefined;
  const column = columnAt(text, dash);
  const lines = items.map((item) => renderItem(item, column, layout));
  const at = lineEndAt(text, end);
  return { start: at, end: at, newText: lines.map((line) => layout.eol + line).join('') };
}

function appendToFlow(text: string, seq: YamlSeq, last: YamlNode | null | undefined, items: readonly Fragment[]): TextChange | undefined {
  const rendered = items.map(renderFlow);
  if (!last) {
    const open = seq.range![0];
    const close = seq.range![1] - 1;
    if (text[open] !== '[' || text[close] !== ']') return undefined;
    return { start: open + 1, end: close, newText: rendered.join(', ') };
  }
  const end = contentEnd(last, text);
  if (end === undefined) return undefined;
  // Items one per line stay one per line.
  const ownLine = lineStartAt(text, last.range![0]) !== lineStartAt(text, seq.range![0]);
  const separator = ownLine ? `,${lineBreakBefore(text, last.range![0])}${indentAt(text, last.range![0])}` : ', ';
  return { start: end, end, newText: rendered.map((item) => separator + item).join('') };
}

function lineBreakBefore(text: string, offset: number): string {
  const start = lineStartAt(text, offset);
  return text.slice(start - 2, start) === '\r\n' ? '\r\n' : '\n';
}

/**
 * Removes the items at `indexes`. When that empties the sequence, it becomes `[]` (an empty value
 * would be a type error), which needs the pair owning the sequence.
 */
export function removeItems(text: string, seq: YamlSeq, indexes: readonly number[], owner: YamlPair | undefined, eol: string): TextChange[] | undefined {
  const removed = new Set(indexes);
  const items = seq.items as (YamlNode | null)[];
  if (items.some((item) => !item?.range)) return undefined;
  if (isFlow(seq)) return removeFromFlow(text, seq, removed);
  const changes: TextChange[] = [];
  for (const index of [...removed].sort((a, b) => a - b)) {
    const item = items[index]!;
    const dash = dashBefore(text, item.range![0]);
    const end = contentEnd(item, text);
    const change = dash === undefined || end === undefined ? undefined : removeLines(text, dash, end, eol);
    if (!change) return undefined;
    changes.push(change);
  }
  if (removed.size < items.length) return changes;
  const colon = owner ? colonAfterKey(text, owner) : undefined;
  return colon === undefined ? undefined : [{ start: colon, end: colon, newText: ' []' }, ...changes];
}

function removeFromFlow(text: string, seq: YamlSeq, removed: ReadonlySet<number>): TextChange[] | undefined {
  const items = seq.items as YamlNode[];
  if (removed.size >= items.length) {
    const change = emptyFlow(text, seq.range ?? undefined, '[');
    return change ? [change] : undefined;
  }
  const spans = items.map((item) => ({ start: item.range![0], end: contentEnd(item, text) ?? item.range![1] }));
  return removeFlowEntries(text, spans, removed);
}
