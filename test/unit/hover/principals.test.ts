import assert from 'node:assert/strict';
import { hoverAt, hoverText, place } from '../helpers/features';
import { lineOf } from '../helpers/fixtures';
import { MANIFEST } from './fixture';

describe('hover on service principals', () => {
  it('on a trustedAccess key: the service, enable and disable, its role, delegated administration and the AWS page', () => {
    const text = hoverText(place(MANIFEST, '  sso.amazon|aws.com:'));
    assert.match(text, /^\*\*AWS IAM Identity Center\*\* · `sso\.amazonaws\.com`/);
    assert.match(text, /\*\*Enable:\*\*/);
    assert.match(text, /\*\*Disable:\*\*/);
    assert.match(text, /`AWSServiceRoleForSSO` — in every account/);
    assert.match(text, /\*\*Delegated administrator:\*\* supported/);
    assert.match(text, /\]\(https:\/\/docs\.aws\.amazon\.com\/[^)]+\)$/);
  });

  it('covers the whole key, wherever the cursor is in it', () => {
    const hover = hoverAt(place(MANIFEST, '  sso.amazonaws.co|m:'));
    const line = lineOf(MANIFEST, '  sso.amazonaws.com:');
    assert.deepEqual(hover?.range, { start: { line, character: 2 }, end: { line, character: 19 } });
  });

  it('on a related principal says whose it is and which principal to enable instead', () => {
    const text = hoverText(place(MANIFEST, '  artif|act.amazonaws.com'));
    assert.match(text, /\*\*AWS Artifact\*\* · `artifact\.amazonaws\.com`/);
    assert.match(text, /A related principal of AWS Artifact.*aws-artifact-account-sync\.amazonaws\.com/);
  });

  it('on condition values too, and on organizations.amazonaws.com', () => {
    assert.match(hoverText(place(MANIFEST, '[sso.amazonaws.com, guard|duty')), /\*\*Amazon GuardDuty\*\*/);
    assert.match(hoverText(place(MANIFEST, 'iam:AWSServiceName: organi|zations.amazonaws.com')), /AWS Organizations.*only one that can assume `AWSServiceRoleForOrganizations`/s);
  });

  it('notes delegated administration that is not supported, and from-service-only enabling', () => {
    const ram = hoverText(place(MANIFEST.replace('cloudtrail.amazonaws.com', 'ram.amazonaws.com'), '  ram|.amazonaws.com'));
    assert.match(ram, /not supported \(ORG303\)/);
    const ipam = hoverText(place(MANIFEST.replace('cloudtrail.amazonaws.com', 'ipam.amazonaws.com'), '  ipam|.amazonaws.com'));
    assert.match(ipam, /turn it on from the service itself.*ORG306/);
  });

  it('on an unknown principal key: what the key is, and the closest known principal', () => {
    const text = hoverText(place(MANIFEST, '  sso|o.amazonaws.com'));
    assert.match(text, /service principal of an AWS service/);
    assert.match(text, /not a known service principal\. Did you mean `sso\.amazonaws\.com`\?/);
  });
});
