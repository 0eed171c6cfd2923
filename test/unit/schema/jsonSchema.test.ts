/**
 * The JSON Schema contributed to YAML tooling (schemas/org-manifest.schema.json): generated from the
 * service's schema, and agreeing with the structure check on every fixture we have. A fixture the
 * checker finds structurally sound (no ORG002, no ORG502) must validate; one with such a finding
 * must not. Fixtures with YAML syntax errors or duplicate keys (ORG001, ORG003) are not JSON.
 */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import type { ValidateFunction } from 'ajv';
import { parse } from 'yaml';
import { manifestJsonSchema } from '../../../scripts/jsonSchema';
import { diagnose } from '../helpers/annotations';
import { orgHeader } from '../helpers/fixtures';

const root = path.join(__dirname, '..', '..', '..');
const committed = JSON.parse(readFileSync(path.join(root, 'schemas', 'org-manifest.schema.json'), 'utf8')) as Record<string, unknown>;

interface Fixture {
  readonly name: string;
  readonly text: string;
}

function filesIn(folder: string, pattern: RegExp): Fixture[] {
  const absolute = path.join(root, folder);
  return readdirSync(absolute, { recursive: true, encoding: 'utf8' })
    .filter((file) => pattern.test(file) && !file.includes('node_modules'))
    .map((file) => ({ name: `${folder}/${file}`, text: readFileSync(path.join(absolute, file), 'utf8') }));
}

/** The complete manifests in the rule pages' examples. */
function docExamples(): Fixture[] {
  return filesIn('docs/rules', /\.md$/).flatMap(({ name, text }) =>
    [...text.matchAll(/```yaml\n(apiVersion:[\s\S]*?)```/g)].map((match, index) => ({ name: `${name} example ${index + 1}`, text: match[1]! })),
  );
}

const FIXTURES: readonly Fixture[] = [
  ...filesIn('examples', /\.org\.yaml$/),
  ...docExamples(),
  ...filesIn('test/cli/fixtures', /\.ya?ml$/),
  ...filesIn('test/grammar/fixtures', /\.org\.yaml$/),
  ...filesIn('test/vscode/workspace', /\.ya?ml$/),
];

const header = (accounts: string) => orgHeader('featureSet: ALL', accounts);

/** Hand-written faults, one per kind the schema must catch. */
const INVALID: readonly Fixture[] = [
  { name: 'unknown key', text: header('  payments: { id: "222222222222", joined: invited, colour: blue }\n') },
  { name: 'bad enum value', text: header('  payments: { id: "222222222222", joined: invented }\n') },
  { name: 'wrong type', text: header('  payments: { id: "222222222222", joined: invited, administrator: { permissions: organizations:* } }\n') },
  { name: 'missing required key', text: 'apiVersion: orgmanifest/v1\norganization: { featureSet: ALL }\naccounts: {}\n' },
  { name: 'account id written as a number', text: header('  payments: { id: 222222222222, joined: invited }\n') },
  { name: 'invited account without id', text: header('  payments: { joined: invited }\n') },
  { name: 'statement with Action and NotAction', text: `${header('')}deployer:\n  policy:\n    Statement: { Effect: Allow, Action: "*", NotAction: "iam:*", Resource: "*" }\n` },
  { name: 'statement without Action', text: `${header('')}deployer:\n  policy:\n    Statement: [{ Effect: Allow, Resource: "*" }]\n` },
  { name: 'bad apiVersion', text: header('').replace('orgmanifest/v1', 'orgmanifest/v2') },
  { name: 'null organization', text: header('').replace(/organization:\n( {2}.*\n)+/, 'organization:\n') },
];

describe('JSON Schema of the manifest format', () => {
  let validate: ValidateFunction;
  before(() => {
    // Strict, except for two idioms: `required` inside `if`/`oneOf`, and union types such as ["object", "null"].
    validate = new Ajv({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true }).compile(committed);
  });

  it('is the committed file exactly as generated (run `npx tsx scripts/generate-json-schema.ts`)', () => {
    assert.deepEqual(committed, JSON.parse(JSON.stringify(manifestJsonSchema())));
  });

  it('is draft-07 with a description for every key', () => {
    assert.equal(committed.$schema, 'http://json-schema.org/draft-07/schema#');
    const missing: string[] = [];
    // Descends where keys are defined, not into constraints such as `if` that only name them.
    const visit = (node: unknown, at: string): void => {
      if (typeof node !== 'object' || node === null) return;
      const schema = node as Record<string, unknown>;
      for (const [key, value] of Object.entries((schema.properties ?? {}) as Record<string, { description?: string }>)) {
        if (!value.description) missing.push(`${at}/properties/${key}`);
        visit(value, `${at}/properties/${key}`);
      }
      for (const keyword of ['additionalProperties', 'items']) visit(schema[keyword], `${at}/${keyword}`);
      for (const keyword of ['anyOf', 'allOf']) (schema[keyword] as unknown[] | undefined)?.forEach((sub, i) => visit(sub, `${at}/${keyword}/${i}`));
    };
    visit(committed, '#');
    for (const [name, definition] of Object.entries(committed.definitions as Record<string, unknown>)) visit(definition, `#/definitions/${name}`);
    assert.deepEqual(missing, []);
  });

  it('is contributed to YAML tooling for the manifest file names', () => {
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { contributes: { yamlValidation?: unknown } };
    assert.deepEqual(pkg.contributes.yamlValidation, [
      { fileMatch: ['*.org.yaml', '*.org.yml', 'org-manifest.yaml', 'org-manifest.yml'], url: './schemas/org-manifest.schema.json' },
    ]);
  });

  // Fixtures with YAML syntax errors or duplicate keys (ORG001, ORG003) have no JSON reading to judge.
  const judged = FIXTURES.map((fixture) => ({ ...fixture, valid: verdictOf(fixture) })).filter((fixture) => fixture.valid !== undefined);

  it('has fixtures of both kinds to judge it by', () => {
    assert.ok(judged.filter((fixture) => fixture.valid).length >= 10, 'too few valid fixtures');
    assert.ok(judged.filter((fixture) => !fixture.valid).length >= 5, 'too few invalid fixtures');
  });

  for (const fixture of judged) {
    it(`${fixture.valid ? 'accepts' : 'rejects'} ${fixture.name}, as the checker does`, () => {
      assert.equal(validate(parse(fixture.text)), fixture.valid, JSON.stringify(validate.errors));
    });
  }

  for (const fixture of INVALID) {
    it(`rejects: ${fixture.name}`, () => {
      assert.equal(verdictOf(fixture), false, 'the checker finds nothing wrong with this fixture');
      assert.equal(validate(parse(fixture.text)), false);
    });
  }
});

/** True: structurally sound; false: ORG002 or ORG502; undefined: not JSON-like (syntax errors, duplicate keys). */
function verdictOf(fixture: Fixture): boolean | undefined {
  const codes = new Set(diagnose(fixture.text).map((d) => String(d.code)));
  if (codes.has('ORG001') || codes.has('ORG003')) return undefined;
  return !codes.has('ORG002') && !codes.has('ORG502');
}
