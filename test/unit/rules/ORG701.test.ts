import assert from 'node:assert/strict';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { diagnose } from '../helpers/annotations';
import { assertFindingAt, checkRuleSettings, lineOf, orgHeader, relatedLines } from '../helpers/fixtures';

const SECURITY = '  security: { id: "222222222222", joined: created }\n';

/** All features, a `security` member, `rest` (trusted access, SCPs…), then the deployer as given. */
const manifest = (rest: string, deployer: string, featureSets = 'featureSet: ALL', accounts = SECURITY) => `${orgHeader(featureSets, accounts)}${rest}deployer:\n${deployer}`;

const CONFIG = 'trustedAccess:\n  config.amazonaws.com:\n    delegatedAdministrator: security\n';
const SCPS = `policies:
  serviceControlPolicies:
    DenyLeave: { targets: [Root], document: { Version: "2012-10-17", Statement: [{ Effect: Deny, Action: "organizations:LeaveOrganization", Resource: "*" }] } }
`;

/** The deployer's one finding (it starts in column 0, where carets cannot point). */
function finding(text: string) {
  const diagnostics = diagnose(text).filter((d) => d.code === 'ORG701');
  assert.equal(diagnostics.length, 1, `expected one ORG701, got ${diagnostics.length}`);
  assertFindingAt(diagnostics[0], 'ORG701', lineOf(text, 'deployer:'), 0, 'deployer'.length);
  return diagnostics[0]!;
}

function clean(text: string): void {
  assert.deepEqual(
    diagnose(text).filter((d) => d.code === 'ORG701').map((d) => d.message),
    [],
  );
}

describe('ORG701 deployer lacks a permission needed to apply the manifest', () => {
  it('fires on the deployer key for a missing RegisterDelegatedAdministrator, naming the principal and the cause', () => {
    const text = manifest(CONFIG, '  permissions: [organizations:EnableAWSServiceAccess]\n');
    const d = finding(text);
    assert.match(d.message, /^The deployer cannot apply this manifest: it is not allowed `organizations:RegisterDelegatedAdministrator` \(for `config\.amazonaws\.com`\)\./);
    assert.deepEqual(relatedLines(d), [lineOf(text, 'delegatedAdministrator:')]);
    assert.deepEqual(d.data, { kind: 'addDeployerPermissions', needs: [{ action: 'organizations:RegisterDelegatedAdministrator', principal: 'config.amazonaws.com' }] });
  });

  it('lists every missing permission in one finding', () => {
    const d = finding(manifest(`${CONFIG}  sso.amazonaws.com: {}\n${SCPS}`, '  permissions: []\n'));
    assert.match(
      d.message,
      /not allowed `organizations:EnableAWSServiceAccess` \(for `config\.amazonaws\.com`, `sso\.amazonaws\.com`\), `organizations:RegisterDelegatedAdministrator` \(for `config\.amazonaws\.com`\), `organizations:EnablePolicyType`, `organizations:CreatePolicy` and `organizations:AttachPolicy`\./,
    );
  });

  it('counts a permission scoped by organizations:ServicePrincipal only for the principals it admits', () => {
    const scoped = (principals: string) => `  policy:
    Version: "2012-10-17"
    Statement:
      - Effect: Allow
        Action: [organizations:EnableAWSServiceAccess, organizations:RegisterDelegatedAdministrator]
        Resource: "*"
        Condition:
          StringEquals:
            organizations:ServicePrincipal: ${principals}
`;
    clean(manifest(`${CONFIG}  ram.amazonaws.com: { enabled: false }\n`, scoped('config.amazonaws.com')));
    const d = finding(manifest(`${CONFIG}  sso.amazonaws.com: {}\n`, scoped('[config.amazonaws.com]')));
    assert.match(d.message, /not allowed `organizations:EnableAWSServiceAccess` \(for `sso\.amazonaws\.com`\)\./);
  });

  it('names the Deny that blocks a permission', () => {
    const text = manifest(
      CONFIG,
      `  permissions: ["organizations:*"]
  policy:
    Statement:
      - { Effect: Deny, Action: "organizations:Register*", Resource: "*" }
`,
    );
    const d = finding(text);
    assert.match(d.message, /Remove or narrow the `Deny` that blocks it/);
    assert.equal(relatedLines(d)[0], lineOf(text, 'Effect: Deny'));
  });

  it('asks for EnableAllFeatures while enabling all features is planned', () => {
    const text = manifest('', '  permissions: [organizations:DescribeOrganization]\n', 'featureSet: ALL\ncurrentFeatureSet: CONSOLIDATED_BILLING');
    assert.match(finding(text).message, /not allowed `organizations:EnableAllFeatures`\./);
    clean(manifest('', '  permissions: [organizations:EnableAllFeatures]\n', 'featureSet: ALL\ncurrentFeatureSet: CONSOLIDATED_BILLING'));
  });

  it('asks for the SCP permissions, scoped to SERVICE_CONTROL_POLICY when a condition says so', () => {
    const policyType = (type: string) => `  policy:
    Statement:
      - Effect: Allow
        Action: [organizations:EnablePolicyType, organizations:CreatePolicy, organizations:AttachPolicy]
        Resource: "*"
        Condition: { StringEquals: { organizations:PolicyType: ${type} } }
`;
    clean(manifest(SCPS, policyType('SERVICE_CONTROL_POLICY')));
    assert.match(finding(manifest(SCPS, policyType('TAG_POLICY'))).message, /`organizations:EnablePolicyType`, `organizations:CreatePolicy` and `organizations:AttachPolicy`/);
  });

  it('asks for CreateAccount and iam:CreateServiceLinkedRole (for Organizations) when a created account has no id', () => {
    const accounts = '  sandbox: { joined: created }\n';
    const text = manifest('', '  permissions: [organizations:CreateAccount]\n', 'featureSet: ALL', accounts);
    assert.match(finding(text).message, /not allowed `iam:CreateServiceLinkedRole`\./);
    const slr = (service: string) => `  permissions: [organizations:CreateAccount]
  policy:
    Statement:
      - Effect: Allow
        Action: iam:CreateServiceLinkedRole
        Resource: "*"
        Condition: { StringEquals: { iam:AWSServiceName: ${service} } }
`;
    clean(manifest('', slr('organizations.amazonaws.com'), 'featureSet: ALL', accounts));
    finding(manifest('', slr('sso.amazonaws.com'), 'featureSet: ALL', accounts));
    clean(manifest('', '  permissions: []\n', 'featureSet: ALL', '  sandbox: { id: "333333333333", joined: created }\n'));
  });

  it('does not fire without a deployer, or for a deployer allowed everything', () => {
    clean(`${orgHeader('featureSet: ALL', SECURITY)}${CONFIG}${SCPS}`);
    clean(manifest(`${CONFIG}${SCPS}`, '  permissions: ["*"]\n'));
  });

  it('honours the settings', () => {
    checkRuleSettings(manifest(CONFIG, '  permissions: []\n'), 'ORG701', DiagnosticSeverity.Error);
  });
});
