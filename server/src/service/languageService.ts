/**
 * The language service facade (GUIDE: like vscode-json-languageservice): one object with the
 * features the server offers, speaking LSP types, with no transport and no I/O.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, CodeActionContext, Range, TextEdit } from 'vscode-languageserver-types';
import type { CompletionList, Diagnostic, Hover, Position } from 'vscode-languageserver-types';
import { codeActionsFor, fixAllEdits } from './codeActions/lsp';
import type { Checker } from './codeActions/lsp';
import type { CheckResult } from './check';
import { doComplete } from './completion';
import { doHover } from './hover';
import { toDiagnostic } from './diagnostics';
import { IncrementalChecker } from './incremental/incrementalChecker';
import { deadlineAfter } from './limits/deadline';
import type { Check } from './rules/types';
import { DEFAULT_SETTINGS, effectiveSeverity } from './settings';
import type { Settings } from './settings';

export interface LanguageServiceOptions {
  /** The current time; injectable so suppression expiry is testable. */
  readonly now?: () => Date;
  /** Told when a check throws (the server logs it once); the other checks still report. */
  readonly onCheckError?: (code: string, error: unknown) => void;
  /** Milliseconds for the validation time budget; injectable so tests can run a budget out. */
  readonly clock?: () => number;
  /** Test-only seam: checks run after the registered ones (see `CheckSettings.extraChecks`). */
  readonly extraChecks?: readonly Check[];
}

export interface LanguageService {
  /** Checks a manifest and returns its diagnostics. */
  doValidation(document: TextDocument, settings?: Settings): Diagnostic[];
  /**
   * The full result of checking the document (model, analysis, findings). Cached per document:
   * features asking about the same text and settings share one check.
   */
  check(document: TextDocument, settings?: Settings): CheckResult;
  /** Drops what is cached for a closed document. */
  forget(uri: string): void;
  /**
   * Quick fixes for the diagnostics in `context` (matched to the current check: stale ones get none),
   * and, when `context.only` asks for it, the `source.fixAll.org-manifest` action.
   */
  getCodeActions(document: TextDocument, range: Range, context: CodeActionContext, settings?: Settings): CodeAction[];
  /** Every safe fix as one set of non-overlapping edits (Fix All, on save, `--fix`). */
  getFixAllEdits(document: TextDocument, settings?: Settings): TextEdit[];
  /** Markdown about the key or value at the position (SPEC §6), or null where there is nothing to say. */
  doHover(document: TextDocument, position: Position, settings?: Settings): Hover | null;
  /**
   * Keys, values and snippets at the position, also on half-typed text (SPEC §6). With
   * `latestCheck`, the document's last check serves even when its text has changed since: completion
   * reads names from the model, not positions, and checking a 20,000-account file again on every
   * keystroke would make it wait seconds.
   */
  doComplete(document: TextDocument, position: Position, settings?: Settings, options?: { readonly latestCheck?: boolean }): CompletionList;
}

export function getLanguageService(options: LanguageServiceOptions = {}): LanguageService {
  const now = options.now ?? (() => new Date());
  const clock = options.clock ?? (() => performance.now());
  // One checker per document: each keeps what the next version's check can reuse (issue #8).
  const checkers = new Map<string, IncrementalChecker>();

  const check = (document: TextDocument, settings: Settings = DEFAULT_SETTINGS): CheckResult => {
    let checker = checkers.get(document.uri);
    if (!checker) checkers.set(document.uri, (checker = new IncrementalChecker()));
    const checkSettings = {
      today: now(),
      maxAliasCount: settings.maxAliasCount,
      isEnabled: (code: string) => effectiveSeverity(settings, code) !== 'off',
      onCheckError: options.onCheckError,
      limits: settings,
      deadline: deadlineAfter(settings.validationTimeBudget, clock),
      scpQuotas: settings.scp,
      extraChecks: options.extraChecks,
    };
    return checker.check(document.getText(), checkSettings, settings);
  };
  const forget = (uri: string) => void checkers.delete(uri);

  const checker = (settings: Settings): Checker => ({ check: (document) => check(document, settings), forget });

  return {
    check,
    forget,
    getCodeActions: (document, _range, context, settings = DEFAULT_SETTINGS) =>
      settings.enable ? codeActionsFor(document, context, checker(settings)) : [],
    getFixAllEdits: (document, settings = DEFAULT_SETTINGS) => (settings.enable ? fixAllEdits(document, checker(settings)) : []),
    doHover: (document, position, settings = DEFAULT_SETTINGS) => doHover(check(document, settings), document, position),
    doComplete(document, position, settings = DEFAULT_SETTINGS, options = {}) {
      const latest = options.latestCheck ? checkers.get(document.uri)?.latest(settings) : undefined;
      const result = latest ?? check(document, settings);
      return doComplete(result, document, position);
    },
    doValidation(document, settings = DEFAULT_SETTINGS) {
      if (!settings.enable) return [];
      return check(document, settings).findings.map((finding) => {
        const severity = finding.severity ?? effectiveSeverity(settings, finding.code);
        return toDiagnostic(finding, document, severity === 'off' ? 'error' : severity);
      });
    },
  };
}
