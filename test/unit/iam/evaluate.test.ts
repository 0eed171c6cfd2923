import assert from 'node:assert/strict';
import { evaluate, type Decision, type EvaluationRequest } from '../../../server/src/service/iam';
import type { PermissionHolder, PolicyStatement } from '../../../server/src/service/model/types';
import { holder, statement, type StatementInit } from './factory';

const ACCEPT = 'organizations:AcceptHandshake';
const CREATE_SLR = 'iam:CreateServiceLinkedRole';
const SLR_ARN =
  'arn:aws:iam::111111111111:role/aws-service-role/organizations.amazonaws.com/AWSServiceRoleForOrganizations';
const HANDSHAKE_ARN = 'arn:aws:organizations::111111111111:handshake/o-*/approve_all_features/h-*';
const ORGS_CONTEXT = { 'iam:AWSServiceName': 'organizations.amazonaws.com' };
/** The request ORG202 makes: create the Organizations SLR in account 111111111111. */
const SLR_REQUEST: EvaluationRequest = { action: CREATE_SLR, resource: SLR_ARN, context: ORGS_CONTEXT };

/** A holder with just these policy statements. */
function policy(...statements: (StatementInit | PolicyStatement)[]): PermissionHolder {
  return holder({ statements });
}

function request(r: EvaluationRequest | string): EvaluationRequest {
  return typeof r === 'string' ? { action: r } : r;
}

function allow(init: Omit<StatementInit, 'effect'>): PolicyStatement {
  return statement({ ...init, effect: 'Allow' });
}

function deny(init: Omit<StatementInit, 'effect'>): PolicyStatement {
  return statement({ ...init, effect: 'Deny' });
}

/** A holder allowed everything by its permissions, plus these statements. */
function withAll(...statements: PolicyStatement[]): PermissionHolder {
  return holder({ permissions: ['*'], statements });
}

function allows(h: PermissionHolder, r: EvaluationRequest | string): boolean {
  return evaluate(h, request(r)).allowed;
}

/** The statement that explicitly denied, failing the test when the decision is anything else. */
function denyOf(decision: Decision): PolicyStatement | undefined {
  assert.equal(decision.allowed, false, 'expected a denial');
  assert.ok(!decision.allowed && decision.deniedBy, 'expected an explicit Deny');
  return decision.deniedBy.statement;
}

function deniedBy(h: PermissionHolder, r: EvaluationRequest | string): PolicyStatement | undefined {
  return denyOf(evaluate(h, request(r)));
}

