/**
 * Every rule the product knows, and every check that reports under a rule's code. Adding a rule:
 * write `orgNNN.ts`, list it here, add `docs/rules/ORGNNN.md`; a test keeps this list, the docs and
 * the `orgManifest.rules.*` settings in package.json in step.
 */
import { org004 } from './org004';
import { org101 } from './org101';
import { org102 } from './org102';
import { org103 } from './org103';
import { org104 } from './org104';
import { org201 } from './org201';
import { org202 } from './org202';
import { org203 } from './org203';
import { org204 } from './org204';
import { org205 } from './org205';
import { org301 } from './org301';
import { org302 } from './org302';
import { org303 } from './org303';
import { org304 } from './org304';
import { org305 } from './org305';
import { org306 } from './org306';
import { org401 } from './org401';
import { org402 } from './org402';
import { org403 } from './org403';
import { org404 } from './org404';
import { org405 } from './org405';
import { org406 } from './org406';
import { org501 } from './org501';
import { org502 } from './org502';
import { org503 } from './org503';
import { org504 } from './org504';
import { org505 } from './org505';
import { org601 } from './org601';
import { org602 } from './org602';
import { org701 } from './org701';
import { requiredAccountId } from './structure/requiredAccountId';
import { statementShape } from './structure/statementShape';
import type { Check, RuleMeta } from './types';

/** Codes reported by the parsing and structure stages and by suppression handling, not by a model check. */
const PIPELINE_RULES: readonly RuleMeta[] = [
  { code: 'ORG001', title: 'YAML syntax error', defaultSeverity: 'error' },
  { code: 'ORG002', title: 'Structure: unknown key, wrong type, missing key or bad value', defaultSeverity: 'error' },
  { code: 'ORG003', title: 'Duplicate key, or more than one YAML document', defaultSeverity: 'error' },
  { code: 'ORG005', title: 'Suppression comment that has expired or suppresses nothing', defaultSeverity: 'warning' },
];

const MODEL_RULES = [org004, org101, org102, org103, org104, org201, org202, org203, org204, org205, org301, org302, org303, org304, org305, org306, org401, org402, org403, org404, org405, org406, org501, org502, org503, org504, org505, org601, org602, org701];

/** The checks run over the model, in order. */
export const CHECKS: readonly Check[] = [requiredAccountId, statementShape, ...MODEL_RULES];

/** Every rule, sorted by code. */
export const RULES: readonly RuleMeta[] = [...PIPELINE_RULES, ...MODEL_RULES.map(({ code, title, defaultSeverity }) => ({ code, title, defaultSeverity }))].sort(
  (a, b) => a.code.localeCompare(b.code),
);

const RULES_BY_CODE = new Map(RULES.map((rule) => [rule.code, rule]));

export function ruleMeta(code: string): RuleMeta | undefined {
  return RULES_BY_CODE.get(code);
}

export const DOCS_BASE_URL = 'https://github.com/org-manifest/org-manifest/blob/main/docs/rules/';

export function ruleDocsUrl(code: string): string {
  return `${DOCS_BASE_URL}${code}.md`;
}
