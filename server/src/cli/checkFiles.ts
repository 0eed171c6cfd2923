/**
 * Runs the language service over files for the CLI: the same checks as the editor.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import { getLanguageService } from '../service';
import type { Settings } from '../service';
import { describeError } from './files';
import type { FileProblem } from './files';

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
): Promise<{ results: FileResult[]; problems: FileProblem[] }> {
  const service = getLanguageService();
  const results: FileResult[] = [];
  const problems: FileProblem[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = await readText(file);
    } catch (error) {
      problems.push({ path: displayPath(file, cwd), message: `cannot read this file (${describeError(error)})` });
      continue;
    }
    const document = TextDocument.create(pathToFileURL(file).href, 'org-manifest', 1, text);
    results.push({ path: file, displayPath: displayPath(file, cwd), diagnostics: service.doValidation(document, settings) });
  }
  return { results, problems };
}

/** UTF-8, with a BOM accepted (and left in the text, where offsets expect it). */
async function readText(file: string): Promise<string> {
  const bytes = await fs.readFile(file);
  return new TextDecoder('utf-8', { fatal: false }).decode(bytes);
}

export function displayPath(file: string, cwd: string): string {
  const relative = path.relative(cwd, file);
  return (relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file).split(path.sep).join('/');
}
