import { ALL_FEATURES_ACCOUNT_LIMIT } from '../model/analysis';
import type { Rule } from './types';

/** ORG205: organizations above 5,000 accounts cannot use the standard enable-all-features process. */
export const org205: Rule = {
  code: 'ORG205',
  title: 'Too many accounts for the standard all-features process',
  defaultSeverity: 'warning',
  check({ manifest, analysis, report }) {
    const count = manifest.accounts.length;
    if (!analysis.upgradePlanned || count <= ALL_FEATURES_ACCOUNT_LIMIT || !analysis.desiredFeatureSet) return;
    report({
      span: analysis.desiredFeatureSet.span,
      message: `This organization has ${count.toLocaleString('en-US')} accounts; above ${ALL_FEATURES_ACCOUNT_LIMIT.toLocaleString('en-US')}, AWS does not offer the standard enable-all-features process (EnableAllFeatures fails). Contact AWS Support for an assisted migration.`,
    });
  },
};
