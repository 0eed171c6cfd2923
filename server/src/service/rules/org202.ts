import { ORGANIZATIONS_SLR } from '../model/analysis';
import {
  CREATE_SLR,
  isCheckedForUpgrade,
  administratorSpan,
  explainRefusal,
  mayCreateOrganizationsRole,
  upgradeRelated,
} from './handshakePermissions';
import type { Rule } from './types';

/** ORG202: the Organizations role must be re-created, and the administrator may not create it. */
export const org202: Rule = {
  code: 'ORG202',
  title: 'Administrator cannot re-create AWSServiceRoleForOrganizations',
  defaultSeverity: 'error',
  checkAccount(account, { analysis, report }) {
    if (!isCheckedForUpgrade(account, analysis)) return;
    const role = analysis.organizationsRole(account);
    if (role?.state?.value !== 'deleted') return;
    const decision = mayCreateOrganizationsRole(account);
    if (decision.allowed) return;
    const { sentence, related, deniedBy } = explainRefusal(account, decision, CREATE_SLR);
    report({
      span: administratorSpan(account),
      message: `\`${ORGANIZATIONS_SLR}\` is deleted in account \`${account.key}\`, and accepting the all-features request re-creates it, which needs \`${CREATE_SLR}\`; but ${sentence}`,
      related: [
        { span: role.state.span, message: 'The role is declared deleted here.' },
        ...related,
        ...upgradeRelated(analysis),
      ],
      data: { kind: 'addPermissions', account: account.key, actions: [CREATE_SLR], ...(deniedBy ? { deniedBy } : {}) },
    });
  },
};
