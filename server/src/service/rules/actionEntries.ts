/**
 * Every IAM action written in the manifest (ORG601, ORG602): the `permissions` and the `Action` /
 * `NotAction` of the `policy` of each administrator (`holderActions`, per account) and of the deployer,
 * and of each SCP document (`actionEntries`).
 * Permission sets' inline policies are not part of the model, so they are not included.
 */
import type { Located, Manifest, PermissionHolder, PolicyDocument } from '../model/types';
import type { Check, CheckOptions, RuleContext } from './types';

/** The actions outside accounts: the deployer's and the SCPs'. Accounts' come from `holderActions`. */
function* actionEntries(manifest: Manifest): Generator<Located<string>> {
  yield* holderActions(manifest.deployer);
  for (const scp of manifest.serviceControlPolicies) yield* documentActions(scp.document);
}

function* holderActions(holder: PermissionHolder | undefined): Generator<Located<string>> {
  if (!holder) return;
  yield* holder.permissions;
  yield* documentActions(holder.policy);
}

function* documentActions(document: PolicyDocument | undefined): Generator<Located<string>> {
  for (const statement of document?.statements ?? []) {
    yield* statement.action ?? [];
    yield* statement.notAction ?? [];
  }
}

/** `*`, or `prefix:Action` of letters, digits and hyphens, where `*` and `?` may stand for characters. */
const WELL_FORMED = /^(?:\*|[A-Za-z0-9*?-]+:[A-Za-z0-9*?-]+)$/;

export function isWellFormedAction(action: string): boolean {
  return WELL_FORMED.test(action);
}

/** Checks asking the deadline only every so many entries: `expired()` reads the clock. */
const DEADLINE_STRIDE = 256;

/**
 * The `check` and `checkAccount` of a rule about every IAM action: each administrator's actions
 * with its account, the deployer's and the SCPs' with the manifest.
 */
export function onEveryAction(visit: (action: Located<string>, report: RuleContext['report']) => void): Pick<Check, 'check' | 'checkAccount'> {
  return {
    check: ({ manifest, options, report }) => forEachAction(actionEntries(manifest), options, (action) => visit(action, report)),
    checkAccount: (account, { options, report }) => forEachAction(holderActions(account.administrator), options, (action) => visit(action, report)),
  };
}

/** Calls `visit` for each action until the time budget runs out (asked every `DEADLINE_STRIDE` actions). */
function forEachAction(actions: Iterable<Located<string>>, options: CheckOptions, visit: (action: Located<string>) => void): void {
  let seen = 0;
  for (const action of actions) {
    if (++seen % DEADLINE_STRIDE === 0 && options.deadline?.expired()) return;
    visit(action);
  }
}
