import assert from 'node:assert/strict';
import { hoverText, place } from '../helpers/features';
import { MANIFEST } from './fixture';

describe('hover on IAM actions', () => {
  it('on an action the rules use, written in another case: what it does, why, and the rules that need it', () => {
    const text = hoverText(place(MANIFEST, '[Organizations:accept|HANDSHAKE]'));
    assert.match(text, /^\*\*`organizations:AcceptHandshake`\*\* · IAM action/);
    assert.match(text, /without regard to case: this is `organizations:AcceptHandshake`/);
    assert.match(text, /\*\*Why it matters here:\*\*/);
    assert.match(text, /\[ORG201 — Administrator cannot accept the all-features handshake\]\(https:\/\/[^)]+ORG201\.md\)/);
    assert.match(text, /\(https:\/\/docs\.aws\.amazon\.com\/organizations\/latest\/APIReference\/API_AcceptHandshake\.html\)/);
  });

  it('on a wildcard pattern: the checked actions it covers', () => {
    const text = hoverText(place(MANIFEST, '["organizations:*", "iam|:*"]'));
    assert.match(text, /IAM action pattern/);
    assert.match(text, /`iam:CreateServiceLinkedRole`/);
    assert.doesNotMatch(text, /organizations:AcceptHandshake/);
  });

  it('in a Deny statement, a deployer policy and an SCP', () => {
    assert.match(hoverText(place(MANIFEST, 'Action: organizations:Accept|Handshake')), /`organizations:AcceptHandshake`/);
    assert.match(hoverText(place(MANIFEST, 'Action: organizations:EnableAWS|ServiceAccess')), /ORG701/);
  });

  it('on an action no rule uses: what the key holds', () => {
    const text = hoverText(place(MANIFEST, 'organizations:Leave|Organization'));
    assert.match(text, /^\*\*`Action`\*\*/);
    assert.match(text, /An IAM action, `service:Action`/);
  });
});
