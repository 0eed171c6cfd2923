// The generated catalog against its sources. Needs the reference notes outside this repository
// (../shared/reference), which CI may not have: the tests skip themselves when it is absent.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { allServices } from '../../../server/src/data/catalog';

const repoRoot = resolve(__dirname, '../../..');
const referencePath = resolve(repoRoot, '../shared/reference/aws-org-services.json');
const generator = resolve(repoRoot, 'scripts/generate-catalog.mjs');
const committed = resolve(repoRoot, 'server/src/data/services.json');

interface ReferenceEntry {
  readonly service: string;
  readonly [field: string]: unknown;
}

// Runs of this many words shared with the reference mean prose was copied rather than written.
const SHINGLE = 8;

function shingles(text: string): string[] {
  const words = text.toLowerCase().match(/[a-z0-9'-]+/g) ?? [];
  return words.slice(0, Math.max(0, words.length - SHINGLE + 1)).map((_, i) => words.slice(i, i + SHINGLE).join(' '));
}

// All the reference's prose, so that text cannot be borrowed from another entry either.
function referenceShingles(reference: readonly ReferenceEntry[]): Set<string> {
  const texts: string[] = [];
  const collect = (value: unknown): void => {
    if (typeof value === 'string') texts.push(value);
    else if (Array.isArray(value)) value.forEach(collect);
    else if (value !== null && typeof value === 'object') Object.values(value).forEach(collect);
  };
  collect(reference);
  return new Set(texts.flatMap(shingles));
}

function ourProse(): { where: string; text: string }[] {
  return allServices().flatMap((s) => [
    { where: `${s.id} description`, text: s.description },
    { where: `${s.id} enable`, text: s.enable.summary },
    { where: `${s.id} disable`, text: s.disable.summary },
    { where: `${s.id} caution`, text: s.disable.caution ?? '' },
    { where: `${s.id} delegatedAdmin.how`, text: s.delegatedAdmin.how ?? '' },
    { where: `${s.id} trustedAccess.note`, text: s.trustedAccess.note ?? '' },
    ...s.relatedPrincipals.map((r) => ({ where: `${s.id} note for ${r.principal}`, text: r.note })),
    ...s.serviceLinkedRoles.map((r) => ({ where: `${s.id} note for ${r.name}`, text: r.note ?? '' })),
  ]);
}

describe('service catalog generation', function () {
  before(function () {
    if (!existsSync(referencePath)) this.skip();
  });

  it('re-running the generator reproduces the committed file exactly', () => {
    const output = execFileSync(process.execPath, [generator, referencePath, '--stdout'], { encoding: 'utf8' });
    assert.equal(output, readFileSync(committed, 'utf8'), 'run: node scripts/generate-catalog.mjs');
  });

  it('covers every reference service once', () => {
    const reference = JSON.parse(readFileSync(referencePath, 'utf8')) as ReferenceEntry[];
    assert.equal(allServices().length, reference.length);
  });

  it('writes its prose in its own words', () => {
    const reference = JSON.parse(readFileSync(referencePath, 'utf8')) as ReferenceEntry[];
    const theirs = referenceShingles(reference);
    const copied = ourProse().flatMap(({ where, text }) =>
      shingles(text).filter((s) => theirs.has(s)).map((s) => `${where}: "${s}"`),
    );
    assert.deepEqual(copied, []);
  });
});
