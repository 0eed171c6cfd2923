/**
 * One rule, one file, one id (GUIDE): a rule's metadata lives next to its check, and the code is the
 * diagnostic code, the setting key (`orgManifest.rules.<code>`), the docs page and the test file.
 */
import type { Finding, Severity } from '../findings';
import type { Deadline } from '../limits/deadline';
import type { Analysis } from '../model/analysis';
import type { Account, Manifest } from '../model/types';
import type { ScpQuotas } from './scpQuotas';

export interface RuleMeta {
  /** `ORGnnn`. */
  readonly code: string;
  /** One line, ≤ 70 characters: settings description, SARIF short description. */
  readonly title: string;
  readonly defaultSeverity: Severity;
}

export interface CheckOptions {
  /** Today, for suppression comments with an `until` date. */
  readonly today: Date;
  /**
   * The validation time budget. A rule with a loop that can run long on a big manifest asks
   * `expired()` now and then and stops early; the pipeline then says the check was cut short.
   */
  readonly deadline?: Deadline;
  /** The SCP size and attachment quotas (ORG404, ORG405); `DEFAULT_SCP_QUOTAS` when not given. */
  readonly scpQuotas?: ScpQuotas;
}

export interface RuleContext {
  readonly manifest: Manifest;
  readonly analysis: Analysis;
  readonly text: string;
  readonly options: CheckOptions;
  report(finding: Omit<Finding, 'code'>): void;
}

/**
 * A check reports findings under one code. Most codes have exactly one check: their rule.
 *
 * Findings about one account come from `checkAccount`, the rest from `check`. The split is what
 * lets a keystroke in one account of a 20,000-account file re-check only that account (see
 * ../incremental/): `checkAccount` may read the account itself and the manifest's organization,
 * trusted access and OUs and the analysis of the management account, the feature sets and that
 * account's handshakes (`ACCOUNT_CONTEXT` in ../incremental/accountContext.ts) — never another
 * account. `check` must not report what `checkAccount` reports.
 */
export interface Check {
  readonly code: string;
  check?(ctx: RuleContext): void;
  checkAccount?(account: Account, ctx: RuleContext): void;
}

export interface Rule extends RuleMeta, Check {}
