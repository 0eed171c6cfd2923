/**
 * Command-line arguments (SPEC §7): `org-manifest check [--format text|json|sarif] PATH...`.
 * Hand-written: the grammar is tiny and a parser dependency would outweigh it.
 */
export type OutputFormat = 'text' | 'json' | 'sarif';
export const FORMATS: readonly OutputFormat[] = ['text', 'json', 'sarif'];

export type Command =
  | { readonly kind: 'check'; readonly format: OutputFormat; readonly paths: readonly string[]; readonly fix: boolean }
  | { readonly kind: 'help' }
  | { readonly kind: 'version' }
  | { readonly kind: 'deployerPolicy'; readonly file: string }
  | { readonly kind: 'usageError'; readonly message: string };

export function parseArgs(argv: readonly string[]): Command {
  if (argv.length === 0) return { kind: 'usageError', message: 'No command given.' };
  const [command, ...rest] = argv;
  if (command === '--help' || command === '-h' || command === 'help') return { kind: 'help' };
  if (command === '--version' || command === '-v') return { kind: 'version' };
  if (command === 'deployer-policy') return parseDeployerPolicy(rest);
  if (command !== 'check') return { kind: 'usageError', message: `Unknown command \`${command}\`.` };
  return parseCheck(rest);
}

function parseCheck(args: readonly string[]): Command {
  let format: OutputFormat = 'text';
  let fix = false;
  const paths: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--help' || arg === '-h') return { kind: 'help' };
    if (arg === '--') {
      paths.push(...args.slice(i + 1));
      break;
    }
    if (arg === '--format' || arg === '-f' || arg.startsWith('--format=')) {
      const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : args[++i];
      if (value === undefined) return { kind: 'usageError', message: '`--format` needs a value: text, json or sarif.' };
      if (!(FORMATS as readonly string[]).includes(value)) {
        return { kind: 'usageError', message: `Unknown format \`${value}\`: use text, json or sarif.` };
      }
      format = value as OutputFormat;
      continue;
    }
    if (arg === '--fix') {
      fix = true;
      continue;
    }
    if (arg.startsWith('-') && arg !== '-') return { kind: 'usageError', message: `Unknown option \`${arg}\`.` };
    paths.push(arg);
  }
  if (paths.length === 0) return { kind: 'usageError', message: 'Give at least one file, folder or glob to check.' };
  return { kind: 'check', format, paths, fix };
}

/** `deployer-policy FILE`: exactly one manifest file. */
function parseDeployerPolicy(args: readonly string[]): Command {
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--help' || arg === '-h') return { kind: 'help' };
    if (arg === '--') {
      files.push(...args.slice(i + 1));
      break;
    }
    if (arg.startsWith('-') && arg !== '-') return { kind: 'usageError', message: `Unknown option \`${arg}\`.` };
    files.push(arg);
  }
  if (files.length !== 1) return { kind: 'usageError', message: '`deployer-policy` takes exactly one manifest file.' };
  return { kind: 'deployerPolicy', file: files[0]! };
}

export const USAGE = `Usage: org-manifest check [--format text|json|sarif] [--fix] PATH...

Checks AWS Organization manifests against the rules for service-linked roles,
enabling all features (handshakes), trusted access and more.

PATH is a file, a folder (searched for *.org.yaml, *.org.yml, org-manifest.yaml,
org-manifest.yml and YAML files whose first line is "apiVersion: orgmanifest/v1")
or a glob such as "manifests/**/*.yaml" (quote it so the shell does not expand it).

Options:
  -f, --format text|json|sarif   output format (default: text); sarif is SARIF 2.1.0
      --fix                      apply the safe quick fixes to the files in place first
                                 (only where the result parses and has fewer findings),
                                 then report what remains
  -h, --help                     show this help
  -v, --version                  show the version

Exit status: 0 no errors, 1 errors found, 2 bad usage or unreadable input.

Usage: org-manifest deployer-policy FILE

Prints the least-privilege IAM policy (JSON) that the deployer of the manifest
FILE needs to apply it: one statement per purpose, scoped with conditions where
IAM offers them. Exit status: 0 policy printed; 1 the manifest has YAML syntax,
structure or duplicate-key errors (listed on stderr; no policy is printed, since
it could miss permissions); 2 bad usage or unreadable input.`;