describe('iam evaluate', () => {
  describe('holders that allow nothing', () => {
    it('denies implicitly for an undefined holder', () => {
      assert.deepEqual(evaluate(undefined, { action: ACCEPT }), { allowed: false });
    });

    it('denies implicitly for a holder with neither permissions nor policy', () => {
      assert.deepEqual(evaluate(holder(), { action: ACCEPT }), { allowed: false });
    });

    it('denies implicitly for a policy without statements', () => {
      assert.deepEqual(evaluate(policy(), { action: ACCEPT }), { allowed: false });
    });
  });

  describe('the permissions shorthand', () => {
    it('allows a listed action and reports the entry', () => {
      const h = holder({ permissions: [CREATE_SLR, ACCEPT] });
      const decision = evaluate(h, { action: ACCEPT });
      assert.ok(decision.allowed, 'expected allowed');
      assert.equal(decision.allowedBy.source, 'permissions');
      assert.equal(decision.allowedBy.statement, undefined);
      assert.equal(decision.allowedBy.matchedAction, h.permissions[1]);
    });

    it('denies implicitly an action not listed', () => {
      assert.deepEqual(evaluate(holder({ permissions: [ACCEPT] }), { action: CREATE_SLR }), { allowed: false });
    });

    it('matches wildcards and any case', () => {
      assert.equal(allows(holder({ permissions: ['organizations:*'] }), ACCEPT), true);
      assert.equal(allows(holder({ permissions: ['*'] }), CREATE_SLR), true);
      assert.equal(allows(holder({ permissions: ['iam:Create*'] }), CREATE_SLR), true);
      assert.equal(allows(holder({ permissions: ['IAM:createSERVICElinkedrole'] }), CREATE_SLR), true);
      assert.equal(allows(holder({ permissions: ['organizations:Accept?andshake'] }), ACCEPT), true);
      assert.equal(allows(holder({ permissions: ['iam:Delete*'] }), CREATE_SLR), false);
      assert.equal(allows(holder({ permissions: ['organizations:*'] }), CREATE_SLR), false);
    });

    it('ignores resource and context: the shorthand is Resource "*" without conditions', () => {
      assert.equal(allows(holder({ permissions: [CREATE_SLR] }), SLR_REQUEST), true);
    });
  });

  describe('Allow statements', () => {
    it('allow through Action and report the statement and entry', () => {
      const st = statement({ effect: 'Allow', action: ['iam:ListRoles', 'organizations:*'], resource: '*' });
      const decision = evaluate(policy(st), { action: ACCEPT });
      assert.ok(decision.allowed, 'expected allowed');
      assert.equal(decision.allowedBy.source, 'policy');
      assert.equal(decision.allowedBy.statement, st);
      assert.equal(decision.allowedBy.matchedAction, st.action?.[1]);
    });

    it('allow through NotAction everything not listed, without a matched entry', () => {
      const st = statement({ effect: 'Allow', notAction: ['iam:*'], resource: '*' });
      const decision = evaluate(policy(st), { action: ACCEPT });
      assert.ok(decision.allowed, 'expected allowed');
      assert.equal(decision.allowedBy.statement, st);
      assert.equal(decision.allowedBy.matchedAction, undefined);
      assert.equal(allows(policy(st), CREATE_SLR), false);
      assert.equal(allows(policy(st), 'IAM:CreateServiceLinkedRole'), false);
    });

    it('apply to nothing with neither Action nor NotAction', () => {
      assert.equal(allows(policy({ effect: 'Allow', resource: '*' }), ACCEPT), false);
    });

    it('apply to nothing with an empty Action list, to everything with an empty NotAction list', () => {
      assert.equal(allows(holder({ statements: [{ effect: 'Allow', action: [] }] }), ACCEPT), false);
      assert.equal(allows(holder({ statements: [{ effect: 'Allow', notAction: [] }] }), ACCEPT), true);
    });

    it('need Action to match and NotAction not to when both are written', () => {
      const st = { effect: 'Allow', action: 'organizations:*', notAction: 'organizations:Decline*' } as const;
      assert.equal(allows(policy(st), ACCEPT), true);
      assert.equal(allows(policy(st), 'organizations:DeclineHandshake'), false);
    });

    it('are ignored without an Effect', () => {
      assert.equal(allows(policy({ action: '*', resource: '*' }), ACCEPT), false);
    });

    it('count when there is no Resource key (lenient: the structure check reports it)', () => {
      assert.equal(allows(policy({ effect: 'Allow', action: CREATE_SLR }), SLR_REQUEST), true);
    });
  });

  describe('Deny statements', () => {
    it('beat an Allow for the same action, wherever they stand', () => {
      const allow = statement({ effect: 'Allow', action: '*', resource: '*' });
      const deny = statement({ effect: 'Deny', action: ACCEPT, resource: '*' });
      assert.equal(deniedBy(policy(allow, deny), ACCEPT), deny);
      assert.equal(deniedBy(policy(deny, allow), ACCEPT), deny);
      assert.equal(allows(policy(allow, deny), CREATE_SLR), true);
    });

    it('beat the permissions shorthand', () => {
      const deny = statement({ effect: 'Deny', action: CREATE_SLR, resource: '*' });
      const decision = evaluate(holder({ permissions: [CREATE_SLR], statements: [deny] }), { action: CREATE_SLR });
      assert.equal(denyOf(decision), deny);
    });

    it('deny through a wildcard, reporting the entry', () => {
      const deny = statement({ effect: 'Deny', action: ['s3:*', 'IAM:*ServiceLinked*'], resource: '*' });
      const decision = evaluate(holder({ permissions: ['*'], statements: [deny] }), { action: CREATE_SLR });
      assert.ok(!decision.allowed, 'expected a denial');
      assert.equal(decision.deniedBy?.statement, deny);
      assert.equal(decision.deniedBy?.matchedAction, deny.action?.[1]);
    });

    it('deny through NotAction everything not listed', () => {
      const deny = statement({ effect: 'Deny', notAction: ['organizations:*'], resource: '*' });
      const h = holder({ permissions: ['*'], statements: [deny] });
      const decision = evaluate(h, { action: CREATE_SLR });
      assert.equal(denyOf(decision), deny);
      assert.equal(!decision.allowed && decision.deniedBy?.matchedAction, undefined);
      assert.equal(allows(h, ACCEPT), true, 'the NotAction list exempts organizations:*');
    });

    it('report the first applicable Deny in document order', () => {
      const first = statement({ effect: 'Deny', action: 'iam:*' });
      const second = statement({ effect: 'Deny', action: CREATE_SLR });
      const h = holder({ permissions: ['*'], statements: [first, second] });
      assert.equal(deniedBy(h, CREATE_SLR), first);
    });

    it('deny even when nothing allows, naming the Deny', () => {
      const deny = statement({ effect: 'Deny', action: ACCEPT });
      assert.equal(deniedBy(policy(deny), ACCEPT), deny);
    });

    it('are ignored without an Effect', () => {
      const noEffect = statement({ action: '*', resource: '*' });
      assert.equal(allows(holder({ permissions: ['*'], statements: [noEffect] }), ACCEPT), true);
    });
  });

  describe('resources', () => {
    const SLR_PATTERN =
      'arn:aws:iam::*:role/aws-service-role/organizations.amazonaws.com/AWSServiceRoleForOrganizations*';
    const SSO_SLRS = 'arn:aws:iam::*:role/aws-service-role/sso.amazonaws.com/*';
    const ALL_SLRS = 'arn:aws:iam::*:role/aws-service-role/*';
    const OTHER_ROLE = 'arn:aws:iam::111111111111:role/x';
    const ACCEPT_HANDSHAKE: EvaluationRequest = { action: ACCEPT, resource: HANDSHAKE_ARN };

    it('allow when a Resource pattern matches the requested ARN', () => {
      const st = allow({ action: CREATE_SLR, resource: ['arn:aws:s3:::bucket', SLR_PATTERN] });
      assert.equal(allows(policy(st), SLR_REQUEST), true);
    });

    it('do not allow when no Resource pattern can match', () => {
      assert.equal(allows(policy(allow({ action: CREATE_SLR, resource: SSO_SLRS })), SLR_REQUEST), false);
      const otherAccount = allow({ action: CREATE_SLR, resource: 'arn:aws:iam::222222222222:role/*' });
      assert.equal(allows(policy(otherAccount), SLR_REQUEST), false);
    });

    it('compare ARNs case-sensitively', () => {
      const st = allow({ action: CREATE_SLR, resource: SLR_PATTERN.toLowerCase() });
      assert.equal(allows(policy(st), SLR_REQUEST), false);
    });

    it('apply to nothing with an empty Resource list', () => {
      assert.equal(allows(policy(allow({ action: '*', resource: [] })), ACCEPT), false);
    });

    it('treat a request without a resource as "*": any Resource pattern may match it', () => {
      const st = allow({ action: ACCEPT, resource: 'arn:aws:organizations::*:handshake/*' });
      assert.equal(allows(policy(st), ACCEPT), true);
    });

    it('let a wildcard request ARN match a Resource pattern that overlaps it', () => {
      const overlaps = allow({ action: ACCEPT, resource: 'arn:aws:organizations::111111111111:handshake/o-abc/*' });
      assert.equal(allows(policy(overlaps), ACCEPT_HANDSHAKE), true);
      const disjoint = allow({ action: ACCEPT, resource: 'arn:aws:organizations::222222222222:handshake/*' });
      assert.equal(allows(policy(disjoint), ACCEPT_HANDSHAKE), false);
    });

    it('read a request wildcard as one unknown id, never spanning / or :', () => {
      const invites = allow({ action: ACCEPT, resource: 'arn:aws:organizations::*:handshake/*/invite/*' });
      assert.equal(allows(policy(invites), ACCEPT_HANDSHAKE), false);
      const approvals = allow({ action: ACCEPT, resource: 'arn:aws:organizations::*:handshake/*/approve_all_features/*' });
      assert.equal(allows(policy(approvals), ACCEPT_HANDSHAKE), true);
      const unknownAccount = { ...SLR_REQUEST, resource: SLR_ARN.replace('111111111111', '*') };
      assert.equal(allows(policy(allow({ action: CREATE_SLR, resource: SLR_PATTERN })), unknownAccount), true);
      const exemptInvites = deny({ action: ACCEPT, notResource: 'arn:aws:organizations::*:handshake/*/invite/*' });
      assert.equal(deniedBy(withAll(exemptInvites), ACCEPT_HANDSHAKE), exemptInvites, 'approvals are not exempt');
    });

    it('stop a Deny whose Resource does not match the requested ARN', () => {
      const elsewhere = deny({ action: CREATE_SLR, resource: SSO_SLRS });
      assert.equal(allows(holder({ permissions: [CREATE_SLR], statements: [elsewhere] }), SLR_REQUEST), true);
      const hits = deny({ action: CREATE_SLR, resource: ALL_SLRS });
      assert.equal(deniedBy(holder({ permissions: [CREATE_SLR], statements: [hits] }), SLR_REQUEST), hits);
    });

    it('exclude a concrete ARN that a NotResource pattern matches', () => {
      assert.equal(allows(policy(allow({ action: CREATE_SLR, notResource: ALL_SLRS })), SLR_REQUEST), false);
      const users = allow({ action: CREATE_SLR, notResource: 'arn:aws:iam::*:user/*' });
      assert.equal(allows(policy(users), SLR_REQUEST), true);
    });

    it('let NotResource take a Deny off the requested ARN', () => {
      const st = deny({ action: '*', notResource: [ALL_SLRS] });
      assert.equal(allows(withAll(st), SLR_REQUEST), true);
      assert.equal(deniedBy(withAll(st), { action: CREATE_SLR, resource: OTHER_ROLE }), st);
    });

    it('exclude a wildcard request ARN only when NotResource covers all it may stand for', () => {
      const covers = allow({ action: ACCEPT, notResource: 'arn:aws:organizations::*:handshake/*' });
      assert.equal(allows(policy(covers), ACCEPT_HANDSHAKE), false);
      // o-abc is one organization the unknown o-* might be: the statement may still apply, so it counts.
      const oneOrg = 'arn:aws:organizations::*:handshake/o-abc/*';
      assert.equal(allows(policy(allow({ action: ACCEPT, notResource: oneOrg })), ACCEPT_HANDSHAKE), true);
      const st = deny({ action: ACCEPT, notResource: oneOrg });
      assert.equal(deniedBy(withAll(st), ACCEPT_HANDSHAKE), st);
    });

    it('treat a request without a resource as excluded only by NotResource "*"', () => {
      const specific = allow({ action: ACCEPT, notResource: 'arn:aws:organizations::*:account/*' });
      assert.equal(allows(policy(specific), ACCEPT), true);
      assert.equal(allows(policy(allow({ action: ACCEPT, notResource: '*' })), ACCEPT), false);
    });

    it('need Resource to match and NotResource not to when both are written', () => {
      const st = allow({ action: CREATE_SLR, resource: 'arn:aws:iam::*:role/*', notResource: ALL_SLRS });
      assert.equal(allows(policy(st), SLR_REQUEST), false);
      assert.equal(allows(policy(st), { action: CREATE_SLR, resource: OTHER_ROLE }), true);
    });

    it('read policy variables as unknown values under Version 2012-10-17 only', () => {
      const own = allow({ action: CREATE_SLR, resource: 'arn:aws:iam::${aws:PrincipalAccount}:role/aws-service-role/*' });
      assert.equal(allows(policy(own), SLR_REQUEST), true);
      assert.equal(allows(holder({ version: '2008-10-17', statements: [own] }), SLR_REQUEST), false);
      assert.equal(allows(holder({ version: null, statements: [own] }), SLR_REQUEST), false);
    });

    it('remember answers per request', () => {
      const approvals = allow({ action: ACCEPT, resource: 'arn:aws:organizations::*:handshake/*/approve_all_features/*' });
      const invite = { action: ACCEPT, resource: HANDSHAKE_ARN.replace('approve_all_features', 'invite') };
      for (let round = 0; round < 2; round++) {
        assert.equal(allows(policy(approvals), ACCEPT_HANDSHAKE), true);
        assert.equal(allows(policy(approvals), invite), false);
      }
    });

    it('remember answers for repeated wildcard requests without mixing policy versions', () => {
      const own = allow({ action: CREATE_SLR, resource: 'arn:aws:iam::${aws:PrincipalAccount}:role/aws-service-role/*' });
      const unknownAccount = { ...SLR_REQUEST, resource: SLR_ARN.replace('111111111111', '*') };
      for (let round = 0; round < 2; round++) {
        assert.equal(allows(policy(own), unknownAccount), true);
        // Under the old version the text is literal, and an account id cannot contain its `:`.
        assert.equal(allows(holder({ version: '2008-10-17', statements: [own] }), unknownAccount), false);
      }
    });

    it('never treat a policy variable as certainly covering the request in NotResource', () => {
      const st = deny({ action: CREATE_SLR, notResource: 'arn:aws:iam::${aws:PrincipalAccount}:role/*' });
      assert.equal(deniedBy(withAll(st), SLR_REQUEST), st);
    });
  });

  describe('conditions', () => {
    const scoped = (operator: string, value: string | string[]) =>
      allow({ action: CREATE_SLR, resource: '*', condition: { [operator]: { 'iam:AWSServiceName': value } } });

    it('allow when iam:AWSServiceName matches with StringEquals / StringLike / IfExists / ForAnyValue', () => {
      for (const st of [
        scoped('StringEquals', 'organizations.amazonaws.com'),
        scoped('StringLike', 'organizations.*'),
        scoped('StringEqualsIfExists', 'organizations.amazonaws.com'),
        scoped('ForAnyValue:StringEquals', ['sso.amazonaws.com', 'organizations.amazonaws.com']),
        scoped('StringNotEquals', 'sso.amazonaws.com'),
      ]) {
        assert.equal(allows(policy(st), SLR_REQUEST), true, st.condition?.clauses[0]?.operator);
      }
    });

    it('do not allow when iam:AWSServiceName names another service', () => {
      for (const st of [
        scoped('StringEquals', 'sso.amazonaws.com'),
        scoped('StringLike', 'sso.*'),
        scoped('StringLikeIfExists', 'config.*'),
        scoped('ForAnyValue:StringLike', ['sso.*', 'config.*']),
        scoped('StringNotEquals', 'organizations.amazonaws.com'),
      ]) {
        assert.equal(allows(policy(st), SLR_REQUEST), false, st.condition?.clauses[0]?.operator);
      }
    });

    it('assume conditions on other keys are met, for Allow and for Deny', () => {
      const tagged = allow({ action: ACCEPT, condition: { StringEquals: { 'aws:PrincipalTag/team': 'platform' } } });
      assert.equal(allows(policy(tagged), ACCEPT), true);
      const noMfa = deny({ action: ACCEPT, condition: { Bool: { 'aws:MultiFactorAuthPresent': 'false' } } });
      assert.equal(deniedBy(withAll(noMfa), ACCEPT), noMfa);
    });

    it('stop a Deny whose condition excludes the request', () => {
      const st = deny({
        action: CREATE_SLR,
        condition: { StringNotEquals: { 'iam:AWSServiceName': ['organizations.amazonaws.com', 'sso.amazonaws.com'] } },
      });
      assert.equal(allows(holder({ permissions: [CREATE_SLR], statements: [st] }), SLR_REQUEST), true);
      const config = { ...SLR_REQUEST, context: { 'iam:AWSServiceName': 'config.amazonaws.com' } };
      assert.equal(deniedBy(holder({ permissions: [CREATE_SLR], statements: [st] }), config), st);
    });

    it('read organizations:ServicePrincipal for the deployer', () => {
      const action = 'organizations:EnableAWSServiceAccess';
      const st = allow({ action, condition: { StringEquals: { 'organizations:ServicePrincipal': ['sso.amazonaws.com'] } } });
      const forPrincipal = (principal: string) => ({ action, context: { 'organizations:ServicePrincipal': principal } });
      assert.equal(allows(policy(st), forPrincipal('sso.amazonaws.com')), true);
      assert.equal(allows(policy(st), forPrincipal('config.amazonaws.com')), false);
    });
  });

  describe('permissions and policy together', () => {
    it('allow through the policy what the shorthand lacks', () => {
      const st = statement({ effect: 'Allow', action: CREATE_SLR, resource: '*' });
      const h = holder({ permissions: [ACCEPT], statements: [st] });
      assert.equal(allows(h, ACCEPT), true);
      const decision = evaluate(h, SLR_REQUEST);
      assert.ok(decision.allowed, 'expected allowed');
      assert.equal(decision.allowedBy.statement, st);
    });

    it('report the shorthand when both allow', () => {
      const st = statement({ effect: 'Allow', action: '*', resource: '*' });
      const decision = evaluate(holder({ permissions: [ACCEPT], statements: [st] }), { action: ACCEPT });
      assert.ok(decision.allowed, 'expected allowed');
      assert.equal(decision.allowedBy.source, 'permissions');
    });

    it('let a policy Deny after an Allow still win', () => {
      const allow = statement({ effect: 'Allow', action: 'iam:*' });
      const deny = statement({ effect: 'Deny', action: 'iam:Create*' });
      assert.equal(deniedBy(holder({ permissions: [ACCEPT], statements: [allow, deny] }), SLR_REQUEST), deny);
    });
  });

  it('finishes on long adversarial action and resource patterns', () => {
    const action = 'a*'.repeat(2_000) + 'b';
    const resource = '*a'.repeat(1_000) + 'c';
    const st = statement({ effect: 'Deny', action, resource });
    const request = { action: 'a'.repeat(4_000), resource: 'a*'.repeat(1_000) };
    const decision = evaluate(holder({ permissions: [action], statements: [st] }), request);
    assert.deepEqual(decision, { allowed: false });
  });
});
