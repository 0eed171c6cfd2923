/**
 * Fix all: every safe fix of the file as one set of non-overlapping changes. Fixes that touch the
 * same text wait for the next pass, which checks the file again (in memory) and fixes what is still
 * there, up to a few passes. The missing handshake permissions of one account are added by one fix.
 */
import type { CheckResult } from '../check';
import type { Finding } from '../findings';
import { composeChanges } from './compose';
import { fixContext } from './context';
import { permissionFixes } from './fixes/addPermissions';
import { intentFixes } from './fixesFor';
import { ClaimedText, applyChanges, lineEndAt, lineStartAt } from './text';
import type { Fix, FixContext, TextChange } from './types';

const MAX_PASSES = 5;

/** The changes, against `text`, that apply every safe fix; `check(text)` checks any version of it. */
export function fixAllChanges(text: string, first: CheckResult, check: (text: string) => CheckResult): TextChange[] {
  let current = text;
  let result = first;
  let done: TextChange[] = [];
  const applied = new Set<string>();
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const ctx = fixContext(current, result);
    // A finding fixed in an earlier pass that is back means its fix did not work: never apply it twice.
    const fixes = safeFixes(ctx).filter((f) => !f.identities.some((id) => applied.has(id)));
    const chosen = nonConflicting(fixes);
    if (chosen.length === 0) break;
    const changes = chosen.flatMap((f) => f.fix.changes);
    const next = applyChanges(current, changes);
    const nextResult = check(next);
    if (structuralProblems(nextResult) > structuralProblems(result)) break;
    chosen.forEach((f) => f.identities.forEach((id) => applied.add(id)));
    done = composeChanges(text, done, current, changes);
    current = next;
    result = nextResult;
  }
  return done;
}

/**
 * "Add all missing handshake permissions": every safe permission fix of the file, in one pass, and
 * the accounts it covers (an account whose `Deny` blocks the permission is left to its own fix).
 */
export function handshakeFixAll(ctx: FixContext): { fix: Fix; accounts: ReadonlySet<string> } | undefined {
  // Asked for on every code-action request on a permission finding: worked out once per check.
  if (!HANDSHAKE_FIX_ALL.has(ctx.check)) HANDSHAKE_FIX_ALL.set(ctx.check, computeHandshakeFixAll(ctx));
  return HANDSHAKE_FIX_ALL.get(ctx.check);
}

const HANDSHAKE_FIX_ALL = new WeakMap<CheckResult, ReturnType<typeof computeHandshakeFixAll>>();

function computeHandshakeFixAll(ctx: FixContext): { fix: Fix; accounts: ReadonlySet<string> } | undefined {
  const fixes = nonConflicting(permissionFixesByAccount(ctx));
  if (fixes.length === 0) return undefined;
  const changes = fixes.flatMap((f) => f.fix.changes).sort((a, b) => a.start - b.start);
  const fix = { title: 'Add all missing handshake permissions', changes, isPreferred: false, safe: true };
  return { fix, accounts: new Set(fixes.flatMap((f) => (f.account === undefined ? [] : [f.account]))) };
}

interface CandidateFix {
  readonly fix: Fix;
  /** The findings it fixes. */
  readonly identities: readonly string[];
  /** The account whose permissions it adds. */
  readonly account?: string;
}

function safeFixes(ctx: FixContext): CandidateFix[] {
  const others = ctx.check.findings.flatMap((finding) => {
    if (finding.data?.kind === 'addPermissions') return [];
    const fix = intentFixes(finding, ctx).find((f) => f.isPreferred && f.safe);
    return fix ? [{ fix, identities: [identity(ctx, finding)] }] : [];
  });
  return [...permissionFixesByAccount(ctx), ...others].sort((a, b) => a.fix.changes[0]!.start - b.fix.changes[0]!.start);
}

/** One fix per account, adding all its missing actions at once (only where no `Deny` is in the way). */
function permissionFixesByAccount(ctx: FixContext): CandidateFix[] {
  const byAccount = new Map<string, Finding[]>();
  for (const finding of ctx.check.findings) {
    if (finding.data?.kind !== 'addPermissions') continue;
    byAccount.set(finding.data.account, [...(byAccount.get(finding.data.account) ?? []), finding]);
  }
  return [...byAccount].flatMap(([account, findings]) => {
    const actions = findings.flatMap((f) => (f.data?.kind === 'addPermissions' ? f.data.actions : []));
    const fix = permissionFixes(ctx, account, actions).find((f) => f.safe);
    return fix ? [{ fix, identities: findings.map((f) => identity(ctx, f)), account }] : [];
  });
}

/** Greedy in document order: a fix touching text another one already changes waits for the next pass. */
function nonConflicting(fixes: readonly CandidateFix[]): CandidateFix[] {
  const claimed = new ClaimedText();
  return fixes.filter((candidate) => {
    if (claimed.touches(candidate.fix.changes)) return false;
    claimed.claim(candidate.fix.changes);
    return true;
  });
}

/**
 * What a finding is about, stable across passes: its code and intent (spans aside), and its line
 * unless the intent names its account (a permission finding moves to the `administrator` it gains).
 */
function identity(ctx: FixContext, finding: Finding): string {
  const data = JSON.stringify(finding.data, (key, value: unknown) => (key === 'spans' || key === 'span' ? undefined : value));
  if (finding.data && 'account' in finding.data) return `${finding.code}|${data}`;
  const line = ctx.text.slice(lineStartAt(ctx.text, finding.span.start), lineEndAt(ctx.text, finding.span.start)).trim();
  return `${finding.code}|${data}|${line}`;
}

/**
 * Fixes that are each right can still collide (say, two that end up writing the same key): a pass
 * that leaves more syntax, structure or duplicate-key problems than it found is not kept.
 */
function structuralProblems(result: CheckResult): number {
  return result.findings.filter((f) => f.code === 'ORG001' || f.code === 'ORG002' || f.code === 'ORG003').length;
}
