import assert from 'node:assert/strict';
import { documentLinks, ruleDocsUrl } from '../../../server/src/service';
import { findServiceByPrincipal } from '../../../server/src/data/catalog';
import { checked } from './navigation';

describe('navigation: document links', () => {
  it('links known service principals to their documentation and rule codes in suppressions to their pages', () => {
    const text = `apiVersion: orgmanifest/v1
trustedAccess:
  sso.amazonaws.com: {}
  "guardduty.amazonaws.com": {}
  nothing.amazonaws.com: {}
# org-manifest-disable-next-line ORG201, ORG999 -- ORG202 in the reason is not a code
accounts: {}
`;
    const { document, result } = checked(text);
    const links = documentLinks(document, result).map((link) => [document.getText(link.range), link.target, link.tooltip]);
    assert.deepEqual(links, [
      ['sso.amazonaws.com', findServiceByPrincipal('sso.amazonaws.com')!.docUrl, 'AWS IAM Identity Center: AWS documentation'],
      ['"guardduty.amazonaws.com"', findServiceByPrincipal('guardduty.amazonaws.com')!.docUrl, `${findServiceByPrincipal('guardduty.amazonaws.com')!.name}: AWS documentation`],
      ['ORG201', ruleDocsUrl('ORG201'), 'ORG201: Administrator cannot accept the all-features handshake'],
    ]);
    assert.ok(links.every(([, target]) => typeof target === 'string' && target.startsWith('https://')));
  });

  it('has no links in a file without principals or suppressions', () => {
    const { document, result } = checked('apiVersion: orgmanifest/v1\n# ORG201 mentioned in a plain comment\n');
    assert.deepEqual(documentLinks(document, result), []);
  });
});
