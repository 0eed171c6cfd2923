import assert from 'node:assert/strict';
import { applyFix, assertFixed, codesOf, crlf, offers } from './helpers';

const org = (featureSets: string, rest: string) => `apiVersion: orgmanifest/v1
organization:
${featureSets}
  managementAccount: management
accounts:
  management:
    id: "111111111111"
${rest}`;
const ALL = '  featureSet: ALL';
const ENABLE = 'Enable trusted access for `sso.amazonaws.com`';

describe('quick fix: Enable trusted access for sso.amazonaws.com (ORG305)', () => {
  it('adds the entry to trustedAccess, after its last entry', () => {
    const before = org(ALL, `trustedAccess:\n  cloudtrail.amazonaws.com: {}   # org trail\n# Identity Center\nidentityCenter:\n  permissionSets: {}\n`);
    assertFixed(applyFix(before, 'ORG305', ENABLE), before.replace('# org trail\n', '# org trail\n  sso.amazonaws.com: {}\n'), 'ORG305');
  });

  it('adds trustedAccess itself when it is missing, at the end of the file, keeping CRLF', () => {
    const before = crlf(org(ALL, `identityCenter:\n  permissionSets: {}\n`));
    assertFixed(applyFix(before, 'ORG305'), `${before}trustedAccess:\r\n  sso.amazonaws.com: {}\r\n`, 'ORG305');
  });

  it('removes enabled: false, block or flow', () => {
    const block = org(ALL, `trustedAccess:\n  sso.amazonaws.com:\n    enabled: false    # paused\n    delegatedAdministrator: management\nidentityCenter: {}\n`);
    assertFixed(applyFix(block, 'ORG305'), block.replace('    enabled: false    # paused\n', '    # paused\n'), 'ORG305');
    const flow = org(ALL, `trustedAccess:\n  sso.amazonaws.com: { enabled: false }\nidentityCenter: {}\n`);
    assertFixed(applyFix(flow, 'ORG305'), flow.replace('{ enabled: false }', '{}'), 'ORG305');
  });

  it('is preferred; in a consolidated-billing organization ORG302 then asks for all features', () => {
    const before = org('  featureSet: CONSOLIDATED_BILLING', `identityCenter: {}\n`);
    assert.equal(offers(before, 'ORG305')[0]!.actions[0]!.isPreferred, true);
    assert.deepEqual(codesOf(applyFix(before, 'ORG305')), ['ORG302']);
  });
});

describe('quick fix: Set featureSet: ALL (ORG302)', () => {
  it('sets featureSet and records today\'s state in currentFeatureSet, right after it', () => {
    const before = org('  featureSet: CONSOLIDATED_BILLING   # billing only', `trustedAccess:\n  cloudtrail.amazonaws.com: {}\n`);
    const expected = before.replace(
      '  featureSet: CONSOLIDATED_BILLING   # billing only\n',
      '  featureSet: ALL   # billing only\n  currentFeatureSet: CONSOLIDATED_BILLING\n',
    );
    assertFixed(applyFix(before, 'ORG302', 'Set `featureSet: ALL`'), expected, 'ORG302');
  });

  it('leaves an existing currentFeatureSet alone, and keeps quotes and flow style', () => {
    const before = `apiVersion: orgmanifest/v1
organization: { currentFeatureSet: CONSOLIDATED_BILLING, featureSet: 'CONSOLIDATED_BILLING', managementAccount: management }
accounts:
  management: { id: "111111111111" }
trustedAccess: { cloudtrail.amazonaws.com: {} }
`;
    assertFixed(applyFix(before, 'ORG302'), before.replace(`featureSet: 'CONSOLIDATED_BILLING'`, `featureSet: 'ALL'`), 'ORG302');
  });
});
