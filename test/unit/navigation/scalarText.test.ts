import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parse } from 'yaml';
import { findReferences, rename } from '../../../server/src/service';
import { nameProblem } from '../../../server/src/service/navigation/nameRules';
import { isPlainSafe, renderScalar, scalarText } from '../../../server/src/service/navigation/scalarText';
import { MANIFEST, applyEdit, checked, checkedAt, markIn } from './navigation';

describe('navigation: scalars as written', () => {
  it('knows the quoting style and where the characters of a spelled-out value are', () => {
    const text = `a: plain\nb: "dq"\nc: 'sq'\nd: "esc\\u0041"\ne: *x\n`;
    const at = (needle: string, value: string) => scalarText(text, { start: text.indexOf(needle), end: text.indexOf(needle) + needle.length }, value);
    assert.deepEqual(at('plain', 'plain'), { span: { start: 3, end: 8 }, value: 'plain', style: 'plain', contentStart: 3 });
    assert.equal(at('"dq"', 'dq').contentStart, text.indexOf('dq"'));
    assert.equal(at("'sq'", 'sq').style, 'single');
    assert.equal(at('"esc\\u0041"', 'escA').contentStart, undefined, 'an escaped value is not spelled out');
    assert.equal(at('*x', 'anything').style, 'alias');
  });

  it('writes plain only what YAML reads back as the same string, in block and flow context', () => {
    for (const safe of ['payments', 'data-platform', 'Prod', 'Workloads/Prod', 'team a', 'a.b_c@d+e']) assert.ok(isPlainSafe(safe), safe);
    for (const unsafe of ['123', '0x1F', 'true', 'null', '~', '1e3', '.inf', 'a: b', 'a #b', 'a,b', '[a]', '-a', '', 'a ', '2024-01-01', 'yes', 'off', '0755']) {
      assert.ok(!isPlainSafe(unsafe), unsafe);
    }
    assert.equal(renderScalar('123', 'plain'), '"123"');
    assert.equal(renderScalar("it's", 'single'), "'it''s'");
    assert.equal(renderScalar('a"b', 'double'), '"a\\"b"');
  });

  it('renders any string so that YAML reads it back exactly, in every style, as a value and in a flow list', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 12 }), fc.constantFrom('plain', 'single', 'double' as const), (value, style) => {
        const rendered = renderScalar(value, style);
        assert.equal(parse(`k: ${rendered}`).k, value);
        assert.deepEqual(parse(`k: [${rendered}]`).k, [value]);
      }),
    );
  });

  it('renames an account to any valid name so that every reference still resolves to it', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 10 }).filter((name) => nameProblem(name, 'An account key') === undefined && !['security', 'web', 'Security', 'Workloads'].includes(name)),
        (name) => {
          const { document, result, position } = checkedAt(markIn('  payments:', 4));
          const answer = rename(document, result, position, name);
          assert.ok(answer?.ok, answer && !answer.ok ? answer.message : '');
          const after = checked(applyEdit(document, answer.edit));
          assert.ok(after.result.manifest!.accounts.some((account) => account.key === name));
          const declaration = after.result.manifest!.accounts.find((account) => account.key === name)!;
          const references = findReferences(after.document, after.result, after.document.positionAt(declaration.keySpan.start), true);
          assert.equal(references.length, 6, `after renaming to ${JSON.stringify(name)}:\n${after.text}`);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('navigation: what a name may be', () => {
  it('accepts ordinary names and explains each refusal', () => {
    for (const ok of ['payments', 'Data Platform', 'acct-0042', 'prod.eu_1', '123', 'Zürich']) assert.equal(nameProblem(ok, 'An account key'), undefined, ok);
    assert.equal(nameProblem('a/b', 'An OU name'), 'An OU name cannot contain `/`: it separates the OUs of a path.');
    assert.equal(nameProblem('Root', 'An account key'), 'An account key cannot be `Root`: SCP targets use it for the organization root.');
    assert.equal(nameProblem('a{b', 'An account key'), 'An account key cannot contain `{`, which is YAML syntax.');
    assert.equal(nameProblem('&a', 'An account key'), 'An account key cannot start with `&`, which is YAML syntax.');
  });

  it('leaves the whole manifest unchanged in its other lines', () => {
    const { document, result, position } = checkedAt(markIn('  payments:', 4));
    const answer = rename(document, result, position, 'billing');
    assert.ok(answer?.ok);
    const before = MANIFEST.split('\n');
    const after = applyEdit(document, answer.edit).split('\n');
    const changed = before.map((line, i) => (line === after[i] ? -1 : i)).filter((i) => i >= 0);
    assert.deepEqual(changed, [3, 10, 22, 27, 31, 34]);
  });
});
