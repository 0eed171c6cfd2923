/**
 * Where every account key and OU path is defined and referenced. Built from the model in one pass
 * over its references, once per check result (cached in a WeakMap, so validation never pays for it
 * and a closed document's index goes with its result). Definition, references, highlights, rename
 * and semantic tokens all read it.
 *
 * An OU path such as `Workloads/Prod` holds one occurrence per segment: `Workloads` refers to the OU
 * `Workloads`, `Prod` to `Workloads/Prod`. So renaming `Workloads` finds every path through it.
 */
import type { CheckResult } from '../check';
import type { Located, Manifest } from '../model/types';
import type { Span } from '../text/span';
import { ROOT_TARGET } from './nameRules';
import type { NameContext } from './nameRules';
import { partSpan, scalarText } from './scalarText';
import type { ScalarText } from './scalarText';

export type NavSymbolKind = 'account' | 'ou';

export interface Occurrence {
  readonly kind: NavSymbolKind;
  /** The account key, or the OU path up to and including this segment. */
  readonly name: string;
  /** The name's own text: a key, or one segment of a path (the whole scalar when its text is not spelled out). */
  readonly span: Span;
  readonly isDefinition: boolean;
  /** False for a reference to an account or OU the manifest does not declare. */
  readonly resolved: boolean;
  /** The scalar the name is written in. */
  readonly scalar: ScalarText;
  /** Which `/`-separated segment of the scalar's value this is (0 for account keys). */
  readonly segment: number;
}

export interface NavSymbol {
  readonly kind: NavSymbolKind;
  readonly name: string;
  readonly definition?: Occurrence;
  readonly references: readonly Occurrence[];
}

export interface ReferenceIndex {
  /** Every occurrence in document order. */
  readonly occurrences: readonly Occurrence[];
  readonly names: NameContext;
  symbol(kind: NavSymbolKind, name: string): NavSymbol | undefined;
  /** The occurrence under the cursor (an offset right after a name counts as on it). */
  at(offset: number): Occurrence | undefined;
}

const cache = new WeakMap<CheckResult, ReferenceIndex>();

/** The index of a check result; `text` must be the text that was checked. */
export function referenceIndexOf(result: CheckResult, text: string): ReferenceIndex {
  let index = cache.get(result);
  if (!index) {
    index = buildReferenceIndex(result.manifest, text);
    cache.set(result, index);
  }
  return index;
}

export function buildReferenceIndex(manifest: Manifest | undefined, text: string): ReferenceIndex {
  const builder = new IndexBuilder(text, {
    accountKeys: new Set(manifest?.accounts.map((account) => account.key)),
    ouPaths: new Set(manifest?.organizationalUnits.map((ou) => ou.path)),
  });
  if (manifest) collect(manifest, builder);
  return builder.finish();
}

function collect(manifest: Manifest, builder: IndexBuilder): void {
  for (const account of manifest.accounts) builder.define('account', account.key, account.keySpan, account.key);
  for (const ou of manifest.organizationalUnits) builder.define('ou', ou.path, ou.keySpan, ou.name);
  builder.accountReference(manifest.organization?.managementAccount);
  for (const service of manifest.trustedAccess) builder.accountReference(service.delegatedAdministrator);
  for (const assignment of manifest.identityCenter?.assignments ?? []) builder.accountReference(assignment.account);
  for (const handshake of manifest.handshakes) builder.accountReference(handshake.account);
  for (const account of manifest.accounts) if (account.ou) builder.ouPathReference(account.ou);
  for (const scp of manifest.serviceControlPolicies) for (const target of scp.targets) builder.targetReference(target);
}

export type TargetKind = 'root' | 'ou' | 'account' | 'unresolved';

/**
 * What an SCP target names: `Root`, an OU path, or an account key. An OU path wins over an account
 * key of the same name (renaming refuses to create such pairs). The SCP rules read targets this way too.
 */
export function targetKind(target: string, names: NameContext): TargetKind {
  if (target === ROOT_TARGET) return 'root';
  if (names.ouPaths.has(target)) return 'ou';
  return names.accountKeys.has(target) ? 'account' : 'unresolved';
}

