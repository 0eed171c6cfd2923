// Snapshot tests of the org-manifest grammar over test/grammar/fixtures/*.org.yaml, plus two
// properties every fixture must have: YAML's own scopes are untouched, and CRLF changes nothing.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { matchSnapshot, renderSnapshot, updating } from './snapshot';
import { splitLines, tokenize, vscodeYamlSyntaxes, type Token, type YamlFlavour } from './tokenizer';

const fixturesDir = path.join(__dirname, 'fixtures');
const snapshotsDir = path.join(__dirname, '__snapshots__');
const FIXTURE = '.org.yaml';

const fixtures = readdirSync(fixturesDir)
  .filter((f) => f.endsWith(FIXTURE))
  .sort();

function read(fixture: string): string {
  return readFileSync(path.join(fixturesDir, fixture), 'utf8');
}

/** What plain YAML would show: our scopes removed, neighbours that became equal merged. */
function withoutOurScopes(lines: Token[][]): string[][] {
  return lines.map((tokens) => {
    const out: { text: string; scopes: string }[] = [];
    for (const t of tokens) {
      const scopes = t.scopes.slice(1).filter((s) => !s.endsWith('.org-manifest')).join(' ');
      const last = out[out.length - 1];
      if (last && last.scopes === scopes) last.text += t.text;
      else out.push({ text: t.text, scopes });
    }
    return out.map((t) => `${JSON.stringify(t.text)} ${t.scopes}`);
  });
}

describe('org-manifest grammar: snapshots', () => {
  it('has fixtures', () => {
    assert.ok(fixtures.length >= 5, `expected fixtures in ${fixturesDir}`);
  });

  for (const fixture of fixtures) {
    const name = fixture.slice(0, -FIXTURE.length);
    it(`${fixture} matches __snapshots__/${name}.snap`, async () => {
      const text = read(fixture);
      const title = `org-manifest grammar snapshot of test/grammar/fixtures/${fixture}`;
      matchSnapshot(path.join(snapshotsDir, `${name}.snap`), renderSnapshot(title, splitLines(text), await tokenize(text)));
    });
  }

  it('has no snapshot without a fixture', function () {
    if (updating) this.skip();
    const names = new Set(fixtures.map((f) => `${f.slice(0, -FIXTURE.length)}.snap`));
    const orphans = readdirSync(snapshotsDir).filter((f) => f.endsWith('.snap') && !names.has(f));
    assert.deepEqual(orphans, [], 'delete snapshots whose fixture is gone');
  });
});

for (const yaml of ['textmate', 'vscode'] as const satisfies readonly YamlFlavour[]) {
  describe(`org-manifest grammar: YAML underneath (${yaml} YAML grammar)`, function () {
    before(function () {
      if (yaml === 'vscode' && !vscodeYamlSyntaxes()) this.skip(); // no VS Code install under .vscode-test
    });

    for (const fixture of fixtures) {
      it(`${fixture}: without the .org-manifest scopes, the tokens are exactly plain YAML's`, async () => {
        const text = read(fixture);
        const ours = withoutOurScopes(await tokenize(text, { yaml }));
        const plain = withoutOurScopes(await tokenize(text, { yaml, scopeName: 'source.yaml' }));
        ours.forEach((line, i) => assert.deepEqual(line, plain[i], `line ${i + 1}: ${splitLines(text)[i] ?? ''}`));
      });
    }
  });
}

/** Our tokens only: line, text and .org-manifest scopes. */
function ourTokens(lines: Token[][]): string[] {
  return lines.flatMap((tokens, i) =>
    tokens
      .map((t) => ({ text: t.text, ours: t.scopes.filter((s) => s.endsWith('.org-manifest') && s !== 'source.org-manifest') }))
      .filter((t) => t.ours.length > 0)
      .map((t) => `${i + 1} ${JSON.stringify(t.text)} ${t.ours.join(' ')}`),
  );
}

describe('org-manifest grammar: either YAML grammar', function () {
  before(function () {
    if (!vscodeYamlSyntaxes()) this.skip(); // no VS Code install under .vscode-test
  });

  for (const fixture of fixtures) {
    it(`${fixture}: the same org-manifest tokens over VS Code's YAML as in the snapshot`, async () => {
      const text = read(fixture);
      assert.deepEqual(ourTokens(await tokenize(text, { yaml: 'vscode' })), ourTokens(await tokenize(text)));
    });
  }
});

describe('org-manifest grammar: line endings', () => {
  it('crlf.org.yaml really has CRLF line endings (kept by .gitattributes)', () => {
    const text = read('crlf.org.yaml');
    assert.ok(text.includes('\r\n'), 'crlf.org.yaml lost its CRLF line endings');
    assert.ok(!/[^\r]\n/.test(text), 'crlf.org.yaml mixes LF and CRLF');
  });

  for (const fixture of fixtures) {
    it(`${fixture}: LF and CRLF tokenize the same`, async () => {
      const lf = read(fixture).replace(/\r\n/g, '\n');
      assert.deepEqual(await tokenize(lf.replace(/\n/g, '\r\n')), await tokenize(lf));
    });
  }
});
