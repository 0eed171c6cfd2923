/**
 * Checks successive versions of one document, re-parsing only the account an edit fell into
 * (issue #8: a keystroke in one account of a 20,000-account file must not cost a full parse).
 *
 * The new version is checked by the same pipeline as always (../check.ts); only two things differ:
 * the YAML tree comes from splicing the re-parsed account into the previous tree (./blockParse.ts
 * proves the account parses alone exactly as in the file), and per-account results come from the
 * cache (./accountCache.ts) for every account whose text did not change. Whenever the split is not
 * provably equivalent — the edit is outside the accounts, crosses accounts, changes indentation,
 * the file has anchors or aliases, problems elsewhere, tabs, several documents — it is a full check.
 */
import { isMap, isScalar } from 'yaml';
import type { Document, Pair, ParsedNode, YAMLError, YAMLMap } from 'yaml';
import { checkManifest } from '../check';
import type { CheckResult, CheckSettings, ParseText } from '../check';
import { parseYaml } from '../parse/parseYaml';
import type { ParsedYaml, YamlProblem } from '../parse/parseYaml';
import type { Span } from '../text/span';
import { AccountCache } from './accountCache';
import type { AccountChange } from './accountCache';
import { documentWithoutAnchors, parseBlock } from './blockParse';
import type { ParsedBlock } from './blockParse';
import { diffTexts } from './diff';
import { isOneBlock, scanAccounts } from './layout';
import type { AccountsLayout } from './layout';
import { shiftTree } from './shift';

/** What the last check leaves for the next one. */
interface LastCheck {
  readonly text: string;
  /** The user settings it ran with: per-account results hold only for the same ones. */
  readonly settingsKey: unknown;
  readonly result: CheckResult;
  readonly cache: AccountCache;
  /** Set when the next version may be checked incrementally. */
  readonly incremental?: {
    readonly document: Document.Parsed<ParsedNode>;
    readonly accounts: YAMLMap<unknown, unknown>;
    readonly layout: AccountsLayout;
    readonly problems: readonly Span[];
  };
}

/** The account an edit fell into, and its new text. */
interface Plan {
  readonly index: number;
  readonly blockStart: number;
  readonly oldEnd: number;
  readonly delta: number;
  readonly blockText: string;
}

export class IncrementalChecker {
  private last: LastCheck | undefined;
  /** How the last check was made: for tests and the benchmark. */
  lastMode: 'full' | 'incremental' | 'cached' = 'full';

  /** The last result, whatever text it was for, when it was checked with these settings. */
  latest(settingsKey: unknown): CheckResult | undefined {
    const last = this.last;
    return last && last.settingsKey === settingsKey ? last.result : undefined;
  }

  check(text: string, settings: CheckSettings, settingsKey: unknown): CheckResult {
    const previous = this.last?.settingsKey === settingsKey ? this.last : undefined;
    if (previous && previous.text === text) {
      this.lastMode = 'cached';
      return previous.result;
    }
    const plan = previous?.incremental ? planUpdate(previous, text) : undefined;
    const cache = new AccountCache();
    let parsed: ParsedYaml | undefined;
    let change: AccountChange | undefined;
    const parse: ParseText = (normalized, options) => {
      const block = plan && normalized === text ? parseBlock(plan.blockText, previous!.incremental!.layout.indent, options) : undefined;
      if (block) {
        change = splice(previous!, plan!, block);
        return (parsed = { document: previous!.incremental!.document, problems: movedProblems(block, plan!.blockStart), extraDocumentStarts: [], lostLines: [] });
      }
      return (parsed = parseYaml(normalized, options));
    };
    const hooks = cache.hooksFor(previous?.cache, () => change);
    const result = checkManifest(text, { ...settings, accountHooks: hooks }, parse);
    const spliced = change !== undefined;
    this.lastMode = spliced ? 'incremental' : 'full';
    const incremental = spliced ? afterSplice(previous!, plan!, parsed!) : forNextCheck(text, parsed, result);
    this.last = { text, settingsKey, result, cache, incremental };
    return result;
  }
}

