/**
 * Cursor markers for service-feature tests (GUIDE "Tests" 2): a `|` in a fixture marks a position;
 * the helper returns the text without the markers and where they were. YAML uses `|` for block
 * scalars, so a fixture that has one picks another marker.
 */
import assert from 'node:assert/strict';

export interface Cursors {
  /** The text with the markers removed. */
  readonly text: string;
  /** Offsets of the markers in `text`, in order. */
  readonly offsets: readonly number[];
}

export function readCursors(marked: string, marker = '|'): Cursors {
  const parts = marked.split(marker);
  const offsets: number[] = [];
  let offset = 0;
  for (const part of parts.slice(0, -1)) {
    offset += part.length;
    offsets.push(offset);
  }
  return { text: parts.join(''), offsets };
}

/** A text with exactly one marker. */
export function readCursor(marked: string, marker = '|'): { readonly text: string; readonly offset: number } {
  const { text, offsets } = readCursors(marked, marker);
  assert.equal(offsets.length, 1, `expected one ${marker} marker, found ${offsets.length}`);
  return { text, offset: offsets[0]! };
}
