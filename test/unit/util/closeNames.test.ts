/**
 * `closeNames` (the fast did-you-mean of ORG602) must answer exactly what `suggest` answers: its
 * filter only skips candidates whose edit distance is certainly too large.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { actionsOf, allPrefixes } from '../../../server/src/data/iamActions';
import { closeNames } from '../../../server/src/service/rules/closeNames';
import { suggest } from '../../../server/src/service/util/didYouMean';

const EC2 = actionsOf('ec2').map((action) => action.name);

describe('closeNames', () => {
  it('finds what suggest finds for typical typos', () => {
    for (const input of ['DescribeRegion', 'DescirbeInstances', 'deletevpc', 'RunInstance', 'Xyz', 'CreateTagz']) {
      assert.deepEqual(closeNames(input, EC2), suggest(input, EC2), input);
    }
    for (const input of ['organisations', 'ec', 's4', 'lambada', 'cloudtrial']) {
      assert.deepEqual(closeNames(input, allPrefixes()), suggest(input, allPrefixes()), input);
    }
  });

  it('agrees with suggest on random edits of real names, non-ASCII included', () => {
    const edited = fc
      .tuple(fc.constantFrom(...EC2), fc.array(fc.tuple(fc.nat(40), fc.constantFrom('', 'a', 'e', 'Z', 'é', '-')), { maxLength: 4 }))
      .map(([name, edits]) => edits.reduce((text, [at, insert]) => text.slice(0, at % (text.length + 1)) + insert + text.slice((at % (text.length + 1)) + 1), name));
    fc.assert(
      fc.property(edited, (input) => {
        assert.deepEqual(closeNames(input, EC2), suggest(input, EC2));
      }),
      { numRuns: 200 },
    );
  });
});
