/**
 * The whole check of one manifest text: limits, parse, structure, model, rules, suppressions. Pure:
 * no I/O, no clock of its own (today and the deadline come in the options), no LSP connection.
 * Returns findings with offsets.
 *
 * Bad input never throws out of here (SPEC §8): limits refuse what would be too slow to read,
 * every phase and every check runs guarded (a failure is handed to `onCheckError` and the rest
 * goes on), and the time budget is checked between phases and between checks.
 */
import type { Document, ParsedNode } from 'yaml';
import type { Finding } from './findings';
import type { CheckHooks } from './incremental/accountHooks';
import { NO_DEADLINE } from './limits/deadline';
import type { Deadline } from './limits/deadline';
import { DEFAULT_LIMITS, findLongLine, utf8SizeUpTo } from './limits/limits';
import type { Incomplete, Limits } from './limits/limits';
import { cutShort, fileTooLarge, lineTooLong, nestedTooDeep } from './limits/notices';
import type { LimitNotice } from './limits/notices';
import { analyze } from './model/analysis';
import type { Analysis } from './model/analysis';
import { buildModel } from './model/buildModel';
import type { Account, Manifest } from './model/types';
import type { WalkContext, YamlNode } from './parse/ast';
import { parseYaml } from './parse/parseYaml';
import type { ParseOptions, ParsedYaml } from './parse/parseYaml';
import { readLoneCrAsLf } from './parse/rawText';
import { findSyntaxEchoes, valueStartsByEnd } from './parse/syntaxEchoes';
import { syntaxFindings } from './parse/syntaxFindings';
import { CHECKS } from './rules/registry';
import type { Check, CheckOptions, RuleContext } from './rules/types';
import { manifestSchema } from './schema/manifestSchema';
import { checkStructure } from './schema/structureCheck';
import { applySuppressions, findSuppressions } from './suppressions';
import { LineIndex } from './text/lineIndex';

export interface CheckSettings extends CheckOptions {
  /** Whether a rule's findings are wanted (false for rules set to `off`). */
  isEnabled(code: string): boolean;
  /** Most aliases followed while walking the document (alias bombs). */
  readonly maxAliasCount: number;
  /** File size, line length, nesting depth and time budget; `DEFAULT_LIMITS` where not given. */
  readonly limits?: Partial<Limits>;
  /** Called when a check (or a phase: `parse`, `structure`, `model`) throws; the rest still runs. */
  onCheckError?(code: string, error: unknown): void;
  /**
   * Test-only seam: checks run after the registered ones. The robustness tests inject a check that
   * throws, to show that one failing rule does not take the others down.
   */
  readonly extraChecks?: readonly Check[];
  /** Per-account results from a cache (the incremental check); computed when absent. */
  readonly accountHooks?: CheckHooks;
}

export interface CheckResult {
  readonly findings: readonly Finding[];
  /** The parsed YAML document (the first one), for features that work on the tree. */
  readonly document?: Document.Parsed<ParsedNode>;
  readonly manifest?: Manifest;
  readonly analysis?: Analysis;
  readonly lines: LineIndex;
  /** Set when a limit kept the check from covering the whole file; `findings` are what it found. */
  readonly incomplete?: Incomplete;
}

/** How the text becomes a YAML tree: `parseYaml`, or the incremental parse that splices in one account. */
export type ParseText = (text: string, options: ParseOptions) => ParsedYaml;

export function checkManifest(original: string, settings: CheckSettings, parse: ParseText = parseYaml): CheckResult {
  try {
    return checkText(original, settings, parse);
  } catch (error) {
    // Every phase is guarded; this is the net under the glue between them.
    settings.onCheckError?.('pipeline', error);
    return { findings: [], lines: new LineIndex(typeof original === 'string' ? original : '') };
  }
}

function checkText(original: string, settings: CheckSettings, parse: ParseText): CheckResult {
  const limits: Limits = { ...DEFAULT_LIMITS, ...settings.limits };
  const lineBreaks = readLoneCrAsLf(original);
  const text = lineBreaks.text;
  const lines = new LineIndex(text);
  const unreadable = refuseUnreadable(text, limits);
  if (unreadable) return noticeOnly(unreadable, lines, settings);
  const parsed = guard('parse', settings, () => parse(text, { maxNestingDepth: limits.maxNestingDepth, deadline: settings.deadline }));
  if (!parsed) return { findings: [], lines };
  if (parsed.stopped?.reason === 'nestingDepth') return noticeOnly(nestedTooDeep(parsed.stopped.offset, limits), lines, settings);
  if (parsed.stopped) return noticeOnly(cutShort('reading the file', limits), lines, settings);
  return checkParsed(parsed, { text, lines, limits, settings }, lineBreaks.finding);
}

