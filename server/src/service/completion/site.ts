/**
 * Where a completion goes: the path of the mapping a key is typed into, or of the value being typed,
 * found on half-typed text. The cursor's line is patched (a placeholder word where the cursor is,
 * with `:` when a key may be meant) and parsed together with the lines that hold it, so the cost does
 * not grow with the file, and the placeholder's place in that small tree gives the path.
 */
import { isMap, isScalar, parseDocument } from 'yaml';
import type { YAMLMap } from 'yaml';
import { locate } from '../parse/locate';
import type { NodeLocation, PathSegment } from '../parse/locate';
import type { YamlNode } from '../parse/ast';
import { schemaAt } from '../schema/schemaAt';
import type { SchemaNode } from '../schema/types';
import { LineIndex } from '../text/lineIndex';
import type { Span } from '../text/span';
import { ancestorLines, indentUnit, lineShape, siblingKeys } from './lines';
import { wordAt } from './word';
import type { Word } from './word';

export interface CompletionSite {
  readonly position: 'key' | 'value';
  /** For a key: the path of the mapping it goes into. For a value: the path of the value. */
  readonly path: readonly PathSegment[];
  /** The document text a completion replaces. */
  readonly replace: Span;
  /** What is typed of the word before the cursor. */
  readonly typed: string;
  /** The quote the replaced text starts with, if any: clients filter on the text as typed. */
  readonly quote?: string;
  /** Keys the mapping already has (never offered again). */
  readonly presentKeys: ReadonlySet<string>;
  /** Inside `[ ]` or `{ }`: completions stay on one line. */
  readonly inFlow: boolean;
  /** An existing key is being edited: insert its name only. */
  readonly followedByColon: boolean;
  /** Right after `key:`: a value needs a space in front. */
  readonly needsLeadingSpace: boolean;
  /** Column where a key typed here starts; multi-line inserts indent from it. */
  readonly column: number;
  readonly indentUnit: number;
}

const PLACEHOLDER = 'orgManifestCompletionPlaceholder';

export function findSite(text: string, offset: number): CompletionSite | undefined {
  const index = new LineIndex(text);
  const lineNumber = index.lineAt(offset);
  const lines = text.split(/\r\n|\r|\n/);
  const line = lines[lineNumber] ?? '';
  const column = offset - index.lineStart(lineNumber);
  const blank = line.trim() === '';
  const shape = blank ? { ...lineShape(''), indent: column, contentColumn: column } : lineShape(line);
  if (column < shape.contentColumn) return undefined;
  const word = wordAt(line, column, shape.contentColumn);
  if (!word) return undefined;
  const isItem = shape.dashes.length > 0;
  const ancestors = ancestorLines(lines, lineNumber, isItem ? shape.dashes[0]! : shape.indent, isItem).map((i) => lines[i]!);
  const located = placeholderSite(ancestors, line, column, word);
  if (!located) return undefined;
  const lineStart = index.lineStart(lineNumber);
  const needsLeadingSpace = located.afterColon;
  const first = line.charAt(word.start);
  return {
    position: located.position,
    path: located.path,
    replace: needsLeadingSpace ? { start: offset, end: offset } : { start: lineStart + word.start, end: lineStart + word.end },
    typed: needsLeadingSpace ? '' : word.typed,
    quote: !needsLeadingSpace && (first === '"' || first === "'") ? first : undefined,
    presentKeys: located.position === 'value' ? new Set() : (located.flowKeys ?? siblingKeys(lines, lineNumber, shape.contentColumn, isItem)),
    inFlow: word.inFlow,
    followedByColon: word.followedByColon,
    needsLeadingSpace,
    column: shape.contentColumn,
    indentUnit: indentUnit(lines),
  };
}

interface Located {
  readonly position: 'key' | 'value';
  readonly path: readonly PathSegment[];
  /** Keys of the flow mapping the key goes into, when it is one. */
  readonly flowKeys?: Set<string>;
  /** The cursor is right after `key:`, and the value is completed. */
  readonly afterColon: boolean;
}

function placeholderSite(ancestors: readonly string[], line: string, column: number, word: Word): Located | undefined {
  const before = line.slice(0, word.start);
  const after = line.slice(word.end);
  if (word.afterKey) return resolve(ancestors, `${before}${PLACEHOLDER}${after}`, false);
  // `key:|` with the cursor right after the colon: the key's value, when that is a scalar.
  if (word.typed.endsWith(':') && word.end === column) {
    const value = resolve(ancestors, `${line.slice(0, column)} ${PLACEHOLDER}${after}`, true);
    if (value?.position === 'value' && isScalarSchema(schemaAt(value.path))) return value;
  }
  return resolve(ancestors, `${before}${PLACEHOLDER}${word.followedByColon ? '' : ': '}${after}`, false);
}

function resolve(ancestors: readonly string[], patched: string, afterColon: boolean): Located | undefined {
  const head = ancestors.map((l) => `${l}\n`).join('');
  const text = `${head}${patched}\n`;
  const document = parseDocument(text, { uniqueKeys: false, schema: 'core', merge: false, prettyErrors: false });
  const offset = head.length + patched.indexOf(PLACEHOLDER);
  const location = locate(document.contents as YamlNode | null, offset);
  if (!isScalar(location.node) || !String(location.node.value).includes(PLACEHOLDER)) return undefined;
  if (location.kind === 'value') return { position: 'value', path: location.path, afterColon };
  const mapPath = location.path.slice(0, -1);
  // A key typed where the format wants a scalar (a list item of actions…) is that scalar.
  if (!isMappingSchema(schemaAt(mapPath))) return { position: 'value', path: mapPath, afterColon };
  return { position: 'key', path: mapPath, flowKeys: flowKeys(location), afterColon };
}

function flowKeys(location: NodeLocation): Set<string> | undefined {
  const map = location.ancestors[location.ancestors.length - 1];
  if (!isMap(map) || !(map as YAMLMap<unknown, unknown>).flow) return undefined;
  const keys = (map as YAMLMap<unknown, unknown>).items.map((pair) => (isScalar(pair.key) ? String(pair.key.value) : ''));
  return new Set(keys.filter((key) => !key.includes(PLACEHOLDER)));
}

function isMappingSchema(schema: SchemaNode | undefined): boolean {
  return schema?.type === 'object' || schema?.type === 'map' || schema?.type === 'objectOrList';
}

function isScalarSchema(schema: SchemaNode | undefined): boolean {
  return schema?.type === 'string' || schema?.type === 'boolean' || schema?.type === 'stringOrList';
}
