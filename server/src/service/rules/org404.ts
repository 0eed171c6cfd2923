import { DEFAULT_SCP_QUOTAS } from './scpQuotas';
import type { Rule } from './types';

/**
 * ORG404: an SCP document larger than the size quota (`orgManifest.scp.maxSize`), measured as
 * minified JSON: the console stores policies that way, so it is the least the policy can weigh.
 */
export const org404: Rule = {
  code: 'ORG404',
  title: 'SCP document larger than the size quota',
  defaultSeverity: 'error',
  check({ manifest, options, report }) {
    const quota = (options.scpQuotas ?? DEFAULT_SCP_QUOTAS).maxSize;
    for (const scp of manifest.serviceControlPolicies) {
      const size = scp.documentSize;
      if (size === undefined || size <= quota) continue;
      report({
        span: scp.keySpan,
        message: `The document of SCP \`${scp.name}\` is ${size.toLocaleString('en-US')} characters as minified JSON, over the quota of ${quota.toLocaleString('en-US')} (\`orgManifest.scp.maxSize\`): AWS refuses to create it. Shorten it (wildcards such as \`ec2:Describe*\`, fewer \`Sid\`s, merged statements) or split it into two SCPs.`,
        related: scp.document ? [{ span: scp.document.keySpan, message: `The document: ${(size - quota).toLocaleString('en-US')} characters too many.` }] : [],
      });
    }
  },
};
