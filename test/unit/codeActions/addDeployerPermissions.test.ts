import assert from 'node:assert/strict';
import { applyEdits, applyFix, assertFixed, crlf, documentOf, newService, offers } from './helpers';

const ADD = 'Add the missing deployer permissions';

/** `config` has a delegated administrator, `sso` is enabled; `unit` spaces per level. */
function head(unit = 2, extra = ''): string {
  const pad = ' '.repeat(unit);
  return `apiVersion: orgmanifest/v1
organization:
${pad}featureSet: ALL
${pad}managementAccount: management
accounts:
${pad}management:
${pad}${pad}id: "111111111111"
${pad}security: { id: "222222222222", joined: created }
trustedAccess:
${pad}config.amazonaws.com:
${pad}${pad}delegatedAdministrator: security
${pad}sso.amazonaws.com: {}
${extra}`;
}

const SCPS = `policies:
  serviceControlPolicies:
    DenyLeave: { targets: [Root], document: { Version: "2012-10-17", Statement: [{ Effect: Deny, Action: "organizations:LeaveOrganization", Resource: "*" }] } }
`;

describe('quick fix: add the missing deployer permissions (ORG701)', () => {
  it('appends to a block permissions list, after its last entry and its comment', () => {
    const before = `${head()}deployer:
  # the CI role
  permissions:
    - organizations:EnableAWSServiceAccess   # trusted access
# end
`;
    const expected = before.replace('# trusted access\n', '# trusted access\n    - organizations:RegisterDelegatedAdministrator\n');
    assertFixed(applyFix(before, 'ORG701', ADD), expected, 'ORG701');
  });

  it('appends to a flow list, quoting like its entries', () => {
    const before = `${head()}deployer:\n  permissions: ["organizations:EnableAWSServiceAccess"]  # CI\n`;
    const expected = before.replace('"]', '", "organizations:RegisterDelegatedAdministrator"]');
    assertFixed(applyFix(before, 'ORG701', ADD), expected, 'ORG701');
  });

  it('adds the missing principal to an organizations:ServicePrincipal condition (one value becomes a list)', () => {
    const before = `${head()}deployer:
  policy:
    Version: "2012-10-17"
    Statement:
      - Sid: TrustedServices
        Effect: Allow
        Action: [organizations:EnableAWSServiceAccess, organizations:RegisterDelegatedAdministrator]
        Resource: "*"
        Condition:
          StringEquals:
            organizations:ServicePrincipal: config.amazonaws.com   # one today
`;
    const expected = before.replace('ServicePrincipal: config.amazonaws.com', 'ServicePrincipal: [config.amazonaws.com, sso.amazonaws.com]');
    assertFixed(applyFix(before, 'ORG701', ADD), expected, 'ORG701');
  });

  it("widens a block list of principals and appends the generator's statement for what no statement covers", () => {
    const before = `${head(2, SCPS)}deployer:
  policy:
    Version: "2012-10-17"
    Statement:
      - Sid: TrustedServices
        Effect: Allow
        Action:
          - organizations:EnableAWSServiceAccess
          - organizations:RegisterDelegatedAdministrator
        Resource: "*"
        Condition:
          StringEquals:
            organizations:ServicePrincipal:
              - config.amazonaws.com
`;
    const expected = `${before}              - sso.amazonaws.com
      - Sid: ManageServiceControlPolicies
        Effect: Allow
        Action: [organizations:EnablePolicyType, organizations:CreatePolicy, organizations:AttachPolicy]
        Resource: "*"
        Condition:
          StringEquals:
            organizations:PolicyType: SERVICE_CONTROL_POLICY
`;
    assertFixed(applyFix(before, 'ORG701', ADD), expected, 'ORG701');
  });

  it('writes new statements at four spaces and with CRLF, scoped by principal, with a Sid not yet used', () => {
    const before = crlf(`${head(4)}deployer:
    policy:
        Statement:
            -   Sid: RegisterDelegatedAdministrators
                Effect: Allow
                Action: organizations:EnableAWSServiceAccess
                Resource: "*"
`);
    const expected = crlf(`${head(4)}deployer:
    policy:
        Statement:
            -   Sid: RegisterDelegatedAdministrators
                Effect: Allow
                Action: organizations:EnableAWSServiceAccess
                Resource: "*"
            - Sid: RegisterDelegatedAdministrators2
              Effect: Allow
              Action: organizations:RegisterDelegatedAdministrator
              Resource: arn:aws:organizations::111111111111:account/o-*/222222222222
              Condition:
                  StringEquals:
                      organizations:ServicePrincipal: config.amazonaws.com
`);
    assertFixed(applyFix(before, 'ORG701', ADD), expected, 'ORG701');
  });

  it('appends a flow statement to a flow Statement list', () => {
    const before = `${head(2, SCPS)}deployer:
  policy: { Version: "2012-10-17", Statement: [{ Sid: All, Effect: Allow, Action: [organizations:EnableAWSServiceAccess, organizations:RegisterDelegatedAdministrator], Resource: "*" }] }
`;
    const expected = before.replace(
      /Resource: "\*" \}\] \}\n$/,
      'Resource: "*" }, { Sid: ManageServiceControlPolicies, Effect: Allow, Action: [organizations:EnablePolicyType, organizations:CreatePolicy, organizations:AttachPolicy], Resource: "*", Condition: { StringEquals: { organizations:PolicyType: SERVICE_CONTROL_POLICY } } }] }\n',
    );
    assertFixed(applyFix(before, 'ORG701', ADD), expected, 'ORG701');
  });

  it('adds a permissions list to an empty deployer, flow or block', () => {
    const all = 'organizations:EnableAWSServiceAccess, organizations:RegisterDelegatedAdministrator';
    assertFixed(applyFix(`${head()}deployer: {}\n`, 'ORG701', ADD), `${head()}deployer: { permissions: [${all}] }\n`, 'ORG701');
    assertFixed(
      applyFix(`${head()}deployer:   # CI\n`, 'ORG701', ADD),
      `${head()}deployer:   # CI\n  permissions:\n    - organizations:EnableAWSServiceAccess\n    - organizations:RegisterDelegatedAdministrator\n`,
      'ORG701',
    );
  });

  it('is not offered when a Deny blocks a needed permission (adding would change nothing)', () => {
    const text = `${head()}deployer:
  permissions: ["organizations:*"]
  policy:
    Statement:
      - { Effect: Deny, Action: organizations:RegisterDelegatedAdministrator, Resource: "*" }
`;
    const [offer] = offers(text, 'ORG701');
    assert.deepEqual(offer!.actions.map((a) => a.title), ['Disable ORG701 for this line']);
  });

  it('is preferred, and fix-all applies it; applying it again changes nothing more', () => {
    const before = `${head()}deployer:\n  permissions: [organizations:EnableAWSServiceAccess]\n`;
    const [offer] = offers(before, 'ORG701');
    assert.equal(offer!.actions[0]!.title, ADD);
    assert.equal(offer!.actions[0]!.isPreferred, true);
    const fixed = applyEdits(before, newService().getFixAllEdits(documentOf(before)));
    assert.equal(fixed, before.replace('ServiceAccess]', 'ServiceAccess, organizations:RegisterDelegatedAdministrator]'));
    assert.deepEqual(offers(fixed, 'ORG701'), []);
  });
});
