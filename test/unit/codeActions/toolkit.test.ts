import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseDocument } from 'yaml';
import { composeChanges } from '../../../server/src/service/codeActions/compose';
import { formatScalar } from '../../../server/src/service/codeActions/fragment';
import { detectStyle } from '../../../server/src/service/codeActions/style';
import { applyChanges, lineEnding, normalizeChanges } from '../../../server/src/service/codeActions/text';
import type { TextChange } from '../../../server/src/service/codeActions/types';
import type { YamlNode } from '../../../server/src/service/parse/ast';

/** Non-overlapping changes (insertions, and changes that touch, included) of a text of `length` characters. */
function changesOf(length: number): fc.Arbitrary<TextChange[]> {
  return fc
    .array(fc.integer({ min: 0, max: length }), { maxLength: 8 })
    .chain((points) => {
      const sorted = [...points].sort((a, b) => a - b);
      const pairs: [number, number][] = [];
      for (let i = 0; i + 1 < sorted.length; i += 2) pairs.push([sorted[i]!, sorted[i + 1]!]);
      return fc.tuple(...pairs.map(([start, end]) => fc.tuple(fc.constant(start), fc.constant(end), fc.string({ maxLength: 5 }))));
    })
    .map((tuples) => tuples.map(([start, end, newText]) => ({ start, end, newText })));
}

describe('edit toolkit', () => {
  it('composes changes made in passes into changes of the original text', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 40 }).chain((text) => fc.tuple(fc.constant(text), changesOf(text.length))),
        fc.nat(),
        ([text, first], seed) => {
          const middle = applyChanges(text, first);
          const second = fc.sample(changesOf(middle.length), { numRuns: 1, seed })[0]!;
          const composed = composeChanges(text, first, middle, second);
          assert.equal(applyChanges(text, composed), applyChanges(middle, second));
          composed.forEach((c, i) => assert.ok(i === 0 || composed[i - 1]!.end <= c.start, 'composed changes overlap'));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('merges a fix\'s changes that touch, and refuses changes that overlap', () => {
    assert.deepEqual(
      normalizeChanges('abcdef', [
        { start: 3, end: 3, newText: 'X' },
        { start: 1, end: 3, newText: 'Y' },
      ]),
      [{ start: 1, end: 3, newText: 'YX' }],
    );
    assert.equal(normalizeChanges('abcdef', [{ start: 1, end: 4, newText: '' }, { start: 2, end: 3, newText: 'Z' }]), undefined);
    assert.deepEqual(normalizeChanges('abc', [{ start: 1, end: 2, newText: 'b' }]), [], 'a change that changes nothing is dropped');
  });

  it('detects the line ending, indentation step, sequence indentation, list style and quote of a file', () => {
    const style = (text: string) => detectStyle(text, parseDocument(text).contents as YamlNode);
    assert.equal(lineEnding('a: 1\r\nb: 2\n'), '\r\n');
    assert.equal(lineEnding('a: 1'), '\n');
    assert.deepEqual(style('a:\n    b:\n        - x\n    permissions: [x]\n    id: \'1\'\n'), {
      eol: '\n',
      indentUnit: 4,
      sequenceIndent: 4,
      flowPermissions: true,
      quote: "'",
    });
    assert.deepEqual(style('a:\r\n  b:\r\n  - x\r\n  permissions:\r\n  - y\r\n  id: "1"\r\n'), {
      eol: '\r\n',
      indentUnit: 2,
      sequenceIndent: 0,
      flowPermissions: false,
      quote: '"',
    });
  });

  it('writes scalars plain only when YAML reads them back as the same string', () => {
    assert.equal(formatScalar('organizations:AcceptHandshake'), 'organizations:AcceptHandshake');
    assert.equal(formatScalar('iam:Create*'), 'iam:Create*');
    assert.equal(formatScalar('*'), '"*"');
    assert.equal(formatScalar('*', "'"), "'*'");
    assert.equal(formatScalar('true'), '"true"');
    assert.equal(formatScalar('012345678901'), '"012345678901"');
    assert.equal(formatScalar('a: b'), '"a: b"');
    assert.equal(formatScalar('a,b', '"', true), '"a,b"');
    assert.equal(formatScalar("it's", "'"), "it's");
  });
});
