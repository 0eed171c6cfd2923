import type { Rule } from './types';

/** ORG004: the manifest asks to go back from all features to consolidated billing. */
export const org004: Rule = {
  code: 'ORG004',
  title: 'Going back from all features to consolidated billing is impossible',
  defaultSeverity: 'error',
  check({ manifest, report }) {
    const org = manifest.organization;
    if (org?.currentFeatureSet?.value !== 'ALL' || org.featureSet?.value !== 'CONSOLIDATED_BILLING') return;
    report({
      span: org.featureSet.span,
      message:
        'The organization already has all features (`currentFeatureSet: ALL`), and moving to all features is one-way: it cannot return to `CONSOLIDATED_BILLING`. Set `featureSet: ALL`.',
      related: [{ span: org.currentFeatureSet.span, message: 'The organization has all features today.' }],
      data: { kind: 'setFeatureSetAll' },
    });
  },
};
