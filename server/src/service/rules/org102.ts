import { ORGANIZATIONS_SLR } from '../model/analysis';
import type { Rule } from './types';

/**
 * ORG102: the Organizations SLR is deleted in a consolidated-billing organization. Allowed, but it
 * is needed again to enable all features. While an upgrade is planned the handshake rules decide.
 */
export const org102: Rule = {
  code: 'ORG102',
  title: 'AWSServiceRoleForOrganizations deleted (not recommended)',
  defaultSeverity: 'warning',
  checkAccount(account, { manifest, analysis, report }) {
    const org = manifest.organization;
    if (analysis.currentFeatureSet !== 'CONSOLIDATED_BILLING' || org?.featureSet?.value !== 'CONSOLIDATED_BILLING') return;
    const state = analysis.organizationsRole(account)?.state;
    if (state?.value !== 'deleted') return;
    report({
        span: state.span,
        message: `\`${ORGANIZATIONS_SLR}\` is deleted in account \`${account.key}\`. With consolidated billing this is allowed but not recommended: enabling all features will need it again, and re-creating it then needs \`iam:CreateServiceLinkedRole\` in this account. Restore it (\`present\`) unless the deletion is deliberate.`,
        data: { kind: 'restoreRole' },
    });
  },
};
