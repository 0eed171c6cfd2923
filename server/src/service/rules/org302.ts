import { describeTrusted } from './trustedServices';
import type { Rule } from './types';

/**
 * ORG302: trusted access is declared (not `enabled: false`) while the desired feature set is
 * consolidated billing. While an upgrade is planned (`featureSet: ALL`) it is applied afterwards,
 * and with `currentFeatureSet: ALL` the fault is the `featureSet` line itself (ORG004).
 */
export const org302: Rule = {
  code: 'ORG302',
  title: 'Trusted access requires all features',
  defaultSeverity: 'error',
  check({ manifest, report }) {
    const org = manifest.organization;
    const featureSet = org?.featureSet;
    if (featureSet?.value !== 'CONSOLIDATED_BILLING' || org?.currentFeatureSet?.value === 'ALL') return;
    for (const trusted of manifest.trustedAccess) {
      if (!trusted.enabled) continue;
      report({
        span: trusted.keySpan,
        message: `Trusted access for ${describeTrusted(trusted)} needs all features, but \`featureSet\` is \`CONSOLIDATED_BILLING\`, where AWS refuses to enable it. Set \`featureSet: ALL\` to plan the move to all features, or mark this entry \`enabled: false\`.`,
        related: [{ span: featureSet.span, message: 'The organization keeps consolidated billing only here.' }],
        data: { kind: 'setFeatureSetAll' },
      });
    }
  },
};
