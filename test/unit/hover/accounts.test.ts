import assert from 'node:assert/strict';
import { hoverText, place } from '../helpers/features';
import { MANIFEST } from './fixture';

describe('hover on account references', () => {
  it('on managementAccount: the management account', () => {
    const text = hoverText(place(MANIFEST, 'managementAccount: manage|ment'));
    assert.match(text, /^\*\*Account `management`\*\* · management account/);
    assert.match(text, /\*\*ID:\*\* `111111111111`/);
    assert.match(text, /cannot be a delegated administrator/);
  });

  it('on delegatedAdministrator: id, how it joined, OU, and what enabling all features asks of it', () => {
    const text = hoverText(place(MANIFEST, 'delegatedAdministrator: secu|rity'));
    assert.match(text, /\*\*Account `security`\*\* · member account — Security Tooling/);
    assert.match(text, /\*\*ID:\*\* `222222222222`/);
    assert.match(text, /\*\*Joined:\*\* created in the organization/);
    assert.match(text, /\*\*OU:\*\* `Security`/);
    assert.match(text, /not asked to agree to all features/);
    assert.match(text, /\*\*Delegated administrator for:\*\* `sso\.amazonaws\.com`/);
  });

  it("on a handshake's and an assignment's account: the administrator's decision for the handshake permissions", () => {
    const text = hoverText(place(MANIFEST, 'APPROVE_ALL_FEATURES, account: paym|ents'));
    assert.match(text, /`organizations:AcceptHandshake`: allowed by `permissions`/);
    assert.match(text, /`iam:CreateServiceLinkedRole` \(for `AWSServiceRoleForOrganizations`\): not allowed \(no statement allows it\)/);
    assert.match(text, /accepting `APPROVE_ALL_FEATURES`, which takes `organizations:AcceptHandshake` — its administrator can do it/);
    assert.equal(hoverText(place(MANIFEST, '{ account: pay|ments, permissionSet')), text);
  });

  it('on an account key, naming the Deny statement that blocks it', () => {
    const text = hoverText(place(MANIFEST, '  leg|acy:'));
    assert.match(text, /`organizations:AcceptHandshake`: denied by the statement `StayPut`/);
    assert.match(text, /`iam:CreateServiceLinkedRole` \(for `AWSServiceRoleForOrganizations`\): allowed by the statement `Everything`/);
    assert.match(text, /\*\*`AWSServiceRoleForOrganizations`:\*\* deleted/);
    assert.match(text, /takes `organizations:AcceptHandshake` and `iam:CreateServiceLinkedRole` — its administrator cannot do it yet \(ORG201\)/);
  });

  it('on an SCP target that is an account', () => {
    assert.match(hoverText(place(MANIFEST, 'Workloads/Prod, pay|ments]')), /\*\*Account `payments`\*\*/);
  });
});
