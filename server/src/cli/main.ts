/**
 * The CLI (`org-manifest`, dist/cli.js): `org-manifest check [--format text|json|sarif] [--fix] PATH...`.
 * Exit 0 when no errors, 1 when errors were found, 2 on bad usage or unreadable input.
 */
import ruleDocs from 'virtual:rule-docs';
import { USAGE, parseArgs } from './args';
import { checkFiles } from './checkFiles';
import { printDeployerPolicy } from './deployerPolicy';
import { fixFiles } from './fixFiles';
import { resolveInputs } from './files';
import type { FileProblem } from './files';
import { formatJson } from './format/json';
import { formatSarif } from './format/sarif';
import { summarize } from './format/summary';
import { formatText } from './format/text';

declare const PACKAGE_VERSION: string | undefined;
const version = typeof PACKAGE_VERSION === 'string' ? PACKAGE_VERSION : '0.0.0-dev';

export async function main(argv: readonly string[], cwd: string): Promise<number> {
  const command = parseArgs(argv);
  switch (command.kind) {
    case 'help':
      process.stdout.write(`${USAGE}\n`);
      return 0;
    case 'version':
      process.stdout.write(`${version}\n`);
      return 0;
    case 'usageError':
      process.stderr.write(`org-manifest: ${command.message}\n\n${USAGE}\n`);
      return 2;
    case 'deployerPolicy':
      return printDeployerPolicy(command.file, cwd);
    case 'check':
      break;
  }
  const inputs = await resolveInputs(command.paths, cwd);
  const fixProblems = command.fix ? await fix(inputs.files, cwd) : [];
  const { results, problems: readProblems } = await checkFiles(inputs.files, cwd);
  const problems = [...inputs.problems, ...fixProblems, ...readProblems];
  if (command.format === 'json') process.stdout.write(formatJson(results, problems, version));
  else if (command.format === 'sarif') process.stdout.write(formatSarif(results, problems, { version, cwd, docs: ruleDocs }));
  else process.stdout.write(formatText(results, { color: useColor() }));
  // Unreadable input goes to stderr in every format, so stdout stays parseable.
  for (const p of problems) process.stderr.write(`org-manifest: ${p.path}: ${p.message}\n`);
  if (problems.length > 0) return 2;
  return summarize(results).errors > 0 ? 1 : 0;
}

/** `--fix`: fixes the files in place, saying on stderr what it did (stdout stays the report). */
async function fix(files: readonly string[], cwd: string): Promise<FileProblem[]> {
  const { outcomes, problems } = await fixFiles(files, cwd);
  for (const o of outcomes) {
    const what = o.skipped ? `fixes not written: ${o.skipped}` : `fixed ${o.fixed} problem${o.fixed === 1 ? '' : 's'}`;
    process.stderr.write(`org-manifest: ${o.path}: ${what}\n`);
  }
  return problems;
}

function useColor(): boolean {
  return process.stdout.isTTY === true && !('NO_COLOR' in process.env) && process.env.TERM !== 'dumb';
}

main(process.argv.slice(2), process.cwd()).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // A message, not a stack trace; ORG_MANIFEST_DEBUG=1 shows the stack for a bug report.
    const detail = error instanceof Error ? (process.env.ORG_MANIFEST_DEBUG ? (error.stack ?? error.message) : error.message) : String(error);
    process.stderr.write(`org-manifest: internal error: ${detail}\n`);
    process.exitCode = 2;
  },
);
