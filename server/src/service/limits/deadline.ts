/**
 * The validation time budget (SPEC §8: never hang). Cooperative: the pipeline asks `expired()`
 * between phases and inside its long loops (the YAML lexer feed, the rules); when it is, the check
 * stops and reports what it has. The clock is injected so the service stays pure and tests can
 * make a budget run out deterministically instead of measuring time.
 */
export interface Deadline {
  /** True once the budget is spent (and from then on). Cheap enough to call in loops. */
  expired(): boolean;
}

/** A deadline that never passes: for callers that set no budget. */
export const NO_DEADLINE: Deadline = { expired: () => false };

/** A deadline `budgetMs` after now, read from `clock` (milliseconds, any origin). */
export function deadlineAfter(budgetMs: number, clock: () => number): Deadline {
  const end = clock() + budgetMs;
  let passed = false;
  return {
    expired() {
      if (!passed && clock() >= end) passed = true;
      return passed;
    },
  };
}
