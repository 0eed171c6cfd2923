/**
 * Parses one account block on its own, and proves the result is what parsing the whole file would
 * give for that block. The proof is a sentinel: a key line at the accounts' indentation written
 * after the block. If the parser reads the sentinel as the next account, the block closed everything
 * it opened (quotes, flow collections, block scalars) — so in the file, the next account's key line
 * starts afresh too, and nothing of the block leaks into what follows or the other way round.
 */
import { isAlias, isCollection, isMap, isPair, isScalar } from 'yaml';
import type { Document, Node, Pair, ParsedNode, YAMLError, YAMLMap } from 'yaml';
import { parseYaml } from '../parse/parseYaml';
import type { ParseOptions, YamlProblem } from '../parse/parseYaml';

const SENTINEL = '__org_manifest_block_end__';

export interface ParsedBlock {
  /** The account's pair, with offsets relative to the start of the block. */
  readonly pair: Pair<unknown, unknown>;
  readonly problems: readonly YamlProblem[];
  /** The `yaml` errors and warnings of the block (relative offsets), for the document. */
  readonly errors: readonly YAMLError[];
  readonly warnings: readonly YAMLError[];
}

export function parseBlock(block: string, indent: number, options: ParseOptions): ParsedBlock | undefined {
  const body = block.endsWith('\n') ? block : `${block}\n`;
  const sentinelAt = body.length + indent;
  const parsed = parseYaml(`${body}${' '.repeat(indent)}${SENTINEL}: 0\n`, options);
  const doc = parsed.document;
  if (!doc || parsed.stopped || parsed.extraDocumentStarts.length > 0 || parsed.lostLines.length > 0) return undefined;
  const root = doc.contents;
  if (!isMap(root) || root.items.length !== 2) return undefined;
  const [pair, sentinel] = (root as YAMLMap<unknown, unknown>).items as [Pair<unknown, unknown>, Pair<unknown, unknown>];
  if (!isScalar(sentinel.key) || sentinel.key.value !== SENTINEL || sentinel.key.range?.[0] !== sentinelAt) return undefined;
  if (!isScalar(pair.key) || pair.key.range?.[0] !== indent) return undefined;
  // Problems must be the block's own, not ones the sentinel caused.
  if (parsed.problems.some((p) => p.span.end > block.length)) return undefined;
  if (hasAnchorsOrAliases(pair)) return undefined;
  return { pair, problems: parsed.problems, errors: doc.errors, warnings: doc.warnings };
}

/** Aliases can reach across accounts, so an account with anchors or aliases is never parsed alone. */
export function hasAnchorsOrAliases(root: unknown): boolean {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if (isPair(value)) {
      stack.push(value.key, value.value);
    } else if (isAlias(value)) {
      return true;
    } else if (value && typeof value === 'object' && (value as { anchor?: string }).anchor) {
      return true;
    } else if (isCollection(value)) {
      stack.push(...(value.items as unknown[]));
    }
  }
  return false;
}

/** Whether the whole document is free of anchors and aliases (so its accounts can be parsed alone). */
export function documentWithoutAnchors(doc: Document.Parsed<ParsedNode>): boolean {
  return !hasAnchorsOrAliases(doc.contents as Node | null);
}
