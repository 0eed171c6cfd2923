/**
 * What a new account key or OU name may be (README "Renaming"). The rules keep every name something
 * the format can reference unambiguously: `/` separates OU paths, `Root` is the organization root in
 * SCP targets (so neither may be used), and an SCP target that could be both an account key and a
 * top-level OU would be ambiguous. Characters that are YAML syntax are refused rather than quoted, so
 * names stay readable wherever they are referenced; a name YAML would read as another type (`123`,
 * `true`) is accepted and written in quotes.
 */
import { hasControlCharacter } from './scalarText';

/** Characters that are YAML syntax in keys or flow collections, or `/` (the OU path separator). */
const FORBIDDEN = /[/#:,[\]{}"'`\\]/;
/** Indicators that change the meaning of a plain scalar when they come first. */
const FORBIDDEN_FIRST = /^[-?!&*|>%@]/;

export const ROOT_TARGET = 'Root';

/** Why `name` cannot name an account or OU (`what` is "An account key" or "An OU name"), or undefined. */
export function nameProblem(name: string, what: string): string | undefined {
  if (name.length === 0) return `${what} cannot be empty.`;
  if (name.trim() !== name) return `${what} cannot start or end with a space.`;
  if (hasControlCharacter(name)) return `${what} cannot contain line breaks or control characters.`;
  if (name.includes('/')) return `${what} cannot contain \`/\`: it separates the OUs of a path.`;
  const forbidden = FORBIDDEN.exec(name);
  if (forbidden) return `${what} cannot contain \`${forbidden[0]}\`, which is YAML syntax.`;
  if (FORBIDDEN_FIRST.test(name)) return `${what} cannot start with \`${name.charAt(0)}\`, which is YAML syntax.`;
  if (name === ROOT_TARGET) return `${what} cannot be \`${ROOT_TARGET}\`: SCP targets use it for the organization root.`;
  return undefined;
}

export interface NameContext {
  readonly accountKeys: ReadonlySet<string>;
  /** Every OU path in the manifest. */
  readonly ouPaths: ReadonlySet<string>;
}

/** Why an account with key `from` cannot be renamed to `to`, or undefined when it can. */
export function accountRenameProblem(from: string, to: string, names: NameContext): string | undefined {
  const problem = nameProblem(to, 'An account key');
  if (problem || to === from) return problem;
  if (names.accountKeys.has(to)) return `An account with the key \`${to}\` already exists.`;
  if (names.ouPaths.has(to)) return `An OU named \`${to}\` exists at the top level, and SCP targets could not tell the two apart.`;
  return undefined;
}

/** Why the OU at `path` cannot be renamed to `to`, or undefined when it can. */
export function ouRenameProblem(path: string, to: string, names: NameContext): string | undefined {
  const problem = nameProblem(to, 'An OU name');
  const slash = path.lastIndexOf('/');
  const parent = slash >= 0 ? path.slice(0, slash) : '';
  if (problem || to === path.slice(slash + 1)) return problem;
  const newPath = parent ? `${parent}/${to}` : to;
  if (names.ouPaths.has(newPath)) {
    return parent ? `An OU named \`${to}\` already exists under \`${parent}\`.` : `An OU named \`${to}\` already exists at the top level.`;
  }
  if (!parent && names.accountKeys.has(to)) return `An account with the key \`${to}\` exists, and SCP targets could not tell the two apart.`;
  return undefined;
}