function planUpdate(previous: LastCheck, text: string): Plan | undefined {
  const state = previous.incremental!;
  const { starts, indent } = state.layout;
  const edit = diffTexts(previous.text, text);
  const index = lastAtOrBefore(starts, edit.start);
  // The sentinel stands for the next account's key line; the last account is followed by something
  // else (a less indented line, or the end of the file), which a sentinel would not reproduce.
  if (index < 0 || index === starts.length - 1) return undefined;
  const blockStart = starts[index]!;
  const oldEnd = starts[index + 1]!;
  if (edit.oldEnd > oldEnd || edit.start >= oldEnd) return undefined;
  if (state.problems.some((p) => p.start < blockStart || p.end > oldEnd)) return undefined;
  const delta = text.length - previous.text.length;
  const blockText = text.slice(blockStart, oldEnd + delta);
  // The next account must still start on a line of its own.
  if (!blockText.endsWith('\n')) return undefined;
  if (!isOneBlock(blockText, indent)) return undefined;
  return { index, blockStart, oldEnd, delta, blockText };
}

/** Replaces the edited account in the previous tree: the rest moves by the change in length. */
function splice(previous: LastCheck, plan: Plan, block: ParsedBlock): AccountChange {
  const { document, accounts } = previous.incremental!;
  const { blockStart, oldEnd, delta } = plan;
  shiftTree(document.contents, oldEnd, delta);
  shiftRange(document.range as unknown as number[], oldEnd, delta);
  previous.cache.shift(blockStart, oldEnd, delta);
  const oldPair = accounts.items[plan.index]!;
  shiftTree(block.pair, 0, blockStart);
  accounts.items[plan.index] = block.pair;
  document.errors = block.errors.map((e) => movedError(e, blockStart)) as typeof document.errors;
  document.warnings = block.warnings.map((e) => movedError(e, blockStart));
  const oldKey = isScalar(oldPair.key) ? oldPair.key.value : undefined;
  const newKey = isScalar(block.pair.key) ? block.pair.key.value : undefined;
  return { oldPair, newPair: block.pair, sameKey: typeof oldKey === 'string' && oldKey === newKey };
}

function movedProblems(block: ParsedBlock, offset: number): YamlProblem[] {
  return block.problems.map((p) => ({ ...p, span: { start: p.span.start + offset, end: p.span.end + offset } }));
}

function afterSplice(previous: LastCheck, plan: Plan, parsed: ParsedYaml): LastCheck['incremental'] {
  const state = previous.incremental!;
  const starts = state.layout.starts.map((start, i) => (i > plan.index ? start + plan.delta : start));
  const layout = { indent: state.layout.indent, starts, sectionEnd: state.layout.sectionEnd + plan.delta };
  return { ...state, layout, problems: parsed.problems.map((p) => p.span) };
}

/** After a full check: whether (and how) the next version can be checked incrementally. */
function forNextCheck(text: string, parsed: ParsedYaml | undefined, result: CheckResult): LastCheck['incremental'] {
  const document = parsed?.document;
  if (!parsed || !document || result.document !== document || parsed.stopped || result.incomplete) return undefined;
  if (parsed.extraDocumentStarts.length > 0 || parsed.lostLines.length > 0) return undefined;
  const layout = scanAccounts(text);
  const accounts = layout && accountsMap(document);
  if (!layout || !accounts || !aligned(accounts, layout) || !documentWithoutAnchors(document)) return undefined;
  return { document, accounts, layout, problems: parsed.problems.map((p) => p.span) };
}

function accountsMap(document: Document.Parsed<ParsedNode>): YAMLMap<unknown, unknown> | undefined {
  const root = document.contents;
  if (!isMap(root)) return undefined;
  const pair = (root.items as Pair<unknown, unknown>[]).find((p) => isScalar(p.key) && p.key.value === 'accounts');
  return pair && isMap(pair.value) ? (pair.value as YAMLMap<unknown, unknown>) : undefined;
}

/** Each account pair starts where the layout found its key line. */
function aligned(accounts: YAMLMap<unknown, unknown>, layout: AccountsLayout): boolean {
  if (accounts.items.length !== layout.starts.length) return false;
  return accounts.items.every((pair, i) => isScalar(pair.key) && pair.key.range?.[0] === layout.starts[i]! + layout.indent);
}

function lastAtOrBefore(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (sorted[mid]! <= value) {
      found = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  return found;
}

function shiftRange(range: number[] | undefined, at: number, delta: number): void {
  if (!range) return;
  for (let i = 0; i < range.length; i++) if (range[i]! >= at) range[i] = range[i]! + delta;
}

/** A block's error with its position in the file (the block's errors belong to the block's parse alone). */
function movedError(error: YAMLError, offset: number): YAMLError {
  error.pos[0] += offset;
  error.pos[1] += offset;
  return error;
}
