import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { hoverAt, hoverText, place } from '../helpers/features';
import { MANIFEST } from './fixture';

const ACME = readFileSync(path.join(__dirname, '..', '..', '..', 'examples', 'acme.org.yaml'), 'utf8');

describe('hover on manifest keys', () => {
  it("on a property: the schema's description, its values and whether it is required", () => {
    const text = hoverText(place(MANIFEST, '  feature|Set: ALL'));
    assert.match(text, /^\*\*`featureSet`\*\* · choice of values/);
    assert.match(text, /The feature set the organization should have/);
    assert.match(text, /\*\*Values:\*\* `ALL`, `CONSOLIDATED_BILLING`/);
    assert.match(text, /Required\.$/);
  });

  it('on statement keys and keys in flow mappings', () => {
    assert.match(hoverText(place(MANIFEST, '- S|id: Everything')), /^\*\*`Sid`\*\* · text\n\nAn optional statement id/);
    assert.match(hoverText(place(MANIFEST, '          - Eff|ect: Deny')), /^\*\*`Effect`\*\*.*always wins/s);
    assert.match(hoverText(place(MANIFEST, '{ enab|led: false }')), /^\*\*`enabled`\*\* · `true` or `false`/);
  });

  it('on a value without more to say: what its key holds', () => {
    assert.match(hoverText(place(MANIFEST, 'name: ac|me')), /^\*\*`name`\*\*\n\nA display name for the organization\./);
    assert.match(hoverText(place(MANIFEST, '{ enabled: fal|se }')), /Whether trusted access is enabled/);
  });

  it('on every key of the example manifest', () => {
    const lines = ACME.split('\n');
    let checked = 0;
    lines.forEach((line, index) => {
      const match = /^(\s*(?:- )?)([A-Za-z][\w.:/-]*):(?:\s|$)/.exec(line);
      if (!match) return;
      const offset = lines.slice(0, index).join('\n').length + (index > 0 ? 1 : 0) + match[1]!.length + 1;
      const marked = `${ACME.slice(0, offset)}|${ACME.slice(offset)}`;
      assert.ok(hoverAt(marked), `no hover on ${match[2]} (line ${index + 1})`);
      checked++;
    });
    assert.ok(checked > 300, `only ${checked} keys checked`);
  });

  it('says nothing in comments, on blank lines, or between entries', () => {
    assert.equal(hoverAt(`# a comment about sso.amazon|aws.com\n${MANIFEST}`), null);
    assert.equal(hoverAt(place(MANIFEST, 'identityCenter:\n |')), null);
  });
});
