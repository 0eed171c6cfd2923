/**
 * Reading the block structure of YAML from the text of its lines, for completion on half-typed,
 * currently-invalid text where the parsed tree cannot say where the cursor is. Only block style is
 * read here; a flow collection on the cursor's own line is handled by parsing that line.
 */

/** One line's block layout: indentation, `- ` sequence markers, and the key it starts (if any). */
export interface LineShape {
  /** Column of the first character that is not a space. */
  readonly indent: number;
  /** Column of each `- ` marker, left to right. */
  readonly dashes: readonly number[];
  /** Column where the content after the markers starts. */
  readonly contentColumn: number;
  /** The key this line starts at `contentColumn` (`key:` followed by a space or the end), unquoted. */
  readonly key?: string;
  /** Blank or comment-only: no structure. */
  readonly empty: boolean;
}

const KEY = /^("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s#'"{[\]},&*!|>%@`-][^#]*?|-[^\s#][^#]*?)\s*:(?:\s|$)/;

export function lineShape(line: string): LineShape {
  const indent = line.length - line.trimStart().length;
  const empty = line.trim() === '' || line.trimStart().startsWith('#');
  const dashes: number[] = [];
  let column = indent;
  while (!empty && line[column] === '-' && (column + 1 === line.length || line[column + 1] === ' ')) {
    dashes.push(column);
    column += 1;
    while (line[column] === ' ') column++;
  }
  const match = empty ? null : KEY.exec(line.slice(column));
  return { indent, dashes, contentColumn: column, key: match ? unquote(match[1]!) : undefined, empty };
}

function unquote(key: string): string {
  if (key.startsWith('"')) {
    try {
      return JSON.parse(key) as string;
    } catch {
      return key.slice(1, -1);
    }
  }
  return key.startsWith("'") ? key.slice(1, -1).replace(/''/g, "'") : key.trimEnd();
}

/** Indentation of a line, or -1 for a blank or comment-only line. Cheap: no regular expression. */
function indentOf(line: string): number {
  let i = 0;
  while (line[i] === ' ') i++;
  return i === line.length || line[i] === '#' || line[i] === '\t' ? -1 : i;
}

function isItemLine(line: string, indent: number): boolean {
  return line[indent] === '-' && (indent + 1 === line.length || line[indent + 1] === ' ');
}

/**
 * The lines that hold the cursor's line, outermost first: for each level, the nearest line above
 * that is less indented (a `- ` item may sit at its parent key's own indentation, so for an item
 * the parent may also be an equally indented line that is not an item).
 */
export function ancestorLines(lines: readonly string[], line: number, column: number, isItem: boolean): number[] {
  const result: number[] = [];
  let limit = column;
  let item = isItem;
  for (let i = line - 1; i >= 0 && (limit > 0 || item); i--) {
    const indent = indentOf(lines[i]!);
    if (indent < 0 || indent > limit) continue;
    const lineIsItem = isItemLine(lines[i]!, indent);
    if (indent === limit && (!item || lineIsItem)) continue;
    result.unshift(i);
    limit = indent;
    item = lineIsItem;
  }
  return result;
}

/**
 * Keys already written in the block mapping whose keys start at `column` and that holds `line`:
 * the lines above and below at that column up to a less indented line (which may itself start the
 * mapping, as `- key:` does). The cursor's own line is left out: its key is being typed.
 */
export function siblingKeys(lines: readonly string[], line: number, column: number, lineIsItem: boolean): Set<string> {
  const keys = new Set<string>();
  if (!lineIsItem) scan(lines, line, column, -1, keys);
  scan(lines, line, column, 1, keys);
  return keys;
}

function scan(lines: readonly string[], from: number, column: number, step: 1 | -1, keys: Set<string>): void {
  for (let i = from + step; i >= 0 && i < lines.length; i += step) {
    const indent = indentOf(lines[i]!);
    if (indent < 0 || indent > column) continue;
    const shape = lineShape(lines[i]!);
    const startsHere = shape.dashes.length === 0 ? shape.indent : shape.contentColumn;
    // Going down, a `- key:` line starts the next item, not this one's mapping.
    if (startsHere === column && shape.key !== undefined && (shape.dashes.length === 0 || step === -1)) keys.add(shape.key);
    if (indent < column) return;
  }
}

/** The indentation step the document uses (the first indented line's indentation), 2 by default. */
export function indentUnit(lines: readonly string[]): number {
  for (const line of lines) {
    const indent = indentOf(line);
    if (indent > 0) return indent;
  }
  return 2;
}