interface Input {
  readonly text: string;
  readonly lines: LineIndex;
  readonly limits: Limits;
  readonly settings: CheckSettings;
}

function checkParsed(parsed: ParsedYaml, input: Input, loneCr: Finding | undefined): CheckResult {
  const { text, lines, limits, settings } = input;
  const valueStarts = parsed.problems.length > 0 ? valueStartsByEnd(parsed.document) : new Map<number, number>();
  const findings = syntaxFindings(parsed, text, lines, valueStarts);
  if (loneCr) findings.push(loneCr);
  const run = new Run(text, settings, findings);
  const stoppedWhile = run.checkDocument(parsed);
  const kept = keepReal(findings, parsed, input, valueStarts, stoppedWhile === undefined);
  const notice = stoppedWhile ? cutShort(stoppedWhile, limits) : undefined;
  if (notice && settings.isEnabled('ORG001')) kept.push(notice.finding);
  return {
    findings: kept.sort(compareFindings),
    document: parsed.document,
    manifest: run.manifest,
    analysis: run.analysis,
    lines,
    incomplete: notice?.incomplete,
  };
}

/** The findings worth showing: enabled, one per place, not suppressed, not echoes of a syntax error. */
function keepReal(findings: readonly Finding[], parsed: ParsedYaml, input: Input, valueStarts: ReadonlyMap<number, number>, ranEveryRule: boolean): Finding[] {
  const { text, lines, settings } = input;
  const enabled = onePerPlace(findings.filter((f) => settings.isEnabled(f.code)));
  // Whether a suppression is used is only known once every rule has run on a file read completely.
  const readCompletely = ranEveryRule && !parsed.problems.some((p) => !p.warning);
  const unusedCounts = readCompletely ? settings.isEnabled : () => false;
  const afterSuppressions = applySuppressions(enabled, findSuppressions(text, lines), lines, settings.today, unusedCounts);
  // Echoes are dropped after suppressing: a suppression of what is now an echo is not "unused".
  const echoes = findSyntaxEchoes(text, lines, parsed, valueStarts);
  return afterSuppressions.filter((f) => settings.isEnabled(f.code) && !echoes.isEcho(f));
}

/** The limits checked before `yaml` sees the text: it cannot be interrupted once it parses. */
function refuseUnreadable(text: string, limits: Limits): LimitNotice | undefined {
  if (utf8SizeUpTo(text, limits.maxFileSize) > limits.maxFileSize) return fileTooLarge(limits);
  const long = findLongLine(text, limits.maxLineLength);
  return long ? lineTooLong(long.start, long.length, limits) : undefined;
}

function noticeOnly(notice: LimitNotice, lines: LineIndex, settings: CheckSettings): CheckResult {
  return { findings: settings.isEnabled('ORG001') ? [notice.finding] : [], lines, incomplete: notice.incomplete };
}

/**
 * One finding per code and place. Aliases let one node be reached along many paths (an alias bomb:
 * hundreds), and a rule walking the model reports the node once per path; one is the fault.
 */
