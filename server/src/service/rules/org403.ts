import { scpTargetKind } from './scpTargets';
import type { Rule } from './types';

/** ORG403: an SCP's `targets` names the management account, which SCPs never affect. */
export const org403: Rule = {
  code: 'ORG403',
  title: 'SCP attached to the management account has no effect',
  defaultSeverity: 'warning',
  check({ manifest, analysis, report }) {
    const management = analysis.managementAccount;
    if (!management) return;
    const named = manifest.organization?.managementAccount;
    for (const scp of manifest.serviceControlPolicies) {
      for (const target of scp.targets) {
        if (target.value !== management.key || scpTargetKind(manifest, target.value) !== 'account') continue;
        report({
          span: target.span,
          message: `\`${target.value}\` is the management account, and SCPs do not affect the management account (neither its users and roles nor its root user): attaching \`${scp.name}\` to it does nothing. Remove it from \`targets\`; SCPs on \`Root\` or an OU still reach every member account below them.`,
          related: named ? [{ span: named.span, message: 'The management account is named here.' }] : [],
        });
      }
    }
  },
};
