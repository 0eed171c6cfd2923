/**
 * User settings as the service understands them. Clients send anything (JSON from
 * `initializationOptions`, `didChangeConfiguration`, `workspace/configuration`), so parsing is
 * defensive: unknown or malformed values fall back to the defaults.
 */
import type { Severity } from './findings';
import { DEFAULT_LIMITS, MAX_NESTING_DEPTH } from './limits/limits';
import type { Limits } from './limits/limits';
import { RULES } from './rules/registry';
import { DEFAULT_SCP_QUOTAS } from './rules/scpQuotas';
import type { ScpQuotas } from './rules/scpQuotas';

export type RuleSetting = Severity | 'off';

/** The limits (file size, line length, nesting depth, time budget) are settings too: see ./limits/limits.ts. */
export interface Settings extends Limits {
  /** `false` turns all checks off (no diagnostics at all). */
  readonly enable: boolean;
  /** Per-rule severity; rules not listed use their default. */
  readonly rules: Readonly<Record<string, RuleSetting>>;
  /** Most YAML aliases followed in one file (protects against alias bombs). */
  readonly maxAliasCount: number;
  /** `orgManifest.scp.maxSize` and `orgManifest.scp.maxPerTarget`: the SCP quotas (ORG404, ORG405). */
  readonly scp: ScpQuotas;
}

export const DEFAULT_SETTINGS: Settings = { enable: true, rules: {}, maxAliasCount: 1000, ...DEFAULT_LIMITS, scp: DEFAULT_SCP_QUOTAS };

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
  return { enable, rules, maxAliasCount, ...parseLimits(raw), scp: parseScpQuotas(raw.scp) };
}

/** `scp.maxSize` and `scp.maxPerTarget`: whole numbers of at least 1; anything else is the default. */
function parseScpQuotas(raw: unknown): ScpQuotas {
  const section = isRecord(raw) ? raw : {};
  const quota = (key: keyof ScpQuotas): number => {
    const value = section[key];
    return typeof value === 'number' && Number.isFinite(value) && value >= 1 ? Math.floor(value) : DEFAULT_SCP_QUOTAS[key];
  };
  return { maxSize: quota('maxSize'), maxPerTarget: quota('maxPerTarget') };
}

/** Each limit must be a positive number; nesting is capped where `yaml` would run out of stack. */
function parseLimits(raw: Record<string, unknown>): Limits {
  const positive = (key: keyof Limits, max = Infinity): number => {
    const value = raw[key];
    return typeof value === 'number' && value >= 1 ? Math.min(Math.floor(value), max) : DEFAULT_LIMITS[key];
  };
  return {
    maxFileSize: positive('maxFileSize'),
    maxLineLength: positive('maxLineLength'),
    maxNestingDepth: positive('maxNestingDepth', MAX_NESTING_DEPTH),
    validationTimeBudget: positive('validationTimeBudget'),
  };
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
