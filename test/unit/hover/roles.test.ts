import assert from 'node:assert/strict';
import { hoverText, place } from '../helpers/features';
import { MANIFEST } from './fixture';

describe('hover on service-linked role names', () => {
  it("on a role key: the service that uses it, where, and whether this manifest enables the service", () => {
    const text = hoverText(place(MANIFEST, 'AWSServiceRoleFor|SSO: present'));
    assert.match(text, /^\*\*`AWSServiceRoleForSSO`\*\* · service-linked role/);
    assert.match(text, /Used by \*\*AWS IAM Identity Center\*\* \(`sso\.amazonaws\.com`\) in every account/);
    assert.match(text, /This manifest enables its trusted access.*ORG103/);
    assert.match(text, /never affected by service control policies/);
    assert.match(text, /\[Using service-linked roles\]\(https:\/\/docs\.aws\.amazon\.com\//);
  });

  it("names the canonical spelling of a role written in another case", () => {
    const text = hoverText(place(MANIFEST, 'AWSServiceRoleForAWSUser|Notifications'));
    assert.match(text, /without regard to case: this is `AWSServiceRoleForAwsUserNotifications`/);
    assert.match(text, /AWS User Notifications/);
    assert.match(text, /does not enable its trusted access/);
  });

  it('on AWSServiceRoleForOrganizations: who may assume it, and its rules', () => {
    const text = hoverText(place(MANIFEST, '      AWSServiceRoleFor|Organizations: present'));
    assert.match(text, /service-linked role of AWS Organizations/);
    assert.match(text, /Only `organizations\.amazonaws\.com` can assume it/);
    assert.match(text, /can no longer be deleted/);
  });

  it('on an unknown role key: the closest known name', () => {
    const text = hoverText(place(MANIFEST.replace('AWSServiceRoleForSSO: present', 'AWSServiceRoleForSOS: present'), 'AWSServiceRoleFor|SOS'));
    assert.match(text, /not a known service-linked role\. Did you mean `AWSServiceRoleForSSO`\?/);
  });
});
