/**
 * The language service facade (GUIDE: like vscode-json-languageservice): one object with the
 * features the server offers, speaking LSP types, with no transport and no I/O.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import { checkManifest } from './check';
import type { CheckResult } from './check';
import { toDiagnostic } from './diagnostics';
import { DEFAULT_SETTINGS, effectiveSeverity } from './settings';
import type { Settings } from './settings';

export interface LanguageServiceOptions {
  /** The current time; injectable so suppression expiry is testable. */
  readonly now?: () => Date;
  /** Told when a check throws (the server logs it once); the other checks still report. */
  readonly onCheckError?: (code: string, error: unknown) => void;
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
}

interface CacheEntry {
  readonly text: string;
  readonly settings: Settings;
  readonly result: CheckResult;
}

export function getLanguageService(options: LanguageServiceOptions = {}): LanguageService {
  const now = options.now ?? (() => new Date());
  const cache = new Map<string, CacheEntry>();

  const check = (document: TextDocument, settings: Settings = DEFAULT_SETTINGS): CheckResult => {
    const text = document.getText();
    const cached = cache.get(document.uri);
    if (cached && cached.settings === settings && cached.text === text) return cached.result;
    const result = checkManifest(text, {
      today: now(),
      maxAliasCount: settings.maxAliasCount,
      isEnabled: (code) => effectiveSeverity(settings, code) !== 'off',
      onCheckError: options.onCheckError,
    });
    cache.set(document.uri, { text, settings, result });
    return result;
  };

  return {
    check,
    forget: (uri) => void cache.delete(uri),
    doValidation(document, settings = DEFAULT_SETTINGS) {
      if (!settings.enable) return [];
      return check(document, settings).findings.map((finding) => {
        const severity = effectiveSeverity(settings, finding.code);
        return toDiagnostic(finding, document, severity === 'off' ? 'error' : severity);
      });
    },
  };
}
