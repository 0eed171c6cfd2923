/**
 * Does a policy statement's action part apply to a request? (Resources: ./resource.ts; conditions:
 * ./conditions.ts; the effect is the caller's business, ./evaluate.ts.)
 *
 * A statement can be malformed in ways the structure check (ORG002) reports elsewhere; here the
 * reading is lenient but never inventive:
 * - neither `Action` nor `NotAction`: applies to nothing;
 * - both (IAM rejects this): both must hold — `Action` matches and `NotAction` does not.
 */
import type { Located, PolicyStatement } from '../model/types';
import { actionMatches } from './glob';

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
