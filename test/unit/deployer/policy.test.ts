/**
 * The least-privilege deployer policy (issue #5 acceptance): generated for the example manifest and
 * evaluated with the project's own IAM evaluator. Every action the manifest needs is allowed, with
 * the request it is made with; nothing else in the whole IAM catalog is, nor the needed actions for
 * other service principals, policy types or handshakes.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { actionsOf, allPrefixes } from '../../../server/src/data/iamActions';
import { getLanguageService } from '../../../server/src/service';
import type { CheckResult } from '../../../server/src/service';
import { deployerPolicy, deployerPolicyJson } from '../../../server/src/service/deployer/policy';
import type { PolicyDocumentJson } from '../../../server/src/service/deployer/policy';
import { policyNeeds } from '../../../server/src/service/deployer/requirements';
import { evaluate } from '../../../server/src/service/iam';
import type { EvaluationRequest } from '../../../server/src/service/iam';
import type { PermissionHolder } from '../../../server/src/service/model/types';

const ACME = readFileSync(resolve(__dirname, '../../../examples/acme.org.yaml'), 'utf8');

let version = 0;
function check(text: string): CheckResult {
  return getLanguageService().check(TextDocument.create(`file:///policy${++version}.org.yaml`, 'org-manifest', 1, text));
}

/** The manifest with its `deployer` replaced by the generated policy (JSON is YAML), checked again. */
function deployerFrom(text: string, policy: PolicyDocumentJson): { holder: PermissionHolder; result: CheckResult } {
  const start = text.search(/^deployer:/m);
  assert.ok(start >= 0, 'the manifest has a deployer');
  const result = check(`${text.slice(0, start)}deployer:\n  policy: ${JSON.stringify(policy)}\n`);
  assert.ok(result.manifest?.deployer, 'the generated policy reads back as the deployer');
  return { holder: result.manifest.deployer, result };
}

function policyFor(text: string): { policy: PolicyDocumentJson; result: CheckResult } {
  const result = check(text);
  return { policy: deployerPolicy(result.manifest!, result.analysis!), result };
}

function allowed(holder: PermissionHolder, request: EvaluationRequest): boolean {
  return evaluate(holder, request).allowed;
}

describe('least-privilege deployer policy (acceptance: the example manifest)', () => {
  const { policy, result } = policyFor(ACME);
  const { holder, result: applied } = deployerFrom(ACME, policy);
  const needs = policyNeeds(result.manifest!, result.analysis!);

  it('has one statement per purpose, each with a Sid that says why', () => {
    assert.deepEqual(
      policy.Statement.map((s) => s.Sid),
      ['EnableAllFeatures', 'FinalizeAllFeatures', 'EnableTrustedAccess', 'RegisterDelegatedAdministrators', 'ManageServiceControlPolicies'],
    );
    assert.equal(policy.Version, '2012-10-17');
    assert.ok(policy.Statement.every((s) => s.Effect === 'Allow'));
  });

  it('scopes trusted access, delegated administrators and SCP operations with conditions', () => {
    const bySid = new Map(policy.Statement.map((s) => [s.Sid, s]));
    assert.deepEqual(bySid.get('EnableTrustedAccess')?.Condition, {
      StringEquals: { 'organizations:ServicePrincipal': ['sso.amazonaws.com', 'cloudtrail.amazonaws.com', 'guardduty.amazonaws.com', 'config.amazonaws.com'] },
    });
    assert.deepEqual(bySid.get('RegisterDelegatedAdministrators')?.Condition, {
      StringEquals: { 'organizations:ServicePrincipal': ['sso.amazonaws.com', 'guardduty.amazonaws.com'] },
    });
    assert.deepEqual(bySid.get('ManageServiceControlPolicies')?.Condition, { StringEquals: { 'organizations:PolicyType': 'SERVICE_CONTROL_POLICY' } });
  });

  it('allows every action the manifest needs, with the request it is made with', () => {
    assert.ok(needs.length >= 11, `only ${needs.length} needs`);
    for (const need of needs) assert.ok(allowed(holder, need.request), `${need.action} ${need.principal ?? ''} is not allowed`);
  });

  it('leaves the manifest free of ORG701 once it is the deployer', () => {
    assert.deepEqual(
      applied.findings.filter((f) => f.code === 'ORG701' || f.code === 'ORG601' || f.code === 'ORG602' || f.code === 'ORG002').map((f) => f.message),
      [],
    );
  });

  it('allows no other action of the whole IAM catalog, on any resource', () => {
    const needed = new Set(needs.map((need) => need.action.toLowerCase()));
    let checked = 0;
    for (const prefix of allPrefixes()) {
      for (const action of actionsOf(prefix)) {
        if (needed.has(action.fullName.toLowerCase())) continue;
        checked++;
        assert.ok(!allowed(holder, { action: action.fullName }), `${action.fullName} is allowed`);
      }
    }
    assert.ok(checked > 15000, `only ${checked} actions checked`);
  });

  it('allows the needed actions only for the principals, policy types and handshakes the manifest names', () => {
    const denied: EvaluationRequest[] = [
      { action: 'organizations:EnableAWSServiceAccess', context: { 'organizations:ServicePrincipal': 'ram.amazonaws.com' } },
      { action: 'organizations:RegisterDelegatedAdministrator', context: { 'organizations:ServicePrincipal': 'config.amazonaws.com' } },
      { action: 'organizations:RegisterDelegatedAdministrator', resource: 'arn:aws:organizations::534439589175:account/o-abc/344711152332', context: { 'organizations:ServicePrincipal': 'sso.amazonaws.com' } },
      { action: 'organizations:CreatePolicy', context: { 'organizations:PolicyType': 'TAG_POLICY' } },
      { action: 'organizations:AttachPolicy', context: { 'organizations:PolicyType': 'RESOURCE_CONTROL_POLICY' } },
      { action: 'organizations:AcceptHandshake', resource: 'arn:aws:organizations::534439589175:handshake/o-abc/invite/h-123' },
      { action: 'iam:CreateServiceLinkedRole', context: { 'iam:AWSServiceName': 'organizations.amazonaws.com' } },
    ];
    for (const request of denied) assert.ok(!allowed(holder, request), `${JSON.stringify(request)} is allowed`);
  });
});

