/** The Markdown that describes a feature set value (`featureSet`, `currentFeatureSet`). */
import type { Analysis } from '../model/analysis';
import type { FeatureSet } from '../model/types';
import { code, link, paragraphs } from './markdown';

const MEANING: Readonly<Record<FeatureSet, string>> = {
  ALL: 'All features: consolidated billing plus service control policies and the other policy types, trusted access for AWS services, and delegated administrators.',
  CONSOLIDATED_BILLING:
    'Consolidated billing only: the management account pays for every member account, and nothing else. No policies, no trusted access, no delegated administrators.',
};

const ONE_WAY =
  'Moving from `CONSOLIDATED_BILLING` to `ALL` is one-way: an organization with all features can never return to consolidated billing only. Every invited account must approve the move, and created accounts whose `AWSServiceRoleForOrganizations` was deleted must re-create it.';

const ALL_FEATURES_DOCS = 'https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_org_support-all-features.html';

export function featureSetMarkdown(value: FeatureSet, analysis: Analysis | undefined): string {
  return paragraphs(`**${code(value)}** · feature set`, MEANING[value], ONE_WAY, planText(analysis), link('Enabling all features', ALL_FEATURES_DOCS));
}

/** What this manifest plans, so the hover answers "what happens if I apply this?". */
function planText(analysis: Analysis | undefined): string | undefined {
  if (!analysis?.currentFeatureSet || !analysis.desiredFeatureSet) return undefined;
  const current = analysis.currentFeatureSet;
  const desired = analysis.desiredFeatureSet.value;
  if (analysis.upgradePlanned) {
    return '**Here:** the organization has consolidated billing today and is to have all features: enabling all features is planned, and the handshake rules (ORG201, ORG202) check every member account for it.';
  }
  if (current === 'ALL' && desired === 'CONSOLIDATED_BILLING') return '**Here:** the manifest asks to go back to consolidated billing, which is impossible (ORG004).';
  return `**Here:** the organization has ${code(current)} and keeps it.`;
}
