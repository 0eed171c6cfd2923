/**
 * Composes edits made in passes (fix-all): the changes of pass 2 are offsets into the text after
 * pass 1. The composition is one set of changes against the original text, still as small as the
 * passes made them — the document is never replaced wholesale.
 */
import type { TextChange } from './types';

interface Region {
  /** Range in the current text. */
  readonly start: number;
  readonly end: number;
  /** Range in the original text. */
  readonly originalStart: number;
  readonly originalEnd: number;
}

/**
 * `done`: changes from `original` to `current`; `next`: changes of `current`. Returns the changes from
 * `original` to the result of applying `next` to `current`.
 */
export function composeChanges(original: string, done: readonly TextChange[], current: string, next: readonly TextChange[]): TextChange[] {
  const regions = currentRegions(done);
  // A point inside an earlier change has no original offset of its own: it maps to that change's
  // bounds (the intervals holding such points merge with the change anyway).
  const toOriginal = (offset: number, side: 'start' | 'end'): number => {
    let delta = 0;
    for (const r of regions) {
      if (r.start < offset && offset < r.end) return side === 'start' ? r.originalStart : r.originalEnd;
      if (r.end > offset) break;
      delta = r.end - r.originalEnd;
    }
    return offset - delta;
  };
  // Intervals in current coordinates: earlier changes (as they now stand) and the new ones. Those
  // that touch are merged into groups; each group becomes one change against the original.
  const intervals = [
    ...regions.map((r) => ({ start: r.start, end: r.end, region: r as Region | undefined })),
    ...next.map((c) => ({ start: c.start, end: c.end, region: undefined })),
  ].sort((a, b) => a.start - b.start || a.end - b.end);
  const groups: { start: number; end: number; originalStart: number; originalEnd: number }[] = [];
  for (const interval of intervals) {
    const originalStart = interval.region ? interval.region.originalStart : toOriginal(interval.start, 'start');
    const originalEnd = interval.region ? interval.region.originalEnd : toOriginal(interval.end, 'end');
    const last = groups[groups.length - 1];
    if (last && interval.start <= last.end) {
      last.end = Math.max(last.end, interval.end);
      last.originalEnd = Math.max(last.originalEnd, originalEnd);
    } else {
      groups.push({ start: interval.start, end: interval.end, originalStart, originalEnd });
    }
  }
  return groups
    .map((g) => ({ start: g.originalStart, end: g.originalEnd, newText: applyWithin(current, next, g.start, g.end) }))
    .map((change) => trimCommon(original, change));
}

/** Where each of the `done` changes stands in the current text. */
function currentRegions(done: readonly TextChange[]): Region[] {
  let delta = 0;
  return [...done]
    .sort((a, b) => a.start - b.start)
    .map((c) => {
      const region = { start: c.start + delta, end: c.start + delta + c.newText.length, originalStart: c.start, originalEnd: c.end };
      delta += c.newText.length - (c.end - c.start);
      return region;
    });
}

/** The text of current[start, end) once the `next` changes inside it are applied. */
function applyWithin(current: string, next: readonly TextChange[], start: number, end: number): string {
  let result = '';
  let at = start;
  for (const c of next.filter((c) => c.start >= start && c.end <= end).sort((a, b) => a.start - b.start)) {
    result += current.slice(at, c.start) + c.newText;
    at = c.end;
  }
  return result + current.slice(at, end);
}

/** Drops the part of a change that leaves the text as it was (a merged group can repeat some). */
function trimCommon(original: string, change: TextChange): TextChange {
  const old = original.slice(change.start, change.end);
  let prefix = 0;
  const max = Math.min(old.length, change.newText.length);
  while (prefix < max && old[prefix] === change.newText[prefix]) prefix++;
  let suffix = 0;
  while (suffix < max - prefix && old[old.length - 1 - suffix] === change.newText[change.newText.length - 1 - suffix]) suffix++;
  return {
    start: change.start + prefix,
    end: change.end - suffix,
    newText: change.newText.slice(prefix, change.newText.length - suffix),
  };
}
