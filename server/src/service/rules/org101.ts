import { ORGANIZATIONS_SLR } from '../model/analysis';
import type { Rule } from './types';

/** ORG101: the Organizations SLR is declared deleted in an organization that has all features. */
export const org101: Rule = {
  code: 'ORG101',
  title: 'Organizations service-linked role deleted with all features on',
  defaultSeverity: 'error',
  checkAccount(account, { analysis, report }) {
    if (analysis.currentFeatureSet !== 'ALL') return;
    const state = analysis.organizationsRole(account)?.state;
    if (state?.value !== 'deleted') return;
    report({
        span: state.span,
        message: `\`${ORGANIZATIONS_SLR}\` cannot be deleted from account \`${account.key}\`: once an organization has all features, the role is required in every account and IAM refuses to delete it. Set it to \`present\`.`,
        related: analysis.currentFeatureSetSpan
          ? [{ span: analysis.currentFeatureSetSpan, message: 'The organization has all features.' }]
          : [],
        data: { kind: 'restoreRole' },
    });
  },
};
