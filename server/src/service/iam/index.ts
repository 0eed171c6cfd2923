/**
 * IAM permission evaluation for manifest principals (an account's `administrator`, the `deployer`):
 * "is this action allowed here, and if not, which statement denies it?". Pure: no I/O, and no state
 * beyond bounded caches (compiled patterns, answers for repeated wildcard resources).
 */
export { evaluate, findExactActionGrants } from './evaluate';
export type { Decision, EvaluationRequest, StatementMatch } from './evaluate';
export type { ConditionContext } from './conditions';
export { conditionsMet } from './conditions';
export { actionMatches, globCovers, globMatches } from './glob';
export { globsIntersect } from './intersect';
