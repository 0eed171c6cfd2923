/**
 * Runs the language service over files for the CLI: the same checks as the editor.
 */
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import { DEFAULT_SETTINGS, getLanguageService } from '../service';
import type { LanguageServiceOptions, Settings } from '../service';
import type { IncompleteReason } from '../service/limits/limits';
import type { FileProblem } from './files';
import { readManifest } from './readManifest';

export interface FileResult {
  /** Absolute path. */
  readonly path: string;
  /** Path relative to the working directory, with `/` separators: what users see. */
  readonly displayPath: string;
  readonly diagnostics: readonly Diagnostic[];
}

export async function checkFiles(
  files: readonly string[],
  cwd: string,
  settings?: Settings,
  /** Test-only seam (see `LanguageServiceOptions.extraChecks`). */
  testing: Pick<LanguageServiceOptions, 'extraChecks'> = {},
): Promise<{ results: FileResult[]; problems: FileProblem[] }> {
  // A check that fails loses its findings: in CI that must not pass as clean.
  const failed: string[] = [];
  const onCheckError = (code: string, error: unknown) => failed.push(`${code} (${error instanceof Error ? error.message : String(error)})`);
  const service = getLanguageService({ onCheckError, extraChecks: testing.extraChecks });
  const results: FileResult[] = [];
  const problems: FileProblem[] = [];
  for (const file of files) {
    failed.length = 0;
    const read = await readManifest(file, (settings ?? DEFAULT_SETTINGS).maxFileSize);
    if ('problem' in read) {
      problems.push({ path: displayPath(file, cwd), message: read.problem });
      continue;
    }
    const document = TextDocument.create(pathToFileURL(file).href, 'org-manifest', 1, read.text);
    results.push({ path: file, displayPath: displayPath(file, cwd), diagnostics: service.doValidation(document, settings) });
    // A file the checker could not cover completely must not pass CI as clean.
    const incomplete = service.check(document, settings).incomplete;
    if (incomplete) problems.push({ path: displayPath(file, cwd), message: INCOMPLETE[incomplete.reason] });
    for (const failure of failed) problems.push({ path: displayPath(file, cwd), message: `not fully checked: internal error in check ${failure}; please report it` });
  }
  return { results, problems };
}

const INCOMPLETE: Readonly<Record<IncompleteReason, string>> = {
  fileSize: 'not checked: the file is larger than the size limit for a manifest',
  lineLength: 'not checked: a line is longer than the limit for a manifest (see its ORG001 finding)',
  nestingDepth: 'not checked: the file nests deeper than the limit for a manifest (see its ORG001 finding)',
  timeBudget: 'not fully checked: the check took longer than its time budget and stopped early',
};

export function displayPath(file: string, cwd: string): string {
  const relative = path.relative(cwd, file);
  return (relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file).split(path.sep).join('/');
}
