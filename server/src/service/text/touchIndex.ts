/**
 * Which spans touch any of a fixed set of spans (syntax errors, for telling echoes of them apart):
 * sorted once, then each question is a binary search, so thousands of errors on garbage input
 * cost nothing per finding.
 */
import type { Span } from './span';

export class TouchIndex {
  /** Starts in order, with the furthest end reached by any span up to each. */
  private readonly spans: readonly { readonly start: number; readonly maxEnd: number }[];

  constructor(spans: readonly Span[]) {
    let maxEnd = -1;
    this.spans = [...spans]
      .sort((a, b) => a.start - b.start)
      .map((s) => ({ start: s.start, maxEnd: (maxEnd = Math.max(maxEnd, s.end)) }));
  }

  /** Whether any span overlaps or borders `span`. */
  touches(span: Span): boolean {
    // The last span starting at or before `span` ends; any span up to it that ends at or after
    // `span` starts touches it.
    let low = 0;
    let high = this.spans.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.spans[mid]!.start <= span.end) low = mid + 1;
      else high = mid;
    }
    return low > 0 && this.spans[low - 1]!.maxEnd >= span.start;
  }
}
