// The grammar file itself: built from syntaxes/build-grammar.mjs, and internally consistent.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';

const syntaxes = path.join(__dirname, '..', '..', 'syntaxes');
const grammarFile = path.join(syntaxes, 'org-manifest.tmLanguage.json');

/** Every value of `key` anywhere in the JSON. */
function collect(node: unknown, key: string, out: unknown[] = []): unknown[] {
  if (Array.isArray(node)) node.forEach((n) => collect(n, key, out));
  else if (node !== null && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (k === key) out.push(v);
      collect(v, key, out);
    }
  }
  return out;
}

describe('org-manifest grammar: the file', () => {
  const grammar = JSON.parse(readFileSync(grammarFile, 'utf8')) as {
    scopeName: string;
    patterns: { include: string }[];
    repository: Record<string, unknown>;
  };

  it('is what syntaxes/build-grammar.mjs builds (run it after editing the rules)', () => {
    assert.doesNotThrow(() => execFileSync(process.execPath, [path.join(syntaxes, 'build-grammar.mjs'), '--check'], { stdio: 'pipe' }));
  });

  it('is source.org-manifest and embeds source.yaml', () => {
    assert.equal(grammar.scopeName, 'source.org-manifest');
    assert.deepEqual(grammar.patterns, [{ include: 'source.yaml' }]);
  });

  it('includes only rules that exist', () => {
    for (const include of collect(grammar, 'include')) {
      assert.ok(typeof include === 'string');
      if (include.startsWith('#')) assert.ok(include.slice(1) in grammar.repository, include);
      else assert.equal(include, 'source.yaml');
    }
  });

  it("names only YAML's scopes and its own .org-manifest scopes", () => {
    for (const name of collect(grammar, 'name')) {
      if (name === 'Org Manifest') continue;
      assert.ok(typeof name === 'string');
      for (const scope of name.split(' ')) assert.match(scope, /\.(yaml|org-manifest)$/, name);
    }
  });
});
