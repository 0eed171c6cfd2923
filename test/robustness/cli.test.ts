/**
 * The bundled CLI (dist/cli.js) on bad input (issue #9): every corpus case exits 1 (findings) or 2
 * (not checkable) with a clear message and never a stack trace; files and folders it cannot read,
 * symbolic link loops, folders where a file was expected, FIFOs. Run `npm run build` first.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { BASE, CORPUS } from './corpus';

const CLI = path.join(__dirname, '..', '..', 'dist', 'cli.js');
const NOBODY = 65534;

interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function run(cwd: string, args: readonly string[], asNobody = false): Run {
  // Root reads every file whatever its permission bits: permission tests run as `nobody`.
  const command = asNobody && process.getuid?.() === 0 ? ['setpriv', `--reuid=${NOBODY}`, `--regid=${NOBODY}`, '--clear-groups', process.execPath] : [process.execPath];
  const result = spawnSync(command[0]!, [...command.slice(1), CLI, 'check', ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 120_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function assertNoStackTrace(result: Run): void {
  assert.doesNotMatch(result.stdout + result.stderr, /\n\s+at .+:\d+:\d+/, 'no stack trace');
}

/** Whether permission bits can be tested here: not root, or root with `setpriv` to drop to nobody. */
function canDropPrivileges(): boolean {
  if (process.getuid?.() !== 0) return true;
  return spawnSync('setpriv', [`--reuid=${NOBODY}`, `--regid=${NOBODY}`, '--clear-groups', 'true']).status === 0;
}

