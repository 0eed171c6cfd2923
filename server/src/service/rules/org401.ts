import type { Rule } from './types';

/**
 * ORG401: SCPs declared while the desired feature set is consolidated billing, where no policy type
 * can be enabled. While an upgrade is planned (`featureSet: ALL`) they are applied afterwards; with
 * `currentFeatureSet: ALL` the fault is the `featureSet` line itself (ORG004).
 */
export const org401: Rule = {
  code: 'ORG401',
  title: 'Service control policies require all features',
  defaultSeverity: 'error',
  check({ manifest, report }) {
    const org = manifest.organization;
    const featureSet = org?.featureSet;
    const keySpan = manifest.serviceControlPoliciesKeySpan;
    if (featureSet?.value !== 'CONSOLIDATED_BILLING' || org?.currentFeatureSet?.value === 'ALL') return;
    if (!keySpan || manifest.serviceControlPolicies.length === 0) return;
    const count = manifest.serviceControlPolicies.length;
    report({
      span: keySpan,
      message: `${count === 1 ? 'An SCP is' : `${count} SCPs are`} declared, but \`featureSet\` is \`CONSOLIDATED_BILLING\`: an organization with consolidated billing only has no policy types, so AWS cannot attach ${count === 1 ? 'it' : 'them'}. Set \`featureSet: ALL\` to plan the move to all features, or remove the SCPs.`,
      related: [{ span: featureSet.span, message: 'The organization keeps consolidated billing only here.' }],
      data: { kind: 'setFeatureSetAll' },
    });
  },
};
