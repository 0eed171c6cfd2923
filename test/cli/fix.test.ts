/**
 * `org-manifest check --fix` (the bundled dist/cli.js): fixes in place, atomically, only when the
 * result is better, then reports what remains.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

const root = path.join(__dirname, '..', '..');
const CLI = path.join(root, 'dist', 'cli.js');

function run(cwd: string, ...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const fixable = `apiVersion: orgmanifest/v1
organization:
  featureSet: ALL
  currentFeatureSet: CONSOLIDATED_BILLING
  managementAccount: management
accounts:
  management:
    id: 011111111111        # leading zero
  payments:                 # invited
    id: "222222222222"
    joined: invited
  research:
    id: "333333333333"
    joined: invited
    serviceLinkedRoles: { AWSServiceRoleForOrganisations: present }
    administrator:
      permissions: [organizations:AcceptHandshake]
`;

const fixed = fixable
  .replace('id: 011111111111', 'id: "011111111111"')
  .replace('    joined: invited\n  research:', '    joined: invited\n    administrator:\n      permissions: [organizations:AcceptHandshake]\n  research:');

describe('CLI check --fix (bundled dist/cli.js)', function () {
  this.timeout(60000);
  let dir = '';
  before(() => assert.ok(existsSync(CLI), 'run `npm run build` first: dist/cli.js is missing'));
  beforeEach(() => (dir = mkdtempSync(path.join(tmpdir(), 'org-manifest-fix-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the safe fixes in place, says so on stderr, reports what remains, and keeps the file mode', () => {
    const file = path.join(dir, 'org.org.yaml');
    writeFileSync(file, fixable);
    chmodSync(file, 0o640);
    const result = run(dir, 'check', '--fix', 'org.org.yaml');
    assert.equal(readFileSync(file, 'utf8'), fixed);
    assert.equal(statSync(file).mode & 0o777, 0o640);
    assert.match(result.stderr, /org\.org\.yaml: fixed 2 problems/);
    assert.match(result.stdout, /^org\.org\.yaml:17:27 {2}warning +ORG104 /m);
    assert.equal(result.status, 0, 'only a warning remains');
    assert.deepEqual(readdirSync(dir), ['org.org.yaml'], 'no temporary file is left behind');
  });

  it('keeps CRLF line endings and the byte order mark, and writes through a symbolic link', () => {
    const target = path.join(dir, 'real.org.yaml');
    writeFileSync(target, `\uFEFF${fixable.replace(/\n/g, '\r\n')}`);
    symlinkSync(target, path.join(dir, 'link.org.yaml'));
    run(dir, 'check', '--fix', 'link.org.yaml');
    assert.ok(lstatSync(path.join(dir, 'link.org.yaml')).isSymbolicLink());
    assert.equal(readFileSync(target, 'utf8'), `\uFEFF${fixed.replace(/\n/g, '\r\n')}`);
  });

  it('keeps stdout parseable in JSON and reports the findings of the fixed file', () => {
    writeFileSync(path.join(dir, 'org.org.yaml'), fixable);
    const result = run(dir, 'check', '--fix', '--format', 'json', 'org.org.yaml');
    const output = JSON.parse(result.stdout) as { files: { diagnostics: { code: string }[] }[] };
    assert.deepEqual(output.files[0]!.diagnostics.map((d) => d.code), ['ORG104']);
  });

  it('leaves a file alone when the fixes would not leave fewer findings', () => {
    // Correcting the principal's case (ORG301) makes it IPAM, which is enabled from IPAM itself (ORG306): no fewer findings.
    const text = `apiVersion: orgmanifest/v1\norganization:\n  featureSet: ALL\n  managementAccount: management\naccounts:\n  management:\n    id: "111111111111"\ntrustedAccess:\n  IPAM.amazonaws.com: {}\n`;
    const file = path.join(dir, 'org.org.yaml');
    writeFileSync(file, text);
    const result = run(dir, 'check', '--fix', 'org.org.yaml');
    assert.equal(readFileSync(file, 'utf8'), text);
    assert.match(result.stderr, /org\.org\.yaml: fixes not written: the fixes would not reduce the findings/);
    assert.match(result.stdout, /ORG301/);
    assert.equal(result.status, 1);
  });

  it('does not replace a read-only file, even where the folder and the user (root) could', () => {
    const file = path.join(dir, 'locked.org.yaml');
    writeFileSync(file, fixable);
    chmodSync(file, 0o444);
    const result = run(dir, 'check', '--fix', 'locked.org.yaml');
    assert.equal(readFileSync(file, 'utf8'), fixable);
    assert.equal(statSync(file).mode & 0o777, 0o444);
    assert.match(result.stderr, /locked\.org\.yaml: cannot write the fixes \(the file is read-only\)/);
    assert.equal(result.status, 2);
    assert.deepEqual(readdirSync(dir).sort(), ['locked.org.yaml'], 'no temporary file is left behind');
  });

  it('changes nothing, and says nothing about fixing, when there is nothing to fix', () => {
    const file = path.join(dir, 'clean.org.yaml');
    writeFileSync(file, fixed.replace('AWSServiceRoleForOrganisations', 'AWSServiceRoleForOrganizations'));
    const before = statSync(file).mtimeMs;
    const result = run(dir, 'check', '--fix', 'clean.org.yaml');
    assert.equal(result.status, 0);
    assert.equal(result.stderr, '');
    assert.equal(statSync(file).mtimeMs, before);
  });

  it('lists --fix in the usage', () => {
    assert.match(run(dir, '--help').stdout, /check \[--format text\|json\|sarif\] \[--fix\] PATH\.\.\./);
  });
});
