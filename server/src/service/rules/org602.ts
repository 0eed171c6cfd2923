import { actionsOf, allPrefixes, findAction, isKnownPrefix, matchesAnyAction, serviceOfPrefix } from '../../data/iamActions';
import { closeNames } from './closeNames';
import { isWellFormedAction, onEveryAction } from './actionEntries';
import type { Rule } from './types';

interface Verdict {
  readonly message: string;
  /** Replacements for the whole action, canonical casing, best first. */
  readonly candidates: readonly string[];
}

/**
 * ORG602: a well-formed action that names no known action: an unknown service prefix, an unknown
 * action of a known prefix, or a wildcard pattern that matches nothing. IAM compares actions
 * without regard to case, so case alone is never a finding. Malformed actions are ORG601's.
 */
export const org602: Rule = {
  code: 'ORG602',
  title: 'Unknown IAM action or service prefix',
  defaultSeverity: 'warning',
  ...onEveryAction((action, report) => {
    const verdict = action.value === '*' || !isWellFormedAction(action.value) ? undefined : verdictOf(action.value);
    if (!verdict) return;
    report({
      span: action.span,
      message: verdict.message,
      data: verdict.candidates.length > 0 ? { kind: 'replaceWith', candidates: verdict.candidates } : undefined,
    });
  }),
};

/**
 * A big manifest repeats the same few actions thousands of times: judge each text once. The catalog
 * never changes while the server runs, so verdicts are kept (up to a bound) across checks.
 */
const VERDICTS = new Map<string, Verdict | null>();
const MAX_VERDICTS = 10_000;

function verdictOf(action: string): Verdict | undefined {
  let verdict = VERDICTS.get(action);
  if (verdict === undefined) {
    if (VERDICTS.size >= MAX_VERDICTS) VERDICTS.clear();
    VERDICTS.set(action, (verdict = judge(action) ?? null));
  }
  return verdict ?? undefined;
}

/** Undefined when the action (or pattern) names a known action. */
function judge(action: string): Verdict | undefined {
  const colon = action.indexOf(':');
  const prefix = action.slice(0, colon);
  const name = action.slice(colon + 1);
  const wildcard = /[*?]/.test(action);
  if (/[*?]/.test(prefix)) return matchesAnyAction(action) ? undefined : { message: `\`${action}\` matches no known IAM action, so it grants or denies nothing.`, candidates: [] };
  if (!isKnownPrefix(prefix)) return unknownPrefix(action, prefix, name, wildcard);
  if (wildcard ? matchesAnyAction(action) : findAction(prefix, name)) return undefined;
  const service = describeService(prefix);
  if (wildcard) return { message: `\`${action}\` matches no action of ${service}, so it grants or denies nothing. Check the spelling of the part before the wildcard.`, candidates: [] };
  const canonical = prefix.toLowerCase();
  const candidates = closeNames(name, actionsOf(canonical).map((a) => a.name)).map((n) => `${canonical}:${n}`);
  return { message: `\`${action}\` is not an action of ${service}, so it grants or denies nothing.${didYouMean(candidates, canonical)}`, candidates };
}

function unknownPrefix(action: string, prefix: string, name: string, wildcard: boolean): Verdict {
  const candidates = closeNames(prefix, allPrefixes()).flatMap((p) => actionIn(p, name, wildcard));
  const hint = candidates.length > 0 ? ` Did you mean \`${candidates[0]}\`?` : ' Check the prefix in the service’s IAM documentation; completion offers the known prefixes.';
  return { message: `\`${prefix}\` is not the IAM prefix of any AWS service, so \`${action}\` grants or denies nothing.${hint}`, candidates: candidates.slice(0, 3) };
}

/** The action written with another prefix: the same name (canonical) when it exists there, else the closest one. */
function actionIn(prefix: string, name: string, wildcard: boolean): string[] {
  if (wildcard) return matchesAnyAction(`${prefix}:${name}`) ? [`${prefix}:${name}`] : [];
  const exact = findAction(prefix, name);
  if (exact) return [exact.fullName];
  const closest = closeNames(name, actionsOf(prefix).map((a) => a.name), 1)[0];
  return closest ? [`${prefix}:${closest}`] : [];
}

function describeService(prefix: string): string {
  const service = serviceOfPrefix(prefix);
  return service ? `${service.name} (\`${service.prefix}\`)` : `\`${prefix}\``;
}

function didYouMean(candidates: readonly string[], prefix: string): string {
  if (candidates.length > 0) return ` Did you mean \`${candidates[0]}\`?`;
  return ` Check the spelling; completion offers the actions after \`${prefix}:\`.`;
}
