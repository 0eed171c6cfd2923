/**
 * `org-manifest check --fix`: applies every safe quick fix (the editor's Fix All) to each file, in
 * place. A file is written only when the fixed text has no YAML syntax error and fewer findings
 * than before, and atomically (a temporary file renamed over it, with the same permissions), so
 * it is never left half-written.
 */
import { randomBytes } from 'node:crypto';
import { constants as fsConstants, promises as fs } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DEFAULT_SETTINGS, getLanguageService } from '../service';
import type { LanguageService, Settings } from '../service';
import { displayPath } from './checkFiles';
import { describeError } from './files';
import type { FileProblem } from './files';
import { readManifest } from './readManifest';

export interface FixOutcome {
  readonly path: string;
  /** How many findings the fixes removed (0: the file was not written). */
  readonly fixed: number;
  /** Why the fixes were not written, when there were some. */
  readonly skipped?: string;
}

export async function fixFiles(files: readonly string[], cwd: string, settings: Settings = DEFAULT_SETTINGS): Promise<{ outcomes: FixOutcome[]; problems: FileProblem[] }> {
  const service = getLanguageService();
  const outcomes: FixOutcome[] = [];
  const problems: FileProblem[] = [];
  for (const file of files) {
    // Files that cannot be read are reported by the check that follows.
    const read = await readManifest(file, settings.maxFileSize);
    if ('problem' in read) continue;
    const outcome = fixText(service, file, read.text, settings);
    if (!outcome) continue;
    const shown = displayPath(file, cwd);
    if ('skipped' in outcome) {
      outcomes.push({ path: shown, fixed: 0, skipped: outcome.skipped });
      continue;
    }
    try {
      await writeAtomically(file, outcome.text);
      outcomes.push({ path: shown, fixed: outcome.fixed });
    } catch (error) {
      problems.push({ path: shown, message: `cannot write the fixes (${describeError(error)})` });
    }
  }
  return { outcomes, problems };
}

type FixedText = { readonly text: string; readonly fixed: number } | { readonly skipped: string };

function fixText(service: LanguageService, file: string, text: string, settings: Settings): FixedText | undefined {
  const uri = pathToFileURL(file).href;
  const document = TextDocument.create(uri, 'org-manifest', 1, text);
  const before = service.doValidation(document, settings).length;
  const edits = service.getFixAllEdits(document, settings);
  if (edits.length === 0) return undefined;
  const fixed = TextDocument.applyEdits(document, edits);
  const after = service.doValidation(TextDocument.create(uri, 'org-manifest', 2, fixed), settings);
  service.forget(uri);
  if (after.some((d) => d.code === 'ORG001')) return { skipped: 'the fixed text would not parse' };
  if (after.length >= before) return { skipped: 'the fixes would not reduce the findings' };
  return { text: fixed, fixed: before - after.length };
}

/** Through a symbolic link to its target; the file keeps its permission bits. */
async function writeAtomically(file: string, text: string): Promise<void> {
  const target = await fs.realpath(file);
  const mode = (await fs.stat(target)).mode & 0o7777;
  // Renaming over the file would succeed in a writable folder (and always as root): respect the
  // file's own permission instead, and a read-only bit as the owner's "do not change" even for root.
  await fs.access(target, fsConstants.W_OK);
  if ((mode & 0o222) === 0) throw new Error('the file is read-only');
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await fs.writeFile(temporary, text, { encoding: 'utf8', flag: 'wx', mode });
    // The process umask may have narrowed the mode given above.
    await fs.chmod(temporary, mode);
    await fs.rename(temporary, target);
  } catch (error) {
    await fs.rm(temporary, { force: true });
    throw error;
  }
}
