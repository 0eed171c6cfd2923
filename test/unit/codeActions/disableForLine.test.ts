import assert from 'node:assert/strict';
import { applyFix, assertFixed, codesOf, crlf, offers } from './helpers';

const org = (accounts: string) => `\uFEFFapiVersion: orgmanifest/v1
organization:
  featureSet: ALL
  currentFeatureSet: CONSOLIDATED_BILLING
  managementAccount: management
accounts:
  management:
    id: "111111111111"
${accounts}`;

describe('quick fix: Disable ORGnnn for this line', () => {
  it('inserts the suppression comment above the line where the finding starts, at its indentation', () => {
    const before = org('  payments:\n    id: 222222222222\n    joined: invited\n');
    const fixed = applyFix(before, 'ORG502', 'Disable ORG502 for this line');
    assertFixed(fixed, before.replace('    id: 222222222222', '    # org-manifest-disable-next-line ORG502\n    id: 222222222222'), 'ORG502');
    assert.deepEqual(codesOf(fixed), ['ORG201'], 'the other finding is still there');
  });

  it('adds the code to a suppression comment already above the line, before its reason and date', () => {
    const before = crlf(
      org(`  # org-manifest-disable-next-line ORG202 -- re-created next sprint until 2099-01-01
  payments:
    id: "222222222222"
    joined: invited
    serviceLinkedRoles: { AWSServiceRoleForOrganizations: deleted }
`),
    );
    assert.deepEqual(codesOf(before), ['ORG201']);
    assertFixed(applyFix(before, 'ORG201', 'Disable ORG201 for this line'), before.replace('ORG202 --', 'ORG202, ORG201 --'), 'ORG201');
  });

  it('keeps the byte order mark first when the finding is on the first line', () => {
    const before = '\uFEFFapiVersion: orgmanifest/v2\norganization: { featureSet: ALL, managementAccount: m }\naccounts: { m: { id: "111111111111" } }\n';
    assertFixed(applyFix(before, 'ORG002', 'Disable ORG002 for this line'), `\uFEFF# org-manifest-disable-next-line ORG002\n${before.slice(1)}`, 'ORG002');
  });

  it('is offered for every finding, last and never preferred — except ORG005, which no comment can silence', () => {
    const text = org('  payments:\n    # org-manifest-disable-next-line ORG999\n    id: 222222222222\n    joined: invited\n');
    for (const { diagnostic, actions } of offers(text)) {
      const disable = actions.filter((a) => a.title.startsWith('Disable '));
      if (diagnostic.code === 'ORG005') assert.deepEqual(disable, []);
      else assert.deepEqual(disable.map((a) => [a.title, a.isPreferred ?? false]), [[`Disable ${String(diagnostic.code)} for this line`, false]]);
      if (disable.length > 0) assert.equal(actions[actions.length - 1], disable[0]);
    }
    assert.deepEqual(offers(text).map((o) => o.diagnostic.code).sort(), ['ORG005', 'ORG201', 'ORG502']);
  });

  it('is not offered where a comment line would land inside a multi-line string', () => {
    const text = `apiVersion: orgmanifest/v1\norganization: { name: "one\n  two", featurSet: ALL, managementAccount: m }\naccounts: { m: { id: "111111111111" } }\n`;
    const [offer] = offers(text, 'ORG002');
    assert.deepEqual(offer!.actions.map((a) => a.title), ['Change to `featureSet`']);
  });
});
