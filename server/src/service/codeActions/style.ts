/**
 * How this file is written, so that inserted text looks like the user's: line endings, the
 * indentation step, whether block sequences are indented under their key, flow or block
 * `permissions` lists, and the quote used for account IDs. Read from the first examples found
 * (bounded, so a 20,000-account file costs no more than a small one).
 */
import { isMap, isPair, isScalar, isSeq } from 'yaml';
import type { YamlNode } from '../parse/ast';
import { keyText } from '../parse/ast';
import { dashBefore, isFlow } from './nodes';
import type { YamlMap, YamlSeq } from './nodes';
import { columnAt, lineEnding } from './text';

export interface DocumentStyle {
  readonly eol: '\r\n' | '\n';
  /** Columns one nesting level adds (2 unless the file says otherwise). */
  readonly indentUnit: number;
  /** Columns a block sequence's `-` sits right of its key: 0 (`key:\n- a`) or more. */
  readonly sequenceIndent: number;
  /** New `permissions` lists in flow style (`[a, b]`) rather than block style. */
  readonly flowPermissions: boolean;
  /** The quote for new quoted scalars (account IDs, `"*"`). */
  readonly quote: '"' | "'";
}

const SAMPLES = 25;

interface Votes {
  units: number[];
  sequenceIndents: number[];
  flowPermissions: number;
  blockPermissions: number;
  double: number;
  single: number;
}

export function detectStyle(text: string, root: YamlNode | null): DocumentStyle {
  const votes: Votes = { units: [], sequenceIndents: [], flowPermissions: 0, blockPermissions: 0, double: 0, single: 0 };
  collectVotes(text, root, votes);
  const unit = mostCommon(votes.units) ?? 2;
  return {
    eol: lineEnding(text),
    indentUnit: unit,
    sequenceIndent: mostCommon(votes.sequenceIndents) ?? unit,
    flowPermissions: votes.flowPermissions > votes.blockPermissions,
    quote: votes.single > votes.double ? "'" : '"',
  };
}

/** Walks block mappings breadth-first, noting how nested blocks sit under their keys. */
function collectVotes(text: string, root: YamlNode | null, votes: Votes): void {
  const queue: YamlNode[] = root ? [root] : [];
  let visited = 0;
  while (queue.length > 0 && visited++ < 2000 && !enough(votes)) {
    const node = queue.shift()!;
    if (!isMap(node) || isFlow(node as YamlMap)) continue;
    for (const pair of (node as YamlMap).items.slice(0, 200)) {
      if (!isPair(pair)) continue;
      const keyColumn = (pair.key as YamlNode | null)?.range ? columnAt(text, (pair.key as YamlNode).range![0]) : undefined;
      const value = pair.value as YamlNode | null;
      if (keyColumn === undefined || !value?.range) continue;
      if (isMap(value)) voteMap(text, keyColumn, value as YamlMap, votes);
      if (isSeq(value)) voteSeq(text, keyColumn, keyText(pair), value as YamlSeq, votes);
      if (isScalar(value) && keyText(pair) === 'id') voteQuote(value.type, votes);
      if (isMap(value)) queue.push(value);
    }
  }
}

function enough(votes: Votes): boolean {
  return votes.units.length >= SAMPLES && votes.sequenceIndents.length >= SAMPLES && votes.double + votes.single >= SAMPLES;
}

function voteMap(text: string, keyColumn: number, map: YamlMap, votes: Votes): void {
  if (isFlow(map) || !map.range || votes.units.length >= SAMPLES) return;
  const delta = columnAt(text, map.range[0]) - keyColumn;
  if (delta > 0) votes.units.push(delta);
}

function voteSeq(text: string, keyColumn: number, key: string | undefined, seq: YamlSeq, votes: Votes): void {
  if (key === 'permissions') {
    if (isFlow(seq)) votes.flowPermissions++;
    else votes.blockPermissions++;
  }
  const first = seq.items[0] as YamlNode | null | undefined;
  if (isFlow(seq) || !first?.range || votes.sequenceIndents.length >= SAMPLES) return;
  const dash = dashBefore(text, first.range[0]);
  const dashColumn = dash === undefined ? -1 : columnAt(text, dash);
  if (dashColumn >= keyColumn) votes.sequenceIndents.push(dashColumn - keyColumn);
}

function voteQuote(type: string | undefined, votes: Votes): void {
  if (type === 'QUOTE_DOUBLE') votes.double++;
  else if (type === 'QUOTE_SINGLE') votes.single++;
}

function mostCommon(values: readonly number[]): number | undefined {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: number | undefined;
  for (const [value, count] of counts) if (best === undefined || count > counts.get(best)!) best = value;
  return best;
}

/**
 * The indentation step right here: how far the entries of `block` sit right of the key that owns it
 * (`ownerKeyColumn`), falling back to the file's step.
 */
export function localUnit(style: DocumentStyle, ownerKeyColumn: number | undefined, blockColumn: number): number {
  const delta = ownerKeyColumn === undefined ? 0 : blockColumn - ownerKeyColumn;
  return delta > 0 ? delta : style.indentUnit;
}

