/**
 * New YAML text for the few small pieces fixes add (an `administrator` block, a statement, a list
 * item), written in the file's style. Only new pieces are rendered here; existing text is never
 * re-serialised.
 */
import { isScalar, parseDocument } from 'yaml';
import type { DocumentStyle } from './style';

/** A scalar as it is to be written (already quoted if need be), a sequence, or a mapping. */
export type Fragment = string | FragmentSeq | FragmentMap;

export interface FragmentSeq {
  readonly items: readonly Fragment[];
  readonly flow: boolean;
}

export interface FragmentMap {
  readonly entries: readonly (readonly [string, Fragment])[];
  readonly flow: boolean;
}

export interface Layout {
  readonly eol: string;
  /** Columns a nested mapping's entries sit right of its key. */
  readonly unit: number;
  /** Columns a block sequence's `-` sits right of its key. */
  readonly sequenceIndent: number;
}

export function layoutOf(style: DocumentStyle, unit = style.indentUnit): Layout {
  // An indentless sequence stays indentless; an indented one follows the local step.
  return { eol: style.eol, unit, sequenceIndent: style.sequenceIndent === 0 ? 0 : unit };
}

/** Plain when YAML reads the text back as that same string; else in the given quotes. */
export function formatScalar(value: string, quote: '"' | "'" = '"', inFlow = false): string {
  if (isPlainSafe(value, inFlow)) return value;
  return quoted(value, quote);
}

export function quoted(value: string, quote: '"' | "'"): string {
  if (quote === "'" && !/[\n\r\t]/.test(value)) return `'${value.replace(/'/g, "''")}'`;
  return JSON.stringify(value);
}

function isPlainSafe(value: string, inFlow: boolean): boolean {
  if (value === '' || value !== value.trim() || /[\n\r\t]|: |:$| #/.test(value)) return false;
  if (/^[-?:,[\]{}#&*!|>'"%@`]/.test(value) && !/^[-?:][^\s,[\]{}]/.test(value)) return false;
  if (inFlow && /[,[\]{}]/.test(value)) return false;
  // The final word is YAML's: `true`, `null`, `0x1F` or `1e3` would not read back as strings.
  const document = parseDocument(value, { logLevel: 'silent' });
  return document.errors.length === 0 && isScalar(document.contents) && document.contents.value === value;
}

export function renderFlow(fragment: Fragment): string {
  if (typeof fragment === 'string') return fragment;
  if ('items' in fragment) return `[${fragment.items.map(renderFlow).join(', ')}]`;
  if (fragment.entries.length === 0) return '{}';
  return `{ ${fragment.entries.map(([k, v]) => `${k}: ${renderFlow(v)}`).join(', ')} }`;
}

/** `key: value` at column `indent`, over as many lines as the value needs (no line break before or after). */
export function renderEntry(key: string, value: Fragment, indent: number, layout: Layout): string {
  const pad = ' '.repeat(indent);
  if (typeof value === 'string' || value.flow) return `${pad}${key}: ${renderFlow(value)}`;
  if ('items' in value) {
    const items = value.items.map((item) => renderItem(item, indent + layout.sequenceIndent, layout));
    return [`${pad}${key}:`, ...items].join(layout.eol);
  }
  const entries = value.entries.map(([k, v]) => renderEntry(k, v, indent + layout.unit, layout));
  return [`${pad}${key}:`, ...entries].join(layout.eol);
}

/** `- item` with its `-` at column `dashColumn`; a mapping item continues two columns right of the dash. */
export function renderItem(item: Fragment, dashColumn: number, layout: Layout): string {
  const pad = ' '.repeat(dashColumn);
  if (typeof item === 'string' || item.flow || 'items' in item) return `${pad}- ${renderFlow(item)}`;
  const lines = item.entries.map(([k, v]) => renderEntry(k, v, dashColumn + 2, layout));
  if (lines.length === 0) return `${pad}- {}`;
  lines[0] = `${pad}- ${lines[0]!.slice(dashColumn + 2)}`;
  return lines.join(layout.eol);
}
