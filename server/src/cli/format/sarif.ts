/**
 * SARIF 2.1.0 output (for GitHub code scanning and other CI viewers): one result per diagnostic,
 * `ruleId` = code, 1-based lines and columns (UTF-16 code units, as in LSP), and the rules' metadata
 * with their help text and documentation link in `tool.driver.rules`.
 */
import { pathToFileURL } from 'node:url';
import type { FileResult } from '../checkFiles';
import type { FileProblem } from '../files';
import { RULES, ruleDocsUrl } from '../../service';
import { severityName } from './summary';

const LEVELS = { error: 'error', warning: 'warning', info: 'note', hint: 'note' } as const;
const SEVERITY_LEVELS = { error: 'error', warning: 'warning', information: 'note', hint: 'note' } as const;

/** Rule documentation pages (markdown), by code; bundled into the CLI at build time. */
export type RuleDocs = Readonly<Record<string, string>>;

export function formatSarif(
  results: readonly FileResult[],
  problems: readonly FileProblem[],
  options: { version: string; cwd: string; docs: RuleDocs },
): string {
  const ruleIndex = new Map(RULES.map((rule, index) => [rule.code, index]));
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'org-manifest',
            version: options.version,
            semanticVersion: options.version,
            informationUri: 'https://github.com/org-manifest/org-manifest',
            rules: RULES.map((rule) => ({
              id: rule.code,
              name: ruleName(rule.title),
              shortDescription: { text: rule.title },
              fullDescription: { text: whatItChecks(options.docs[rule.code]) ?? rule.title },
              helpUri: ruleDocsUrl(rule.code),
              help: { text: `${rule.title}. See ${ruleDocsUrl(rule.code)}`, markdown: options.docs[rule.code] ?? `[${rule.code}](${ruleDocsUrl(rule.code)})` },
              defaultConfiguration: { level: SEVERITY_LEVELS[rule.defaultSeverity] },
            })),
          },
        },
        originalUriBaseIds: { SRCROOT: { uri: pathToFileURL(options.cwd.endsWith('/') ? options.cwd : `${options.cwd}/`).href } },
        results: results.flatMap((result) =>
          result.diagnostics.map((d) => ({
            ruleId: String(d.code),
            ruleIndex: ruleIndex.get(String(d.code)) ?? -1,
            level: LEVELS[severityName(d.severity)],
            message: { text: d.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: result.displayPath, uriBaseId: 'SRCROOT' },
                  region: {
                    startLine: d.range.start.line + 1,
                    startColumn: d.range.start.character + 1,
                    endLine: d.range.end.line + 1,
                    endColumn: d.range.end.character + 1,
                  },
                },
              },
            ],
            relatedLocations: (d.relatedInformation ?? []).map((r, id) => ({
              id,
              message: { text: r.message },
              physicalLocation: {
                artifactLocation: { uri: result.displayPath, uriBaseId: 'SRCROOT' },
                region: { startLine: r.location.range.start.line + 1, startColumn: r.location.range.start.character + 1 },
              },
            })),
          })),
        ),
        invocations: [
          {
            executionSuccessful: problems.length === 0,
            toolExecutionNotifications: problems.map((p) => ({ level: 'error', message: { text: `${p.path}: ${p.message}` } })),
          },
        ],
        columnKind: 'utf16CodeUnits',
      },
    ],
  };
  return JSON.stringify(sarif, null, 2) + '\n';
}

/** SARIF wants a readable `name` distinct from the opaque `id`: the title in PascalCase. */
function ruleName(title: string): string {
  return title
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('');
}

/** The "What it checks" section of a rule's page, as plain text. */
function whatItChecks(markdown: string | undefined): string | undefined {
  if (!markdown) return undefined;
  const match = /## What it checks\s*\n([\s\S]*?)(\n## |$)/.exec(markdown);
  return match?.[1]?.trim();
}
