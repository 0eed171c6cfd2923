/**
 * Does one policy statement apply to a request? Action first (cheapest and most selective), then
 * resource, then conditions. The effect is the caller's business (./evaluate.ts).
 *
 * A statement can be malformed in ways the structure check (ORG002) reports elsewhere; here the
 * reading is lenient but never inventive:
 * - neither `Action` nor `NotAction`: applies to nothing;
 * - both (IAM rejects this): both must hold — `Action` matches and `NotAction` does not;
 * - neither `Resource` nor `NotResource`: as if `Resource: "*"`;
 * - both: both must hold.
 */
import type { Located, PolicyStatement } from '../model/types';
import { actionMatches, cachedGlob, coverTokens, type Glob } from './glob';
import { intersectTokens } from './intersect';

/** The first entry of `patterns` that matches the action, if any. */
export function findMatchingAction(patterns: readonly Located<string>[], action: string): Located<string> | undefined {
  for (const pattern of patterns) {
    if (actionMatches(pattern.value, action)) return pattern;
  }
  return undefined;
}

/**
 * How a statement's action part applies: the `Action` entry that matched, `'notAction'` when it
 * applies because no `NotAction` entry matched (there is no single entry to point at), or undefined.
 */
export type ActionHit = Located<string> | 'notAction' | undefined;

export function actionHit(statement: PolicyStatement, action: string): ActionHit {
  const { action: actions, notAction } = statement;
  if (actions !== undefined) {
    const hit = findMatchingAction(actions, action);
    if (hit === undefined) return undefined;
    return notAction !== undefined && findMatchingAction(notAction, action) !== undefined ? undefined : hit;
  }
  if (notAction !== undefined) return findMatchingAction(notAction, action) === undefined ? 'notAction' : undefined;
  return undefined;
}

/**
 * Does the statement's resource part admit the request's resource? `requested` is the request's
 * resource as a glob (its `*` stand for parts the manifest does not know; a lone `*` when the request
 * names none). Both tests lean towards "the statement applies" when the unknown parts could go either
 * way, as unknown conditions do:
 * - `Resource` admits the request when some pattern *could* match it (the globs intersect);
 * - `NotResource` rejects it only when some pattern *must* match it (the pattern covers the request's
 *   glob). For a concrete ARN the two readings agree; they differ only where the ARN has wildcards.
 *
 * `variables`: whether `${…}` in the patterns are policy variables (policy Version 2012-10-17).
 */
export function resourceApplies(statement: PolicyStatement, requested: Glob, variables: boolean): boolean {
  const { resource, notResource } = statement;
  if (resource !== undefined) {
    let admitted = false;
    for (const pattern of resource) {
      if (intersectTokens(cachedGlob(pattern.value, variables), requested)) {
        admitted = true;
        break;
      }
    }
    if (!admitted) return false;
  }
  if (notResource !== undefined) {
    for (const pattern of notResource) {
      if (coverTokens(cachedGlob(pattern.value, variables), requested)) return false;
    }
  }
  return true;
}
