/**
 * What one check leaves for the next: per top-level section (keyed by its pair in the YAML tree)
 * its structure findings and model, and for the accounts as a whole their structure findings,
 * model and rule findings. The incremental parse keeps every pair the edit did not touch, and
 * says which account it replaced (`change`): everything else is answered from here.
 *
 * Cached findings are snapshots the cache owns; cached model objects keep the spans they were
 * built with. When text before them changes length, `shift` moves both.
 */
import type { Pair } from 'yaml';
import type { Finding } from '../findings';
import { collectSpans } from '../parse/ast';
import type { Analysis } from '../model/analysis';
import type { Account, Manifest } from '../model/types';
import type { Span } from '../text/span';
import type { CheckHooks } from './accountHooks';
import { shiftFinding, shiftSpans } from './shift';

type AnyPair = Pair<unknown, unknown>;

interface SectionEntry {
  structure?: Finding[];
  model?: { readonly value: unknown; readonly spans: Span[] };
}

interface AccountsEntry {
  /** The first pair of each account key, in document order; `accounts` follows the same order. */
  readonly firstPairs: readonly AnyPair[];
  readonly keyFindings: Finding[];
  /** Each first pair's structure findings. */
  readonly structure: Map<AnyPair, Finding[]>;
  accounts?: Account[];
  accountSpans?: Span[][];
  /** Set when `accounts` is the previous list with only the edited account built again. */
  reused?: { readonly editedIndex?: number };
  rules?: { readonly organization: string; readonly findings: Finding[] };
}

/** The account the incremental parse replaced, and whether its key stayed the same. */
export interface AccountChange {
  readonly oldPair: AnyPair;
  readonly newPair: AnyPair;
  readonly sameKey: boolean;
}

export class AccountCache {
  private readonly sections = new Map<AnyPair, SectionEntry>();
  private accounts: AccountsEntry | undefined;

  /**
   * Moves every cached offset at or after `at` by `delta` (text before them changed length), and
   * forgets what was about the edited account [from, at): its findings, and any account-level
   * result that points into it.
   */
  shift(from: number, at: number, delta: number): void {
    for (const entry of this.sections.values()) {
      if (entry.model) shiftSpans(entry.model.spans, at, delta);
      if (entry.structure && !entry.structure.every((f) => shiftFinding(f, from, at, delta))) entry.structure = undefined;
    }
    const accounts = this.accounts;
    if (!accounts) return;
    if (!accounts.keyFindings.every((f) => shiftFinding(f, from, at, delta))) {
      this.accounts = undefined;
      return;
    }
    for (const spans of accounts.accountSpans ?? []) shiftSpans(spans, at, delta);
    // The edited account's own findings point into [from, at): they are dropped with its pair.
    for (const findings of accounts.structure.values()) findings.forEach((f) => shiftFinding(f, from, at, delta));
    if (accounts.rules) {
      const kept = accounts.rules.findings.filter((f) => !within(f.span, from, at));
      accounts.rules = kept.every((f) => shiftFinding(f, from, at, delta)) ? { ...accounts.rules, findings: kept } : undefined;
    }
  }

  /** Hooks for one check: they answer from `previous` (after `change`, when the parse was incremental) and record into this cache. */
  hooksFor(previous: AccountCache | undefined, change: () => AccountChange | undefined): CheckHooks {
    return new Hooks(this, previous, change);
  }

  /** @internal for Hooks */
  section(pair: AnyPair, previous: AccountCache | undefined): SectionEntry {
    let entry = this.sections.get(pair);
    if (!entry) this.sections.set(pair, (entry = previous?.sections.get(pair) ?? {}));
    return entry;
  }

  /** @internal for Hooks */
  previousAccounts(): AccountsEntry | undefined {
    return this.accounts;
  }

  /** @internal for Hooks */
  setAccounts(entry: AccountsEntry): void {
    this.accounts = entry;
  }
}

class Hooks implements CheckHooks {
  private current: AccountsEntry | undefined;

  constructor(
    private readonly cache: AccountCache,
    private readonly previous: AccountCache | undefined,
    private readonly change: () => AccountChange | undefined,
  ) {}

  sectionStructure(pair: AnyPair, compute: (report: (f: Finding) => void) => void, report: (f: Finding) => void): void {
    const entry = this.cache.section(pair, this.previous);
    entry.structure ??= recorded(compute);
    for (const finding of entry.structure) report(snapshot(finding));
  }

  sectionModel<T>(pair: AnyPair, compute: () => T): T {
    const entry = this.cache.section(pair, this.previous);
    if (!entry.model) {
      const { value, spans } = collectSpans(compute);
      entry.model = { value, spans };
    }
    return entry.model.value as T;
  }

