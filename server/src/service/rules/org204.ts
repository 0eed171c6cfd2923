import { findExactActionGrants } from '../iam';
import { ORGANIZATIONS_SLR } from '../model/analysis';
import { CREATE_SLR, ACCEPT_HANDSHAKE, isCheckedForUpgrade, upgradeRelated } from './handshakePermissions';
import type { Rule } from './types';

/**
 * ORG204: an invited account with the Organizations role present only needs AcceptHandshake; an
 * explicit iam:CreateServiceLinkedRole grant is more than the upgrade needs (least privilege).
 */
export const org204: Rule = {
  code: 'ORG204',
  title: 'iam:CreateServiceLinkedRole granted but not needed for the upgrade',
  defaultSeverity: 'hint',
  checkAccount(account, { analysis, report }) {
    if (!isCheckedForUpgrade(account, analysis)) return;
    if (account.joined?.value !== 'invited' || analysis.organizationsRoleDeleted(account) || !account.administrator) return;
    const grants = findExactActionGrants(account.administrator, CREATE_SLR);
    if (grants.length === 0) return;
    const spans = grants.flatMap((g) => (g.matchedAction ? [g.matchedAction.span] : []));
    report({
      span: account.administrator.keySpan,
      message: `Account \`${account.key}\` is invited and its \`${ORGANIZATIONS_SLR}\` is present, so approving all features needs only \`${ACCEPT_HANDSHAKE}\`. \`${CREATE_SLR}\` is more than this needs: remove it unless something else requires it.`,
      related: [...spans.map((span) => ({ span, message: `\`${CREATE_SLR}\` is granted here.` })), ...upgradeRelated(analysis)],
      data: { kind: 'removePermission', account: account.key, action: CREATE_SLR, spans },
    });
  },
};
