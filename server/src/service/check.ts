/**
 * The whole check of one manifest text: parse, structure, model, rules, suppressions. Pure: no I/O,
 * no clock (today comes in the options), no LSP connection. Returns findings with offsets.
 */
import type { Document, ParsedNode } from 'yaml';
import type { Finding } from './findings';
import { analyze } from './model/analysis';
import type { Analysis } from './model/analysis';
import { buildModel } from './model/buildModel';
import type { Manifest } from './model/types';
import type { WalkContext, YamlNode } from './parse/ast';
import { parseYaml } from './parse/parseYaml';
import { syntaxMessage } from './parse/syntaxAdvice';
import { CHECKS } from './rules/registry';
import type { CheckOptions, RuleContext } from './rules/types';
import { manifestSchema } from './schema/manifestSchema';
import { checkStructure } from './schema/structureCheck';
import { applySuppressions, findSuppressions } from './suppressions';
import { LineIndex } from './text/lineIndex';

export interface CheckSettings extends CheckOptions {
  /** Whether a rule's findings are wanted (false for rules set to `off`). */
  isEnabled(code: string): boolean;
  /** Most aliases followed while walking the document (alias bombs). */
  readonly maxAliasCount: number;
  /** Called when a check throws; the other checks still run. */
  onCheckError?(code: string, error: unknown): void;
}

export interface CheckResult {
  readonly findings: readonly Finding[];
  /** The parsed YAML document (the first one), for features that work on the tree. */
  readonly document?: Document.Parsed<ParsedNode>;
  readonly manifest?: Manifest;
  readonly analysis?: Analysis;
  readonly lines: LineIndex;
}

export function checkManifest(text: string, settings: CheckSettings): CheckResult {
  const findings: Finding[] = [];
  const report = (finding: Finding) => findings.push(finding);
  const lines = new LineIndex(text);
  const parsed = parseYaml(text);
  for (const problem of parsed.problems) report({ code: 'ORG001', span: problem.span, message: syntaxMessage(problem.code, problem.message) });
  parsed.extraDocumentStarts.forEach((start, index) => {
    report({
      code: 'ORG003',
      span: start,
      message: `A manifest file holds one YAML document; document ${index + 2} here is ignored. Move it into a file of its own, or remove the \`---\` that starts it.`,
    });
  });

  let manifest: Manifest | undefined;
  let analysis: Analysis | undefined;
  const document = parsed.document;
  if (!document || document.contents === null) {
    report({
      code: 'ORG002',
      span: { start: 0, end: 0 },
      message: 'The file has no manifest in it. Start with `apiVersion: orgmanifest/v1`, then `organization:` and `accounts:`.',
    });
  } else {
    const ctx: WalkContext = { doc: document, text, aliasBudget: { remaining: settings.maxAliasCount } };
    const root = document.contents as YamlNode;
    checkStructure(root, manifestSchema, ctx, report);
    manifest = buildModel(root, { ...ctx, aliasBudget: { remaining: settings.maxAliasCount } });
    analysis = analyze(manifest);
    runChecks(manifest, analysis, text, settings, findings);
  }

  const enabled = findings.filter((f) => settings.isEnabled(f.code));
  const result = applySuppressions(enabled, findSuppressions(text, lines), lines, settings.today, settings.isEnabled);
  return {
    findings: result.filter((f) => settings.isEnabled(f.code)).sort((a, b) => a.span.start - b.span.start || a.code.localeCompare(b.code)),
    document,
    manifest,
    analysis,
    lines,
  };
}

function runChecks(manifest: Manifest, analysis: Analysis, text: string, settings: CheckSettings, findings: Finding[]): void {
  for (const check of CHECKS) {
    if (!settings.isEnabled(check.code)) continue;
    const ctx: RuleContext = {
      manifest,
      analysis,
      text,
      options: settings,
      report: (finding) => findings.push({ ...finding, code: check.code }),
    };
    try {
      check.check(ctx);
    } catch (error) {
      settings.onCheckError?.(check.code, error);
    }
  }
}