  accountsStructure(_map: unknown, parts: Parameters<CheckHooks['accountsStructure']>[1], report: (f: Finding) => void): void {
    const before = this.reusableAccounts();
    const change = this.change();
    let entry: AccountsEntry;
    if (before && change) {
      // The keys are the same as before: so are the findings about them, and which pairs come first.
      const structure = new Map(before.structure);
      structure.delete(change.oldPair);
      const index = before.firstPairs.indexOf(change.oldPair);
      const firstPairs = index < 0 ? before.firstPairs : before.firstPairs.map((pair, i) => (i === index ? change.newPair : pair));
      if (index >= 0) structure.set(change.newPair, recorded((r) => parts.account(change.newPair, r)));
      entry = { firstPairs, keyFindings: before.keyFindings, structure };
    } else {
      const keyFindings: Finding[] = [];
      const first = parts.keys((f) => keyFindings.push(f));
      const structure = new Map<AnyPair, Finding[]>();
      for (const pair of first) structure.set(pair, recorded((r) => parts.account(pair, r)));
      entry = { firstPairs: [...first], keyFindings: keyFindings.map(snapshot), structure };
    }
    this.current = entry;
    this.cache.setAccounts(entry);
    for (const finding of entry.keyFindings) report(snapshot(finding));
    for (const findings of entry.structure.values()) for (const finding of findings) report(snapshot(finding));
  }

  accountsModel(firstPairs: () => readonly AnyPair[], build: (pair: AnyPair) => Account): Account[] {
    const entry = this.current;
    const before = this.reusableAccounts();
    const change = this.change();
    if (entry && before?.accounts && before.accountSpans && change) {
      // Only the edited account is built again (when it was a first pair; a duplicate has no account).
      const accounts = before.accounts.slice();
      const accountSpans = before.accountSpans.slice();
      const index = entry.firstPairs.indexOf(change.newPair);
      if (index >= 0) {
        const { value, spans } = collectSpans(() => build(change.newPair));
        accounts[index] = value;
        accountSpans[index] = spans;
      }
      entry.reused = { editedIndex: index >= 0 ? index : undefined };
      entry.accounts = accounts;
      entry.accountSpans = accountSpans;
      return accounts;
    }
    const built = (entry?.firstPairs ?? firstPairs()).map((pair) => collectSpans(() => build(pair)));
    if (entry) {
      entry.accounts = built.map((b) => b.value);
      entry.accountSpans = built.map((b) => b.spans);
    }
    return built.map((b) => b.value);
  }

  accountsRules(context: Parameters<CheckHooks['accountsRules']>[0], check: (account: Account, into: Finding[]) => void, into: Finding[]): void {
    const organization = organizationContext(context.manifest, context.analysis);
    const before = this.reusableAccounts();
    const change = this.change();
    const entry = this.current;
    let findings: Finding[];
    if (before?.rules && before.rules.organization === organization && change && entry?.accounts && entry.reused) {
      // Nothing around the accounts changed: only the edited account's rules run again.
      const edited = entry.reused.editedIndex === undefined ? undefined : entry.accounts[entry.reused.editedIndex];
      const again: Finding[] = [];
      if (edited) check(edited, again);
      findings = [...before.rules.findings, ...again.map(snapshot)];
    } else {
      const list: Finding[] = [];
      for (const account of context.manifest.accounts) check(account, list);
      findings = list.map(snapshot);
    }
    if (entry) entry.rules = { organization, findings };
    for (const finding of findings) into.push(snapshot(finding));
  }

  /** The previous accounts results, when the edit kept every account key (else everything is recomputed). */
  private reusableAccounts(): AccountsEntry | undefined {
    const change = this.change();
    return change?.sameKey ? this.previous?.previousAccounts() : undefined;
  }
}

function recorded(compute: (report: (f: Finding) => void) => void): Finding[] {
  const found: Finding[] = [];
  compute((finding) => found.push(finding));
  return found.map(snapshot);
}

function within(span: Span, from: number, to: number): boolean {
  return span.start >= from && span.start < to;
}

/** A copy the cache owns: shifting it later must not move what a caller holds, nor the other way round. */
function snapshot(finding: Finding): Finding {
  return structuredClone(finding);
}

/**
 * Everything outside an account that `checkAccount` may read (see `Check` in ../rules/types.ts):
 * the feature sets, the management account, trusted access, the OUs, the handshakes.
 */
function organizationContext(manifest: Manifest, analysis: Analysis): string {
  const org = manifest.organization;
  const management = analysis.managementAccount;
  return JSON.stringify([
    org?.featureSet?.value,
    org?.currentFeatureSet?.value,
    org?.managementAccount?.value,
    management?.key,
    management?.id?.value,
    management?.id?.isNumber,
    manifest.accountsIsMapping,
    manifest.trustedAccess.map((t) => [t.principal, t.enabled]),
    manifest.organizationalUnits.map((ou) => ou.path),
    manifest.handshakes.map((h) => [h.account?.value, h.type?.value, h.state?.value]),
  ]);
}
