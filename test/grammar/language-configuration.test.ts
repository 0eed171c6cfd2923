// language-configuration.json: its regular expressions behave as VS Code would apply them.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';

interface OnEnterRule {
  beforeText: string;
  action: { indent: 'none' | 'indent' | 'outdent' | 'indentOutdent'; appendText?: string };
}

interface LanguageConfiguration {
  comments: { lineComment: string };
  brackets: [string, string][];
  autoClosingPairs: { open: string; close: string; notIn?: string[] }[];
  surroundingPairs: [string, string][];
  folding: { offSide: boolean; markers: { start: string; end: string } };
  wordPattern: string;
  indentationRules: { increaseIndentPattern: string; decreaseIndentPattern: string };
  onEnterRules: OnEnterRule[];
}

const file = path.join(__dirname, '..', '..', 'language-configuration.json');
const config = JSON.parse(readFileSync(file, 'utf8')) as LanguageConfiguration;

/** The word under the cursor as VS Code finds it: the wordPattern match that contains the offset. */
function wordAt(line: string, offset: number): string | undefined {
  for (const m of line.matchAll(new RegExp(config.wordPattern, 'g'))) {
    if (m.index <= offset && offset <= m.index + m[0].length) return m[0];
  }
  return undefined;
}

/** The action of the first onEnterRule whose beforeText matches, as VS Code picks it. */
function enterAction(line: string): OnEnterRule['action'] | undefined {
  return config.onEnterRules.find((rule) => new RegExp(rule.beforeText).test(line))?.action;
}

const increases = (line: string): boolean => new RegExp(config.indentationRules.increaseIndentPattern).test(line);

describe('language-configuration.json', () => {
  it('has # comments, {} [] brackets, auto-closed quotes and off-side folding', () => {
    assert.equal(config.comments.lineComment, '#');
    assert.deepEqual(config.brackets, [['{', '}'], ['[', ']']]);
    const opens = config.autoClosingPairs.map((p) => p.open + p.close);
    assert.deepEqual(opens, ['{}', '[]', '""', "''"]);
    assert.deepEqual(config.surroundingPairs.map((p) => p.join('')), ['{}', '[]', '""', "''"]);
    assert.equal(config.folding.offSide, true);
  });

  it('compiles every pattern as a JavaScript regular expression, with and without the u flag', () => {
    const patterns = [
      config.wordPattern,
      config.folding.markers.start,
      config.folding.markers.end,
      config.indentationRules.increaseIndentPattern,
      config.indentationRules.decreaseIndentPattern,
      ...config.onEnterRules.map((r) => r.beforeText),
    ];
    for (const p of patterns) {
      assert.doesNotThrow(() => new RegExp(p, 'g'), p);
      assert.doesNotThrow(() => new RegExp(p, 'gu'), p);
    }
  });

  describe('wordPattern', () => {
    for (const [line, at, word] of [
      ['  sso.amazonaws.com:', 5, 'sso.amazonaws.com'],
      ['  member.org.stacksets.cloudformation.amazonaws.com: {}', 20, 'member.org.stacksets.cloudformation.amazonaws.com'],
      ['    - organizations:AcceptHandshake', 10, 'organizations:AcceptHandshake'],
      ['    - organizations:AcceptHandshake', 25, 'organizations:AcceptHandshake'],
      ['Action: ["organizations:*", iam:Create*]', 12, 'organizations:*'],
      ['Action: ["organizations:*", iam:Create*]', 30, 'iam:Create*'],
      ['      AWSServiceRoleForOrganizations: deleted', 10, 'AWSServiceRoleForOrganizations'],
      ['  featureSet: ALL', 4, 'featureSet'],
      ['  featureSet: ALL', 15, 'ALL'],
      ['# org-manifest-disable-next-line ORG201, ORG202 -- r until 2026-12-31', 35, 'ORG201'],
      ['# org-manifest-disable-next-line ORG201, ORG202 -- r until 2026-12-31', 10, 'org-manifest-disable-next-line'],
      ['    id: "111111111111"', 12, '111111111111'],
    ] as const) {
      it(`finds ${word} at ${at} in \`${line}\``, () => {
        assert.equal(wordAt(line, at), word);
      });
    }
  });

  describe('on Enter', () => {
    for (const line of ['organization:', '  trustedAccess:   # services', '  sso.amazonaws.com:', '  "quoted key":', '  block: |', '  base: &base']) {
      it(`indents after \`${line}\``, () => {
        assert.deepEqual(enterAction(line), { indent: 'indent' });
        assert.ok(increases(line));
      });
    }

    it('indents past the key after `- key:` (the item is a mapping)', () => {
      assert.deepEqual(enterAction('  - policy:'), { indent: 'none', appendText: '\t  ' });
      assert.ok(increases('  - policy:'));
    });

    it('lines up under the key after `- key: value`', () => {
      assert.deepEqual(enterAction('  - type: APPROVE_ALL_FEATURES'), { indent: 'none', appendText: '  ' });
    });

    for (const line of [
      '  featureSet: ALL',
      '    - organizations:AcceptHandshake',
      '    - sso.amazonaws.com',
      '  - { account: payments, permissionSet: ReadOnly }',
      '# a comment:',
      '  name: acme # note:',
      '  ou: "a: b"',
    ]) {
      it(`keeps the indentation after \`${line}\``, () => {
        assert.equal(enterAction(line), undefined);
        assert.ok(!increases(line));
      });
    }

    it('indents after an open flow collection and outdents its closing bracket', () => {
      assert.ok(increases('  permissions: ['));
      assert.ok(increases('  document: {   # inline'));
      const decreases = new RegExp(config.indentationRules.decreaseIndentPattern);
      assert.ok(decreases.test('  ]'));
      assert.ok(decreases.test('  }'));
      assert.ok(!decreases.test('  key: ]'));
    });
  });
});
