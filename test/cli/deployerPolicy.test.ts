/**
 * `org-manifest deployer-policy FILE` (the bundled dist/cli.js run as a process): the policy on
 * stdout, structural errors on stderr with exit 1, usage and unreadable input with exit 2.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

const root = path.join(__dirname, '..', '..');
const CLI = path.join(root, 'dist', 'cli.js');

function run(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('CLI deployer-policy (bundled dist/cli.js)', function () {
  this.timeout(60000);
  let folder: string;
  before(() => {
    assert.ok(existsSync(CLI), 'run `npm run build` first: dist/cli.js is missing');
    folder = mkdtempSync(path.join(tmpdir(), 'org-manifest-policy-'));
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  const write = (name: string, text: string): string => {
    const file = path.join(folder, name);
    writeFileSync(file, text);
    return file;
  };

  it('prints the policy of the example manifest as JSON and exits 0, even though the file has other findings', () => {
    const { status, stdout, stderr } = run('deployer-policy', 'examples/acme.org.yaml');
    assert.equal(status, 0, stderr);
    assert.equal(stderr, '');
    const policy = JSON.parse(stdout) as { Version: string; Statement: { Sid: string; Action: string[] }[] };
    assert.equal(policy.Version, '2012-10-17');
    assert.ok(policy.Statement.some((s) => s.Sid === 'EnableTrustedAccess' && s.Action.includes('organizations:EnableAWSServiceAccess')));
    assert.ok(stdout.endsWith('}\n'));
  });

  it('prints an empty statement list, and says why on stderr, when nothing is needed', () => {
    const { status, stdout, stderr } = run('deployer-policy', 'examples/minimal.org.yaml');
    assert.equal(status, 0);
    assert.deepEqual(JSON.parse(stdout), { Version: '2012-10-17', Statement: [] });
    assert.match(stderr, /needs no Organizations permissions/);
  });

  it('exits 1 without a policy when syntax or structure errors could hide parts of the manifest', () => {
    const file = write('broken.org.yaml', 'apiVersion: orgmanifest/v1\norganization: { featureSet: ALL, managementAccount: m }\naccounts:\n  m: { id: "111111111111" }\ntrustedAccess:\n  sso.amazonaws.com: { enabled: [ }\n');
    const { status, stdout, stderr } = run('deployer-policy', file);
    assert.equal(status, 1);
    assert.equal(stdout, '');
    assert.match(stderr, /broken\.org\.yaml:6:\d+ +error +ORG001 +YAML syntax error/);
    assert.match(stderr, /no deployer policy: fix the errors above first/);
  });

  it('exits 2 for a file that cannot be read, and for bad usage', () => {
    const missing = run('deployer-policy', 'no/such/file.org.yaml');
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /^org-manifest: no\/such\/file\.org\.yaml: cannot read this file/);
    for (const args of [['deployer-policy'], ['deployer-policy', 'a.org.yaml', 'b.org.yaml'], ['deployer-policy', '--format', 'json', 'a.org.yaml']]) {
      const usage = run(...args);
      assert.equal(usage.status, 2, args.join(' '));
      assert.match(usage.stderr, /Usage: org-manifest deployer-policy FILE/);
    }
  });

  it('is described in --help', () => {
    const { status, stdout } = run('deployer-policy', '--help');
    assert.equal(status, 0);
    assert.match(stdout, /org-manifest deployer-policy FILE/);
  });
});