describe('CLI on bad input (bundled dist/cli.js)', function () {
  this.timeout(300_000);
  let dir: string;

  before(function () {
    assert.ok(existsSync(CLI), 'run `npm run build` first: dist/cli.js is missing');
    dir = mkdtempSync(path.join(tmpdir(), 'org-manifest-cli-'));
    chmodSync(dir, 0o755);
  });
  after(() => {
    // Make everything removable again before removing it.
    spawnSync('chmod', ['-R', 'u+rwx', dir]);
    rmSync(dir, { recursive: true, force: true });
  });

  for (const entry of CORPUS) {
    it(`${entry.name}: exits ${entry.cli.status}${entry.cli.stderr ? ' saying why' : ' with its findings'}`, () => {
      writeFileSync(path.join(dir, entry.name), entry.bytes());
      const result = run(dir, [entry.name]);
      try {
        assert.equal(result.status, entry.cli.status, result.stderr || result.stdout.slice(0, 500));
        if (entry.cli.stderr) assert.match(result.stderr, new RegExp(`^org-manifest: ${entry.name.replace(/\./g, '\\.')}: .*${entry.cli.stderr.source}`, 'm'));
        else assert.match(result.stdout, /\d+ problems? \(/);
        assertNoStackTrace(result);
      } finally {
        rmSync(path.join(dir, entry.name));
      }
    });
  }

  it('refuses UTF-16 text, saying how to fix it', () => {
    writeFileSync(path.join(dir, 'utf16.org.yaml'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(BASE, 'utf16le')]));
    const result = run(dir, ['utf16.org.yaml']);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /utf16\.org\.yaml: not checked: this file is UTF-16 text .*save it as UTF-8/);
  });

  it('reports a file it cannot read, and still checks the others', function () {
    if (!canDropPrivileges()) this.skip(); // running as root without setpriv: permission bits cannot be tested
    const root = mkdirIn(dir, 'unreadable-file');
    writeFileSync(path.join(root, 'secret.org.yaml'), BASE, { mode: 0o000 });
    writeFileSync(path.join(root, 'open.org.yaml'), BASE, { mode: 0o644 });
    const result = run(root, ['secret.org.yaml', 'open.org.yaml'], true);
    assert.equal(result.status, 2, result.stderr);
    assert.match(result.stderr, /^org-manifest: secret\.org\.yaml: cannot read this file \(permission denied\)$/m);
    assert.match(result.stdout, /^open\.org\.yaml:9:9 +error +ORG502/m);
    assertNoStackTrace(result);
  });

  it('reports a folder it cannot enter, whether named or met while searching, and checks the rest', function () {
    if (!canDropPrivileges()) this.skip();
    const root = mkdirIn(dir, 'locked-folder');
    const locked = mkdirIn(root, 'locked');
    writeFileSync(path.join(locked, 'hidden.org.yaml'), BASE);
    writeFileSync(path.join(root, 'visible.org.yaml'), BASE);
    chmodSync(locked, 0o000);
    for (const args of [['.'], ['**/*.org.yaml'], ['locked']]) {
      const result = run(root, args, true);
      assert.equal(result.status, 2, `${args}: ${result.stderr}`);
      assert.match(result.stderr, /^org-manifest: locked: cannot read this folder \(permission denied\)$/m, String(args));
      if (args[0] !== 'locked') assert.match(result.stdout, /^visible\.org\.yaml:9:9/m);
      assertNoStackTrace(result);
    }
  });

  it('does not follow symbolic link loops: named, it says so; met while searching, it skips them', () => {
    const root = mkdirIn(dir, 'loops');
    symlinkSync('b.org.yaml', path.join(root, 'a.org.yaml'));
    symlinkSync('a.org.yaml', path.join(root, 'b.org.yaml'));
    symlinkSync('.', path.join(root, 'self'));
    writeFileSync(path.join(root, 'real.org.yaml'), BASE);
    const named = run(root, ['a.org.yaml']);
    assert.equal(named.status, 2);
    assert.match(named.stderr, /^org-manifest: a\.org\.yaml: cannot read this path \(a symbolic link loop\)$/m);
    const searched = run(root, ['.']);
    assert.equal(searched.status, 1, searched.stderr);
    assert.match(searched.stdout, /in 1 file\.$/m);
    assertNoStackTrace(named);
    assertNoStackTrace(searched);
  });

  it('says so when a path is a folder with no manifest, or not a file at all (a FIFO is never read)', () => {
    const root = mkdirIn(dir, 'shapes');
    mkdirIn(root, 'looks-like.org.yaml');
    const folder = run(root, ['looks-like.org.yaml']);
    assert.equal(folder.status, 2);
    assert.match(folder.stderr, /^org-manifest: looks-like\.org\.yaml: no manifest in this folder$/m);
    if (spawnSync('mkfifo', [path.join(root, 'pipe.org.yaml')]).status === 0) {
      const fifo = run(root, ['pipe.org.yaml']);
      assert.equal(fifo.status, 2);
      assert.match(fifo.stderr, /^org-manifest: pipe\.org\.yaml: is not a regular file or folder$/m);
    }
  });
});

describe('CLI --fix on a file it may not write (bundled dist/cli.js)', function () {
  this.timeout(120_000);

  it('writes nothing, not even partly, and says why (run as an unprivileged user)', function () {
    if (!canDropPrivileges()) this.skip(); // running as root without setpriv: permission bits cannot be tested
    const dir = mkdtempSync(path.join(tmpdir(), 'org-manifest-fix-'));
    try {
      chmodSync(dir, 0o755);
      const file = path.join(dir, 'read-only.org.yaml');
      writeFileSync(file, BASE, { mode: 0o444 });
      const result = run(dir, ['--fix', 'read-only.org.yaml'], true);
      assert.equal(result.status, 2, result.stderr);
      assert.match(result.stderr, /^org-manifest: read-only\.org\.yaml: cannot write the fixes \(permission denied\)$/m);
      assert.match(result.stdout, /^read-only\.org\.yaml:9:9 +error +ORG502/m, 'the unfixed finding is still reported');
      assert.equal(readFileSync(file, 'utf8'), BASE);
      assert.deepEqual(readdirSync(dir), ['read-only.org.yaml'], 'no temporary file is left behind');
      assertNoStackTrace(result);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

function mkdirIn(parent: string, name: string): string {
  const folder = path.join(parent, name);
  mkdirSync(folder, { recursive: true, mode: 0o755 });
  chmodSync(folder, 0o755);
  return folder;
}

