/**
 * The incremental check must be exactly the full check (issue #8): after every edit of random edit
 * sequences, the findings and the model equal those of checking the new text from scratch.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { generateManifest } from '../../../bench/generateManifest';
import { checkManifest } from '../../../server/src/service/check';
import type { CheckSettings } from '../../../server/src/service/check';
import { IncrementalChecker } from '../../../server/src/service/incremental/incrementalChecker';
import { aKeystroke, anEdit, applyEdit, typeInValue } from './edits';

const SETTINGS: CheckSettings = { today: new Date('2026-06-01T00:00:00Z'), maxAliasCount: 1000, isEnabled: () => true };
const root = path.join(__dirname, '..', '..', '..');
const BASES = [
  generateManifest(40, 1).text,
  generateManifest(25, 7).text.replace(/\n/g, '\r\n'),
  readFileSync(path.join(root, 'examples', 'acme.org.yaml'), 'utf8'),
  readFileSync(path.join(root, 'examples', 'minimal.org.yaml'), 'utf8'),
];

/** Findings and model, with nothing that differs between two equal checks. */
function comparable(text: string, result: ReturnType<typeof checkManifest>): unknown {
  return JSON.parse(JSON.stringify({ text: text.length, findings: result.findings, manifest: result.manifest ?? null }));
}

describe('incremental checking equals a full check', function () {
  this.timeout(120000);
  const modes = { full: 0, incremental: 0, cached: 0 };

  after(() => {
    // Both paths must have been exercised, or the property says little.
    assert.ok(modes.incremental > 100, `incremental ${modes.incremental}, full ${modes.full}`);
    assert.ok(modes.full > 50, `incremental ${modes.incremental}, full ${modes.full}`);
  });

  it('after random edit sequences on every base manifest', () => {
    fc.assert(
      fc.property(fc.constantFrom(...BASES.keys()), fc.array(anEdit, { minLength: 1, maxLength: 12 }), (base, edits) => {
        const checker = new IncrementalChecker();
        let text = BASES[base]!;
        checker.check(text, SETTINGS, SETTINGS);
        for (const edit of edits) {
          text = applyEdit(text, edit);
          const incremental = checker.check(text, SETTINGS, SETTINGS);
          modes[checker.lastMode]++;
          assert.deepEqual(comparable(text, incremental), comparable(text, checkManifest(text, SETTINGS)), `after ${JSON.stringify(edit)}`);
        }
      }),
      { numRuns: Number(process.env.INCREMENTAL_RUNS ?? 150), seed: Number(process.env.INCREMENTAL_SEED ?? 8) },
    );
  });

  it('takes the incremental path for typing in an account, and still equals a full check', () => {
    const base = generateManifest(60, 3).text;
    fc.assert(
      fc.property(fc.array(aKeystroke, { minLength: 1, maxLength: 20 }), (keystrokes) => {
        const checker = new IncrementalChecker();
        let text = base;
        checker.check(text, SETTINGS, SETTINGS);
        for (const keystroke of keystrokes) {
          text = typeInValue(text, keystroke);
          const incremental = checker.check(text, SETTINGS, SETTINGS);
          assert.equal(checker.lastMode, 'incremental');
          assert.deepEqual(comparable(text, incremental), comparable(text, checkManifest(text, SETTINGS)));
        }
      }),
      { numRuns: 40, seed: 11 },
    );
  });
});
