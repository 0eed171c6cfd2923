/**
 * `org-manifest deployer-policy FILE`: prints the least-privilege IAM policy the manifest's deployer
 * needs (the editor command's JSON). Exit 0 with the policy on stdout; 1 when the manifest has YAML
 * syntax, structure or duplicate-key errors (ORG001–ORG003), which can hide parts of it, so a policy
 * could miss permissions: those errors go to stderr and nothing to stdout; 2 for unreadable input.
 */
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DEFAULT_SETTINGS, deployerPolicy, deployerPolicyJson, getLanguageService } from '../service';
import { displayPath } from './checkFiles';
import { formatText } from './format/text';
import { readManifest } from './readManifest';

/** The findings that make the model unreliable: parts of the file may be missing from it. */
const STRUCTURAL = new Set(['ORG001', 'ORG002', 'ORG003']);

export async function printDeployerPolicy(file: string, cwd: string): Promise<number> {
  const absolute = path.resolve(cwd, file);
  const shown = displayPath(absolute, cwd);
  const read = await readManifest(absolute, DEFAULT_SETTINGS.maxFileSize);
  if ('problem' in read) return fail(`${shown}: ${read.problem}`, 2);
  const service = getLanguageService();
  const document = TextDocument.create(pathToFileURL(absolute).href, 'org-manifest', 1, read.text);
  const result = service.check(document);
  if (result.incomplete) return fail(`${shown}: not fully checked (a size, depth or time limit), so no deployer policy is printed`, 1);
  const structural = service.doValidation(document).filter((d) => STRUCTURAL.has(String(d.code)));
  if (structural.length > 0 || !result.manifest || !result.analysis) {
    process.stderr.write(formatText([{ path: absolute, displayPath: shown, diagnostics: structural }], { color: false }));
    return fail(`${shown}: no deployer policy: fix the errors above first, since they can hide parts of the manifest`, 1);
  }
  const policy = deployerPolicy(result.manifest, result.analysis);
  process.stdout.write(deployerPolicyJson(policy));
  if (policy.Statement.length === 0) process.stderr.write(`org-manifest: ${shown}: applying this manifest needs no Organizations permissions\n`);
  return 0;
}

function fail(message: string, code: number): number {
  process.stderr.write(`org-manifest: ${message}\n`);
  return code;
}
