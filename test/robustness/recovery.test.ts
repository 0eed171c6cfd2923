/**
 * Recovery from broken YAML (issue #9: "improve what you reasonably can"): one mistake is reported
 * once, where it is, and does not hide or falsify the findings of the rest of the file.
 */
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { getLanguageService } from '../../server/src/service';
import { BASE, messageOf } from './corpus';

function found(text: string): string[] {
  const failures: unknown[] = [];
  const service = getLanguageService({ onCheckError: (_code, error) => failures.push(error) });
  const diagnostics = service.doValidation(TextDocument.create('file:///recovery.org.yaml', 'org-manifest', 1, text));
  assert.deepEqual(failures, []);
  return diagnostics.map((d) => `${d.code}@${d.range.start.line}:${d.range.start.character}`);
}

function messages(text: string): string[] {
  const service = getLanguageService();
  return service.doValidation(TextDocument.create('file:///recovery.org.yaml', 'org-manifest', 1, text)).map(messageOf);
}

/** An upgrade is planned, so `billing` (invited, no administrator) is ORG201 at line 13. */
const UPGRADE = `apiVersion: orgmanifest/v1
organization:
  featureSet: ALL
  currentFeatureSet: CONSOLIDATED_BILLING
  managementAccount: management
accounts:
  management:
    id: "111111111111"
  payments:
    id: "222222222222"
    joined: invited
    administrator:
      permissions: [organizations:AcceptHandshake]
  billing:
    id: "333333333333"
    joined: invited
`;

describe('recovery from broken YAML', () => {
  describe('a tab used for indentation', () => {
    it('is reported once, and the rest of the file is still checked', () => {
      assert.deepEqual(found(UPGRADE), ['ORG201@13:2']);
      assert.deepEqual(found(UPGRADE.replace('    joined: invited\n    administrator', '\tjoined: invited\n    administrator')), ['ORG001@10:0', 'ORG201@13:2']);
      assert.match(messages(UPGRADE.replace('    joined: invited\n    admin', '\tjoined: invited\n    admin'))[0]!, /Tabs are not allowed as indentation, so this line is skipped/);
    });

    it('drops the findings its skipped line would have prevented: the echoes, not the rest', () => {
      // Skipping `joined:` makes payments look as if it had no `joined` (ORG504): an echo.
      assert.deepEqual(found(UPGRADE.replace('    joined: invited\n    administrator', '\t\tjoined: invited\n    administrator')), ['ORG001@10:0', 'ORG201@13:2']);
      // Skipping the permissions makes payments look unable to accept (ORG201): an echo too.
      assert.deepEqual(found(UPGRADE.replace('      permissions:', '\t\t\tpermissions:')), ['ORG001@12:0', 'ORG201@13:2']);
    });

    it('does not call a suppression unused (ORG005) while a syntax error may be hiding what it suppresses', () => {
      const suppressed = UPGRADE.replace('  billing:', '  # org-manifest-disable-next-line ORG201\n  billing:');
      assert.deepEqual(found(suppressed), []);
      // Without its `joined:` line billing is not known to be invited, so ORG201 has nothing to say.
      assert.deepEqual(found(suppressed.replace(/(billing:\n {4}id: "333333333333"\n) {4}joined/, '$1\tjoined')), ['ORG001@16:0']);
      assert.deepEqual(found(suppressed.replace('ORG201', 'ORG502')), ['ORG005@13:35', 'ORG201@14:2']);
    });

    it('reports each tab-indented line of a file indented with tabs throughout, and nothing that follows from them', () => {
      const tabbed = BASE.replace(/^( +)/gm, (spaces) => '\t'.repeat(spaces.length / 2));
      const lines = BASE.split('\n').flatMap((line, i) => (line.startsWith(' ') ? [`ORG001@${i}:0`] : []));
      assert.deepEqual(found(tabbed), lines);
    });
  });

  describe('an unclosed quote', () => {
    const unclosed = (quote: string) => UPGRADE.replace('id: "222222222222"', `id: ${quote}222222222222`);

    it('is reported where the quoted value starts, once, without the echoes of what it swallowed', () => {
      // yaml ends the double-quoted value at the next `"` (billing's id); the single-quoted one
      // swallows the rest of the file, billing included.
      assert.deepEqual(found(unclosed('"')), ['ORG001@9:8', 'ORG201@13:2']);
      assert.deepEqual(found(unclosed("'")), ['ORG001@9:8']);
      assert.match(messages(unclosed('"'))[0]!, /Missing closing "quote/);
    });

    it('does not hide findings in the other blocks', () => {
      const text = unclosed('"').replace('  billing:', '  billing:\n    email: "b@example.com"\n    email: again@example.com');
      assert.deepEqual(found(text), ['ORG001@9:8', 'ORG201@13:2', 'ORG003@15:4']);
    });
  });

  describe('characters and line breaks', () => {
    it('reads a file with lone CR line breaks, reporting the first one', () => {
      assert.deepEqual(found(UPGRADE.replace(/\n/g, '\r')), ['ORG001@0:26', 'ORG201@13:2']);
      const mixed = UPGRADE.replace(/\n/g, '\r\n').replace('accounts:\r\n', 'accounts:\r');
      assert.deepEqual(found(mixed), ['ORG001@5:9', 'ORG201@13:2']);
    });

    it('reports the first character YAML does not allow, counting the others, and checks the rest', () => {
      const text = `${UPGRADE.replace('currentFeatureSet', 'name: Ac\u0007me\n  currentFeatureSet')}# two NULs: \u0000\u0000\n`;
      assert.deepEqual(found(text), ['ORG001@3:10', 'ORG201@14:2']);
      assert.match(messages(text)[0]!, /U\+0007 here, and 2 more in this file/);
    });

    it('accepts what YAML allows: tabs inside values, emoji, a BOM', () => {
      assert.deepEqual(found(`\uFEFF${UPGRADE}`.replace('joined: invited\n    administrator', 'joined: invited\t# tab before a comment\n    administrator')), ['ORG201@13:2']);
      assert.deepEqual(found(UPGRADE.replace('currentFeatureSet', 'name: "Acme 🚀 \t Org"\n  currentFeatureSet')), ['ORG201@14:2']);
    });
  });

  it('reports at most 100 syntax errors, the last saying how many more there are', () => {
    const text = `${UPGRADE}${']\n'.repeat(500)}`;
    const all = messages(text).filter((m) => m.startsWith('YAML syntax error'));
    assert.equal(all.length, 100);
    assert.match(all.at(-1)!, /\(\d+ more syntax errors after this one are not shown: fix these first\.\)$/);
  });
});
