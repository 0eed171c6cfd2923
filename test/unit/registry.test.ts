/**
 * One id everywhere (GUIDE): every rule in the registry has its docs page (same title and default
 * severity), its setting in package.json, and a test file; the docs index lists it.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { RULES } from '../../server/src/service';
import { ruleSettingsContribution } from '../../scripts/ruleSettings';

const root = path.join(__dirname, '..', '..');
const read = (relative: string) => readFileSync(path.join(root, relative), 'utf8');

describe('rule registry, docs and settings stay in step', () => {
  it('has unique codes of the form ORGnnn and titles of at most 70 characters', () => {
    assert.equal(new Set(RULES.map((r) => r.code)).size, RULES.length);
    for (const rule of RULES) {
      assert.match(rule.code, /^ORG\d{3}$/);
      assert.ok(rule.title.length <= 70, `${rule.code} title is too long`);
    }
  });

  for (const rule of RULES) {
    it(`${rule.code} has a docs page with the same title and default severity, and a test file`, () => {
      const page = read(`docs/rules/${rule.code}.md`);
      assert.equal(page.split('\n')[0], `# ${rule.code} — ${rule.title}`);
      const severity = rule.defaultSeverity;
      assert.match(page, new RegExp(`Default severity: \\*\\*${severity}\\*\\* · Setting: \`orgManifest\\.rules\\.${rule.code}\``));
      for (const section of ['## What it checks', '## Why', '## How to fix', '## Examples', '## Suppressing']) assert.ok(page.includes(section), `${rule.code}: ${section}`);
      assert.ok(existsSync(path.join(root, 'test', 'unit', 'rules', `${rule.code}.test.ts`)), `test/unit/rules/${rule.code}.test.ts is missing`);
      assert.ok(read('docs/rules/README.md').includes(`(${rule.code}.md)`), `docs/rules/README.md does not link ${rule.code}`);
    });
  }

  it('package.json has exactly one setting per rule (run `npx tsx scripts/update-package-settings.ts`)', () => {
    const pkg = JSON.parse(read('package.json')) as { contributes: { configuration: { id: string; properties: Record<string, unknown> }[] } };
    const rulesSection = pkg.contributes.configuration.find((s) => s.id === 'orgManifest.rules');
    assert.deepEqual(rulesSection?.properties, JSON.parse(JSON.stringify(ruleSettingsContribution())));
  });
});
