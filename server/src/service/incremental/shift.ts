/**
 * Moving what follows an edit: every offset at or after the edited block's old end moves by the
 * change in length — in the YAML tree, in cached account models, in cached findings. Offsets
 * before it stay. Iterative walks, so nesting depth never matters.
 */
import type { Span } from '../text/span';

type MutableRange = [number, number, number];
type MutableSpan = { start: number; end: number };

/**
 * Shifts the ranges of every node of the tree that reach `at` or beyond. The hot loop of an
 * incremental check on a big file (every node after the edit): plain property checks, no helpers.
 */
export function shiftTree(root: unknown, at: number, delta: number): void {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const value = stack.pop() as { range?: MutableRange; items?: unknown[]; key?: unknown; value?: unknown } | null | undefined;
    if (!value || typeof value !== 'object') continue;
    const range = value.range;
    if (!range) {
      // A pair: no range of its own.
      if ('key' in value) stack.push(value.key, value.value);
      continue;
    }
    // Children lie within their parent's range: a node that ends before `at` has nothing to move.
    if (range[2] < at) continue;
    if (range[0] >= at) range[0] += delta;
    if (range[1] >= at) range[1] += delta;
    range[2] += delta;
    const items = value.items;
    if (items) for (let i = items.length - 1; i >= 0; i--) stack.push(items[i]);
  }
}

export function shiftSpans(spans: readonly Span[], at: number, delta: number): void {
  for (const span of spans as MutableSpan[]) {
    if (span.start >= at) span.start += delta;
    if (span.end >= at) span.end += delta;
  }
}

/**
 * Shifts every span inside a cached finding (its span, related places, and spans in its fix data).
 * Returns false when the finding points into [from, at): the edited block, which it must not know.
 */
export function shiftFinding(value: unknown, from: number, at: number, delta: number): boolean {
  let fine = true;
  const stack: unknown[] = [value];
  // A span can be shared inside one finding (related place and fix data): move it once.
  const seen = new Set<object>();
  while (stack.length > 0) {
    const item = stack.pop();
    if (!item || typeof item !== 'object' || seen.has(item)) continue;
    seen.add(item);
    if (Array.isArray(item)) {
      stack.push(...item);
      continue;
    }
    const span = item as Partial<MutableSpan>;
    if (typeof span.start === 'number' && typeof span.end === 'number') {
      if (span.start >= from && span.start < at) fine = false;
      if (span.start >= at) span.start += delta;
      if (span.end >= at) span.end += delta;
    }
    for (const key of Object.keys(item)) stack.push((item as Record<string, unknown>)[key]);
  }
  return fine;
}
