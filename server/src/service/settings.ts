/**
 * User settings as the service understands them. Clients send anything (JSON from
 * `initializationOptions`, `didChangeConfiguration`, `workspace/configuration`), so parsing is
 * defensive: unknown or malformed values fall back to the defaults.
 */
import type { Severity } from './findings';
import { RULES } from './rules/registry';

export type RuleSetting = Severity | 'off';

export interface Settings {
  /** `false` turns all checks off (no diagnostics at all). */
  readonly enable: boolean;
  /** Per-rule severity; rules not listed use their default. */
  readonly rules: Readonly<Record<string, RuleSetting>>;
  /** Most YAML aliases followed in one file (protects against alias bombs). */
  readonly maxAliasCount: number;
}

export const DEFAULT_SETTINGS: Settings = { enable: true, rules: {}, maxAliasCount: 1000 };

const RULE_SETTINGS = new Set<string>(['error', 'warning', 'information', 'hint', 'off']);

/** Reads `orgManifest` settings from untrusted JSON (the object under the `orgManifest` section). */
export function parseSettings(raw: unknown): Settings {
  if (!isRecord(raw)) return DEFAULT_SETTINGS;
  const rules: Record<string, RuleSetting> = {};
  if (isRecord(raw.rules)) {
    for (const [code, value] of Object.entries(raw.rules)) {
      const normalized = normalizeSeverity(value);
      if (normalized) rules[code.toUpperCase()] = normalized;
    }
  }
  const maxAliasCount = typeof raw.maxAliasCount === 'number' && raw.maxAliasCount >= 0 ? Math.floor(raw.maxAliasCount) : DEFAULT_SETTINGS.maxAliasCount;
  const enable = typeof raw.enable === 'boolean' ? raw.enable : DEFAULT_SETTINGS.enable;
  return { enable, rules, maxAliasCount };
}

function normalizeSeverity(value: unknown): RuleSetting | undefined {
  if (typeof value !== 'string') return undefined;
  const lower = value.toLowerCase();
  if (lower === 'info') return 'information';
  if (lower === 'default') return undefined;
  return RULE_SETTINGS.has(lower) ? (lower as RuleSetting) : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The severity a rule reports with, or `off`. */
export function effectiveSeverity(settings: Settings, code: string): RuleSetting {
  const configured = settings.rules[code];
  if (configured) return configured;
  return RULES.find((rule) => rule.code === code)?.defaultSeverity ?? 'error';
}
