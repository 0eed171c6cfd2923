import assert from 'node:assert/strict';
import { findExactActionGrants } from '../../../server/src/service/iam';
import { holder, statement } from './factory';

const CREATE_SLR = 'iam:CreateServiceLinkedRole';

describe('iam findExactActionGrants', () => {
  it('returns nothing for an undefined or empty holder', () => {
    assert.deepEqual(findExactActionGrants(undefined, CREATE_SLR), []);
    assert.deepEqual(findExactActionGrants(holder(), CREATE_SLR), []);
  });

  it('finds the entry in the permissions list, whatever its case', () => {
    const h = holder({ permissions: ['organizations:AcceptHandshake', 'IAM:createservicelinkedrole'] });
    assert.deepEqual(findExactActionGrants(h, CREATE_SLR), [{ source: 'permissions', matchedAction: h.permissions[1] }]);
  });

  it('finds entries in the Action lists of Allow statements', () => {
    const st = statement({ effect: 'Allow', action: ['organizations:AcceptHandshake', CREATE_SLR], resource: '*' });
    const h = holder({ statements: [st] });
    assert.deepEqual(findExactActionGrants(h, CREATE_SLR), [{ source: 'policy', statement: st, matchedAction: st.action?.[1] }]);
  });

  it('lists every occurrence, shorthand first, then statements in order', () => {
    const a = statement({ effect: 'Allow', action: CREATE_SLR });
    const b = statement({ effect: 'Allow', action: [CREATE_SLR, 'iam:createServiceLinkedRole'] });
    const h = holder({ permissions: [CREATE_SLR], statements: [a, b] });
    const grants = findExactActionGrants(h, CREATE_SLR);
    assert.deepEqual(
      grants.map((g) => [g.source, g.statement, g.matchedAction]),
      [
        ['permissions', undefined, h.permissions[0]],
        ['policy', a, a.action?.[0]],
        ['policy', b, b.action?.[0]],
        ['policy', b, b.action?.[1]],
      ],
    );
  });

  it('skips wildcard grants, which cover more than this action', () => {
    const st = statement({ effect: 'Allow', action: ['iam:*', 'iam:CreateServiceLinkedRol?', '*'] });
    const h = holder({ permissions: ['iam:Create*', '*'], statements: [st] });
    assert.deepEqual(findExactActionGrants(h, CREATE_SLR), []);
  });

  it('skips Deny statements, NotAction lists and statements without an Effect', () => {
    const deny = statement({ effect: 'Deny', action: CREATE_SLR });
    const notAction = statement({ effect: 'Allow', notAction: CREATE_SLR });
    const noEffect = statement({ action: CREATE_SLR });
    assert.deepEqual(findExactActionGrants(holder({ statements: [deny, notAction, noEffect] }), CREATE_SLR), []);
  });

  it('ignores resources and conditions: it answers where the action is written', () => {
    const st = statement({
      effect: 'Allow',
      action: CREATE_SLR,
      resource: 'arn:aws:iam::*:role/aws-service-role/sso.amazonaws.com/*',
      condition: { StringEquals: { 'iam:AWSServiceName': 'sso.amazonaws.com' } },
    });
    assert.equal(findExactActionGrants(holder({ statements: [st] }), CREATE_SLR).length, 1);
  });

  it('does not match other actions or partial names', () => {
    const h = holder({ permissions: ['iam:CreateServiceLinkedRoles', 'iam:CreateServiceLinked', 'iam:DeleteServiceLinkedRole'] });
    assert.deepEqual(findExactActionGrants(h, CREATE_SLR), []);
  });
});
