import assert from 'node:assert/strict';
import { applyEdits, codesOf, crlf, documentOf, editsOf, newService, offers } from './helpers';

function fixAll(text: string): string {
  return applyEdits(text, newService().getFixAllEdits(documentOf(text)));
}

const upgrade = `apiVersion: orgmanifest/v1
organization:
  featureSet: ALL
  currentFeatureSet: CONSOLIDATED_BILLING
  managementAccount: management
accounts:
  management:
    id: 111111111111          # quoted by fix-all
  payments:                   # needs AcceptHandshake
    id: "222222222222"
    joined: invited
    administrator:
      permissions: [organizations:DescribeOrganization]
  archive:                    # needs both, and has no administrator
    id: "333333333333"
    joined: invited
    serviceLinkedRoles:
      AWSServiceRoleForOrganizations: deleted
  research:                   # more than needed
    id: "444444444444"
    joined: invited
    administrator:
      permissions:
        - organizations:AcceptHandshake
        - iam:CreateServiceLinkedRole
  guarded:                    # a Deny: left to the user
    id: "555555555555"
    joined: invited
    administrator:
      policy:
        Statement:
          - { Effect: Allow, Action: "organizations:*", Resource: "*" }
          - { Effect: Deny, Action: organizations:AcceptHandshake, Resource: "*" }
    serviceLinkedRoles:
      AWSServiceRoleForOrganisations: present   # a guess: left to the user
`;

describe('fix all (source.fixAll.org-manifest, Org Manifest: Fix All, --fix)', () => {
  it('applies every safe fix in one edit, one fix per account, and leaves guesses and Deny changes to the user', () => {
    const expected = upgrade
      .replace('id: 111111111111', 'id: "111111111111"')
      .replace('[organizations:DescribeOrganization]', '[organizations:DescribeOrganization, organizations:AcceptHandshake]')
      .replace(
        '      AWSServiceRoleForOrganizations: deleted\n',
        '      AWSServiceRoleForOrganizations: deleted\n    administrator:\n      permissions:\n        - organizations:AcceptHandshake\n        - iam:CreateServiceLinkedRole\n',
      );
    const fixed = fixAll(upgrade);
    assert.equal(fixed, expected);
    // Left to the user: the Deny (ORG201), the guessed role name (ORG104), the grant that may serve something else (ORG204).
    assert.deepEqual(codesOf(fixed), ['ORG104', 'ORG201', 'ORG204']);
    assert.deepEqual(newService().getFixAllEdits(documentOf(fixed)), [], 'a second run finds nothing more');
  });

  it('works in passes when one fix brings others into force, composing them into one set of small edits', () => {
    // Pass 1 corrects the principal's case (ORG301); that enables SSO, so pass 2 restores its role (ORG103).
    const text = crlf(`apiVersion: orgmanifest/v1
organization: { featureSet: ALL, managementAccount: management }
accounts:
  management: { id: "111111111111" }
  member:
    id: 222222222222   # and quoted, in the same edit
    joined: created
    serviceLinkedRoles:
      AWSServiceRoleForSSO: deleted
trustedAccess:
  SSO.amazonaws.com: {}
`);
    const edits = newService().getFixAllEdits(documentOf(text));
    assert.equal(edits.length, 3);
    assert.ok(edits.every((e) => e.range.end.line === e.range.start.line), JSON.stringify(edits));
    assert.equal(
      applyEdits(text, edits),
      text.replace('id: 222222222222', 'id: "222222222222"').replace('AWSServiceRoleForSSO: deleted', 'AWSServiceRoleForSSO: present').replace('SSO.amazonaws.com', 'sso.amazonaws.com'),
    );
  });

  it('leaves changes to the organization itself to the user: the feature set, trusted access, removing grants', () => {
    const text = `apiVersion: orgmanifest/v1
organization:
  featureSet: CONSOLIDATED_BILLING
  managementAccount: management
accounts:
  management: { id: "111111111111" }
trustedAccess:
  cloudtrail.amazonaws.com: {}
identityCenter:
  permissionSets: {}
`;
    assert.deepEqual(codesOf(text), ['ORG302', 'ORG305']);
    assert.deepEqual(newService().getFixAllEdits(documentOf(text)), []);
    // Each is still one keystroke away as a preferred quick fix.
    for (const offer of offers(text)) assert.ok(offer.actions.some((a) => a.isPreferred), String(offer.diagnostic.code));
  });

  it('is a source action only when asked for (on save, or from the Source Action menu)', () => {
    const document = documentOf(upgrade);
    const service = newService();
    const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    assert.deepEqual(service.getCodeActions(document, range, { diagnostics: [] }), []);
    for (const only of [['source.fixAll.org-manifest'], ['source.fixAll'], ['source']]) {
      const actions = service.getCodeActions(document, range, { diagnostics: [], only });
      assert.deepEqual(
        actions.map((a) => [a.title, a.kind]),
        [['Add all missing handshake permissions and apply the other safe fixes', 'source.fixAll.org-manifest']],
      );
      assert.equal(applyEdits(upgrade, editsOf(actions[0]!)), fixAll(upgrade));
    }
    assert.deepEqual(service.getCodeActions(document, range, { diagnostics: [], only: ['quickfix'] }), []);
  });

  it('offers "Add all missing handshake permissions" on the permission findings it fixes', () => {
    const found = offers(upgrade).filter((o) => o.actions.some((a) => a.title === 'Add all missing handshake permissions'));
    assert.deepEqual(found.map((o) => `${String(o.diagnostic.code)} line ${o.diagnostic.range.start.line + 1}`), ['ORG201 line 12', 'ORG201 line 14', 'ORG202 line 14']);
    const all = found[0]!.actions.find((a) => a.title === 'Add all missing handshake permissions')!;
    assert.deepEqual(codesOf(applyEdits(upgrade, editsOf(all))), ['ORG104', 'ORG201', 'ORG204', 'ORG502']);
  });
});
