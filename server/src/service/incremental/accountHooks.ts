/**
 * Where the check asks for results it can get from a cache: the structure findings and the model of
 * each top-level section, and of the accounts — as a whole or one account at a time — and the
 * per-account rule findings. A full check computes them all; the incremental check
 * (./incrementalChecker.ts) answers from its cache for everything the edit did not touch. The
 * pipeline is the same either way, which is what makes the two give the same result.
 */
import type { Pair, YAMLMap } from 'yaml';
import type { Finding, Report } from '../findings';
import type { Analysis } from '../model/analysis';
import type { Account, Manifest } from '../model/types';

export interface CheckHooks {
  /** Structure findings under one top-level key other than `accounts`. */
  sectionStructure(pair: Pair<unknown, unknown>, compute: (report: Report) => void, report: Report): void;
  /** The model of one top-level key other than `accounts` (whatever its builder returns). */
  sectionModel<T>(pair: Pair<unknown, unknown>, compute: () => T): T;
  /** Structure findings of the accounts map: about its keys (`keys`), and each account's value (`account`). */
  accountsStructure(map: YAMLMap<unknown, unknown>, parts: AccountsStructure, report: Report): void;
  /** The accounts of the model, from the first pair of each key. */
  accountsModel(firstPairs: () => readonly Pair<unknown, unknown>[], build: (pair: Pair<unknown, unknown>) => Account): Account[];
  /** The `checkAccount` findings of every account; `check` appends one account's to `into`. */
  accountsRules(context: AccountRuleContext, check: (account: Account, into: Finding[]) => void, into: Finding[]): void;
}

export interface AccountsStructure {
  /** Reports the findings about the map's keys (duplicates, complex keys); returns the first pair of each key. */
  keys(report: Report): ReadonlySet<Pair<unknown, unknown>>;
  /** Reports the findings about one account's value. */
  account(pair: Pair<unknown, unknown>, report: Report): void;
}

/** What the rules of one account may also read (see `Check` in ../rules/types.ts). */
export interface AccountRuleContext {
  readonly manifest: Manifest;
  readonly analysis: Analysis;
}
