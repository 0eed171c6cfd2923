import type { RelatedInfo } from '../findings';
import type { Analysis } from '../model/analysis';
import type { Account, Handshake, Located } from '../model/types';
import type { Rule, RuleContext } from './types';

const ALL_FEATURES_TYPES = new Set(['ENABLE_ALL_FEATURES', 'APPROVE_ALL_FEATURES', 'ADD_ORGANIZATIONS_SERVICE_LINKED_ROLE']);
const OPEN_STATES = new Set(['REQUESTED', 'OPEN']);

/** ORG203: a handshake entry that cannot be right (SPEC §4). */
export const org203: Rule = {
  code: 'ORG203',
  title: 'Handshake entry that cannot be right',
  defaultSeverity: 'warning',
  check(ctx) {
    const openByAccountAndType = new Map<string, Handshake>();
    for (const handshake of ctx.manifest.handshakes) {
      const type = handshake.type;
      if (!type) continue;
      const account = handshake.account ? ctx.analysis.accountsByKey.get(handshake.account.value) : undefined;
      const problem = problemOf(type, account, ctx.analysis);
      if (problem) ctx.report({ span: type.span, message: problem.message, related: problem.related });
      if (handshake.account && handshake.state && OPEN_STATES.has(handshake.state.value)) {
        // One finding per entry: a wrong entry is still remembered as the first open one.
        reportSecondOpen(ctx, handshake, type, handshake.account, openByAccountAndType, !problem);
      }
    }
  },
};

function problemOf(
  type: Located<string>,
  account: Account | undefined,
  analysis: Analysis,
): { message: string; related: RelatedInfo[] } | undefined {
  if (ALL_FEATURES_TYPES.has(type.value) && !analysis.upgradePlanned) {
    const related = analysis.desiredFeatureSet ? [{ span: analysis.desiredFeatureSet.span, message: 'No move to all features is planned here.' }] : [];
    return {
      message: `An \`${type.value}\` handshake belongs to enabling all features, which this manifest does not plan (that needs \`currentFeatureSet: CONSOLIDATED_BILLING\` and \`featureSet: ALL\`). Remove the entry, or plan the upgrade.`,
      related,
    };
  }
  if (!account) return undefined;
  const accountRelated = [{ span: account.keySpan, message: `Account \`${account.key}\`.` }];
  if (type.value === 'APPROVE_ALL_FEATURES' && analysis.isManagement(account)) {
    return {
      message: `The management account \`${account.key}\` does not receive \`APPROVE_ALL_FEATURES\`: it starts the upgrade and finalizes it with \`ENABLE_ALL_FEATURES\`. Fix the type or the account.`,
      related: accountRelated,
    };
  }
  if (type.value === 'APPROVE_ALL_FEATURES' && account.joined?.value === 'created') {
    return {
      message: `Account \`${account.key}\` was created in the organization, so it is never asked to approve all features (the management account owns it); only invited accounts receive \`APPROVE_ALL_FEATURES\`. If its Organizations role was deleted, the handshake is \`ADD_ORGANIZATIONS_SERVICE_LINKED_ROLE\`.`,
      related: account.joined ? [{ span: account.joined.span, message: 'The account was created.' }] : accountRelated,
    };
  }
  if (type.value === 'ENABLE_ALL_FEATURES' && !analysis.isManagement(account)) {
    return {
      message: `\`ENABLE_ALL_FEATURES\` is the management account's handshake, but \`${account.key}\` is a member account. Member accounts receive \`APPROVE_ALL_FEATURES\` (invited) or \`ADD_ORGANIZATIONS_SERVICE_LINKED_ROLE\` (created, role deleted).`,
      related: accountRelated,
    };
  }
  return undefined;
}

function reportSecondOpen(
  ctx: RuleContext,
  handshake: Handshake,
  type: Located<string>,
  account: Located<string>,
  seen: Map<string, Handshake>,
  report: boolean,
): void {
  const key = `${account.value}\u0000${type.value}`;
  const first = seen.get(key);
  if (!first) {
    seen.set(key, handshake);
    return;
  }
  if (!report) return;
  ctx.report({
    span: type.span,
    message: `Account \`${account.value}\` already has an open \`${type.value}\` handshake; an account has at most one open handshake of a type at a time. Remove the duplicate entry, or record the earlier one's final state.`,
    related: [{ span: first.type?.span ?? first.span, message: 'The first open handshake of this type.' }],
  });
}