class IndexBuilder {
  private readonly occurrences: Occurrence[] = [];

  constructor(
    private readonly text: string,
    private readonly names: NameContext,
  ) {}

  define(kind: NavSymbolKind, name: string, keySpan: Span, key: string): void {
    const scalar = scalarText(this.text, keySpan, key);
    this.add({ kind, name, span: partSpan(scalar, 0, key.length), isDefinition: true, resolved: true, scalar, segment: 0 });
  }

  accountReference(located: Located<string> | undefined): void {
    if (!located) return;
    const scalar = scalarText(this.text, located.span, located.value);
    const resolved = this.names.accountKeys.has(located.value);
    this.add({ kind: 'account', name: located.value, span: partSpan(scalar, 0, located.value.length), isDefinition: false, resolved, scalar, segment: 0 });
  }

  /** One occurrence per non-empty segment; a segment resolves when the path up to it is a declared OU. */
  ouPathReference(located: Located<string>): void {
    const scalar = scalarText(this.text, located.span, located.value);
    let from = 0;
    let path = '';
    located.value.split('/').forEach((segment, index) => {
      path = index === 0 ? segment : `${path}/${segment}`;
      const to = from + segment.length;
      if (segment !== '') {
        const resolved = this.names.ouPaths.has(path);
        this.add({ kind: 'ou', name: path, span: partSpan(scalar, from, to), isDefinition: false, resolved, scalar, segment: index });
      }
      from = to + 1;
    });
  }

  /** `Root`, an OU path, or an account key; a target that is neither reads as an OU path that does not resolve. */
  targetReference(target: Located<string>): void {
    const kind = targetKind(target.value, this.names);
    if (kind === 'root') return;
    if (kind === 'account') this.accountReference(target);
    else this.ouPathReference(target);
  }

  private add(occurrence: Occurrence): void {
    this.occurrences.push(occurrence);
  }

  finish(): ReferenceIndex {
    const occurrences = withoutRepeats(this.occurrences.sort((a, b) => a.span.start - b.span.start || a.segment - b.segment));
    const symbols: Record<NavSymbolKind, Map<string, MutableSymbol>> = { account: new Map(), ou: new Map() };
    for (const occurrence of occurrences) {
      const byName = symbols[occurrence.kind];
      let symbol = byName.get(occurrence.name);
      if (!symbol) byName.set(occurrence.name, (symbol = { kind: occurrence.kind, name: occurrence.name, references: [] }));
      if (occurrence.isDefinition) symbol.definition ??= occurrence;
      else symbol.references.push(occurrence);
    }
    return {
      occurrences,
      names: this.names,
      symbol: (kind, name) => symbols[kind].get(name),
      at: (offset) => occurrenceAt(occurrences, offset),
    };
  }
}

type MutableSymbol = { kind: NavSymbolKind; name: string; definition?: Occurrence; references: Occurrence[] };

/**
 * Drops repeats of one place in the text: an aliased node (`targets: *common`) is reached once per
 * alias. Sorting puts repeats next to each other (same start, same segment).
 */
function withoutRepeats(sorted: Occurrence[]): Occurrence[] {
  return sorted.filter((o, i) => {
    const previous = sorted[i - 1];
    return !previous || previous.span.start !== o.span.start || previous.segment !== o.segment || previous.name !== o.name || previous.kind !== o.kind;
  });
}

/**
 * Binary search for the last occurrence starting at or before `offset`; identical spans resolve to
 * the deepest segment. A cursor on a quote counts as on the name inside the quotes.
 */
function occurrenceAt(occurrences: readonly Occurrence[], offset: number): Occurrence | undefined {
  let low = 0;
  let high = occurrences.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (occurrences[mid]!.span.start <= offset) {
      found = mid;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  const before = occurrences[found];
  if (before && offset <= before.span.end) return before;
  if (before && offset <= before.scalar.span.end) return before;
  const after = occurrences[found + 1];
  return after && after.scalar.span.start <= offset ? after : undefined;
}
