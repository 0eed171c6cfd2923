import { SSO_PRINCIPAL } from './trustedServices';
import type { Rule } from './types';

/**
 * ORG305: `identityCenter` says IAM Identity Center is in use, but trusted access for
 * `sso.amazonaws.com` is missing or `enabled: false`. Identity Center needs the integration, and it
 * cannot be disabled while Identity Center is in use (SPEC §1).
 */
export const org305: Rule = {
  code: 'ORG305',
  title: 'IAM Identity Center in use without sso.amazonaws.com access',
  defaultSeverity: 'error',
  check({ manifest, report }) {
    const center = manifest.identityCenter;
    if (!center) return;
    const entry = manifest.trustedAccess.find((trusted) => trusted.principal === SSO_PRINCIPAL);
    if (entry?.enabled) return;
    const problem = entry
      ? `trusted access for \`${SSO_PRINCIPAL}\` is \`enabled: false\``
      : `\`trustedAccess\` has no \`${SSO_PRINCIPAL}\` entry`;
    const fix = entry ? 'Remove `enabled: false`' : `Add \`${SSO_PRINCIPAL}: {}\` under \`trustedAccess\``;
    report({
      span: center.keySpan,
      message: `\`identityCenter\` declares that IAM Identity Center is in use, but ${problem}. Identity Center needs this integration, and it cannot be disabled while Identity Center is in use. ${fix}.`,
      related: entry ? [{ span: entry.enabledValue?.span ?? entry.keySpan, message: `Trusted access for \`${SSO_PRINCIPAL}\` is disabled here.` }] : [],
      data: { kind: 'enableTrustedAccess', principal: SSO_PRINCIPAL },
    });
  },
};
