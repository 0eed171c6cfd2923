/**
 * A half-open range [start, end) of UTF-16 code-unit offsets into the document text.
 * The service works in offsets throughout; conversion to line/character happens only at the edge
 * (see ./positions.ts), where the LSP types are produced.
 */
export interface Span {
  readonly start: number;
  readonly end: number;
}

export function span(start: number, end: number): Span {
  return { start, end };
}

export function containsOffset(s: Span, offset: number): boolean {
  return offset >= s.start && offset <= s.end;
}
