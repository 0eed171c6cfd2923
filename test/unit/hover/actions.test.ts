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

  it('on any other action of the IAM catalog: its service, access level and AWS description', () => {
    const text = hoverText(place(MANIFEST, 'organizations:Leave|Organization'));
    assert.match(text, /^\*\*`organizations:LeaveOrganization`\*\* · IAM action/);
    assert.match(text, /AWS Organizations · access level \*\*Write\*\*/);
    assert.match(text, /Grants permission to remove a member account from its parent organization/);
    assert.doesNotMatch(text, /Why it matters here/);
  });

  it('on a rule action, the catalog facts come with the rule text', () => {
    const text = hoverText(place(MANIFEST, 'Action: organizations:EnableAWS|ServiceAccess'));
    assert.match(text, /access level \*\*Write\*\*/);
    assert.match(text, /Grants permission to enable integration of an AWS service/);
    assert.match(text, /\*\*Why it matters here:\*\*/);
  });

  it('on a pattern: how many actions it matches, by access level, a few of them', () => {
    const text = hoverText(place(MANIFEST, '["organizations|:*", "iam:*"]'));
    assert.match(text, /It matches \d+ actions \(\d+ Write, \d+ List/);
    assert.match(text, /`organizations:AcceptHandshake` · Write/);
    assert.match(text, /… and \d+ more/);
  });

  it('escapes what Markdown would read in AWS prose', () => {
    const text = hoverText(place(MANIFEST.replace('organizations:LeaveOrganization', 'chime:CreateAppInstance'), 'chime:Create|AppInstance'));
    assert.ok(text.includes('identity-chime.\\<region\\>.amazonaws.com'), text);
    assert.doesNotMatch(text, /(^|[^\\])[<>]/);
  });

  it('on an unknown action: what the key holds (ORG602 says the rest)', () => {
    const text = hoverText(place(MANIFEST.replace('organizations:LeaveOrganization', 'organizations:LeaveOrganisation'), 'organizations:Leave|Organisation'));
    assert.match(text, /^\*\*`Action`\*\*/);
    assert.match(text, /An IAM action, `service:Action`/);
  });
});
