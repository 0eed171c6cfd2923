/** Public surface of the pure language service. */
export { getLanguageService } from './languageService';
export type { LanguageService, LanguageServiceOptions } from './languageService';
export { parseSettings, DEFAULT_SETTINGS } from './settings';
export type { Settings, RuleSetting } from './settings';
export { RULES, ruleDocsUrl, ruleMeta } from './rules/registry';
export type { RuleMeta } from './rules/types';
export { DIAGNOSTIC_SOURCE } from './diagnostics';
export * from './navigation';
export type { CheckResult } from './check';
export { codeLenses } from './codeLens';
export { deployerPolicy, deployerPolicyJson } from './deployer/policy';
export type { PolicyDocumentJson } from './deployer/policy';