function onePerPlace(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>();
  // Sorted first, so which of two same-place findings is kept never depends on the order rules ran in.
  return [...findings].sort(compareFindings).filter((f) => {
    const key = `${f.code} ${f.span.start} ${f.span.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Document order, then code, then message: a total order, so the result never depends on the order rules ran in. */
function compareFindings(a: Finding, b: Finding): number {
  return a.span.start - b.span.start || a.span.end - b.span.end || a.code.localeCompare(b.code) || a.message.localeCompare(b.message);
}

/** Runs `work`; if it throws, tells `onCheckError` and returns undefined. */
function guard<T>(name: string, settings: CheckSettings, work: () => T): T | undefined {
  try {
    return work();
  } catch (error) {
    settings.onCheckError?.(name, error);
    return undefined;
  }
}

/** One pass over a parsed document: structure, model, rules, each guarded, with the deadline checked between them. */
class Run {
  manifest: Manifest | undefined;
  analysis: Analysis | undefined;
  private readonly deadline: Deadline;

  constructor(
    private readonly text: string,
    private readonly settings: CheckSettings,
    private readonly findings: Finding[],
  ) {
    this.deadline = settings.deadline ?? NO_DEADLINE;
  }

  /** Returns what the check was doing when time ran out, or undefined when it finished. */
  checkDocument(parsed: ParsedYaml): string | undefined {
    const document = parsed.document;
    if (!document || document.contents === null) {
      this.findings.push({
        code: 'ORG002',
        span: { start: 0, end: 0 },
        message: 'The file has no manifest in it. Start with `apiVersion: orgmanifest/v1`, then `organization:` and `accounts:`.',
      });
      return undefined;
    }
    if (this.deadline.expired()) return 'reading the file';
    const root = document.contents as YamlNode;
    const ctx = (): WalkContext => ({ doc: document, text: this.text, aliasBudget: { remaining: this.settings.maxAliasCount } });
    const hooks = this.settings.accountHooks;
    guard('structure', this.settings, () => checkStructure(root, manifestSchema, ctx(), (f) => this.findings.push(f), hooks));
    if (this.deadline.expired()) return 'checking the structure';
    this.manifest = guard('model', this.settings, () => buildModel(root, ctx(), hooks));
    this.analysis = this.manifest && guard('model', this.settings, () => analyze(this.manifest!));
    if (!this.manifest || !this.analysis) return undefined;
    if (this.deadline.expired()) return 'reading the accounts and policies';
    return this.runChecks(this.manifest, this.analysis);
  }

  private runChecks(manifest: Manifest, analysis: Analysis): string | undefined {
    const checks = enabledChecks(this.settings);
    const base = { manifest, analysis, text: this.text, options: this.settings };
    // Accounts first, then the manifest as a whole: the order the incremental check also uses.
    const accountChecker = new AccountChecker(checks, base, this.settings);
    let checked = 0;
    let expired = false;
    const checkAccount = (account: Account, into: Finding[]) => {
      if (expired || (++checked % ACCOUNTS_PER_DEADLINE_CHECK === 0 && (expired = this.deadline.expired()))) return;
      accountChecker.run(account, into);
    };
    const hooks = this.settings.accountHooks;
    if (hooks) hooks.accountsRules(base, checkAccount, this.findings);
    else for (const account of manifest.accounts) checkAccount(account, this.findings);
    if (expired) return 'running the rules on the accounts';
    for (const check of checks) {
      if (!check.check) continue;
      if (this.deadline.expired()) return `running the rules (${check.code} and later ones did not run)`;
      const ctx: RuleContext = { ...base, report: (finding) => this.findings.push({ ...finding, code: check.code }) };
      guard(check.code, this.settings, () => check.check!(ctx));
    }
    return this.settings.deadline?.expired() ? 'running the rules' : undefined;
  }
}

/** Accounts checked between two looks at the clock. */
const ACCOUNTS_PER_DEADLINE_CHECK = 256;

/** The registered checks (and the test-only extra ones) whose rule is not turned off. */
export function enabledChecks(settings: CheckSettings): readonly Check[] {
  return [...CHECKS, ...(settings.extraChecks ?? [])].filter((check) => settings.isEnabled(check.code));
}

/**
 * Runs every `checkAccount` on one account at a time, each guarded. The rule contexts are made once
 * per check run, not once per account: a 20,000-account file would otherwise make 300,000 of them.
 */
export class AccountChecker {
  private into: Finding[] = [];
  private readonly runs: { readonly check: Check; readonly ctx: RuleContext }[];

  constructor(
    checks: readonly Check[],
    base: Omit<RuleContext, 'report'>,
    private readonly settings: CheckSettings,
  ) {
    this.runs = checks
      .filter((check) => check.checkAccount)
      .map((check) => ({ check, ctx: { ...base, report: (finding) => this.into.push({ ...finding, code: check.code }) } }));
  }

  /** Appends the account's findings to `into`. */
  run(account: Account, into: Finding[]): void {
    this.into = into;
    for (const { check, ctx } of this.runs) {
      try {
        check.checkAccount!(account, ctx);
      } catch (error) {
        this.settings.onCheckError?.(check.code, error);
      }
    }
  }
}