describe('least-privilege deployer policy: accounts still to create', () => {
  const text = ACME.replace('\n  # ---------------------------------------------------------------------------\n  # Sandbox\n', '\n  sandbox-carol:\n    joined: created\n    ou: Sandbox\n\n  # Sandbox\n');
  const { policy, result } = policyFor(text);
  const { holder } = deployerFrom(text, policy);

  it('adds CreateAccounts and the Organizations service-linked role, scoped by iam:AWSServiceName', () => {
    const bySid = new Map(policy.Statement.map((s) => [s.Sid, s]));
    assert.deepEqual(bySid.get('CreateAccounts')?.Action, ['organizations:CreateAccount']);
    const role = bySid.get('CreateOrganizationsServiceLinkedRole');
    assert.deepEqual(role?.Action, ['iam:CreateServiceLinkedRole']);
    assert.equal(role?.Resource, 'arn:aws:iam::*:role/aws-service-role/organizations.amazonaws.com/AWSServiceRoleForOrganizations');
    assert.deepEqual(role?.Condition, { StringEquals: { 'iam:AWSServiceName': 'organizations.amazonaws.com' } });
  });

  it('allows them, and the role for Organizations only', () => {
    for (const need of policyNeeds(result.manifest!, result.analysis!)) assert.ok(allowed(holder, need.request), need.action);
    assert.ok(!allowed(holder, { action: 'iam:CreateServiceLinkedRole', context: { 'iam:AWSServiceName': 'sso.amazonaws.com' } }));
    assert.ok(!allowed(holder, { action: 'iam:CreateServiceLinkedRole', resource: 'arn:aws:iam::*:role/aws-service-role/sso.amazonaws.com/AWSServiceRoleForSSO' }));
  });
});

describe('least-privilege deployer policy: details', () => {
  it('writes a condition key only on actions the IAM catalog lists it for', () => {
    const text = `apiVersion: orgmanifest/v1
organization: { featureSet: ALL, managementAccount: m }
accounts:
  m: { id: "111111111111" }
policies:
  serviceControlPolicies:
    G: { targets: [Root], document: { Version: "2012-10-17", Statement: [{ Effect: Deny, Action: "s3:DeleteBucket", Resource: "*" }] } }
`;
    const result = check(text);
    // A catalog in which CreatePolicy has no organizations:PolicyType key.
    const policy = deployerPolicy(result.manifest!, result.analysis!, (action) => action !== 'organizations:CreatePolicy');
    assert.deepEqual(
      policy.Statement.map((s) => [s.Sid, s.Action, s.Condition !== undefined]),
      [
        ['ManageServiceControlPolicies', ['organizations:EnablePolicyType', 'organizations:AttachPolicy'], true],
        ['ManageServiceControlPoliciesWithoutCondition', ['organizations:CreatePolicy'], false],
      ],
    );
  });

  it('is an empty statement list for a manifest that needs nothing, printed as indented JSON', () => {
    const result = check('apiVersion: orgmanifest/v1\norganization: { featureSet: ALL, managementAccount: m }\naccounts:\n  m: { id: "111111111111" }\n');
    const policy = deployerPolicy(result.manifest!, result.analysis!);
    assert.equal(deployerPolicyJson(policy), '{\n  "Version": "2012-10-17",\n  "Statement": []\n}\n');
  });
});
