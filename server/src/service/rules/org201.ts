import {
  ACCEPT_HANDSHAKE,
  isCheckedForUpgrade,
  administratorSpan,
  explainRefusal,
  handshakeDuty,
  mayAcceptHandshake,
  upgradeRelated,
} from './handshakePermissions';
import type { Rule } from './types';

/** ORG201: an account that must agree to all features cannot accept the handshake. */
export const org201: Rule = {
  code: 'ORG201',
  title: 'Administrator cannot accept the all-features handshake',
  defaultSeverity: 'error',
  checkAccount(account, { analysis, report }) {
    if (!isCheckedForUpgrade(account, analysis)) return;
    const duty = handshakeDuty(account, analysis);
    if (!duty.handshake) return;
    const decision = mayAcceptHandshake(account, duty, analysis);
    if (decision.allowed) return;
    const { sentence, related, deniedBy } = explainRefusal(account, decision, ACCEPT_HANDSHAKE);
    const why =
      duty.handshake === 'APPROVE_ALL_FEATURES'
        ? `is invited, so it must accept the \`APPROVE_ALL_FEATURES\` handshake`
        : `is a created account whose \`AWSServiceRoleForOrganizations\` was deleted, so it must accept the \`ADD_ORGANIZATIONS_SERVICE_LINKED_ROLE\` handshake that re-creates it`;
    const joined = account.joined ? [{ span: account.joined.span, message: `The account joined by being ${account.joined.value}.` }] : [];
    report({
      span: administratorSpan(account),
      message: `Account \`${account.key}\` ${why} before all features can be enabled, but ${sentence}`,
      related: [...related, ...joined, ...upgradeRelated(analysis)],
      data: { kind: 'addPermissions', account: account.key, actions: [ACCEPT_HANDSHAKE], ...(deniedBy ? { deniedBy } : {}) },
    });
  },
};
