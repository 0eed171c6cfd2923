/**
 * The bundled CLI (dist/cli.js) run as a process: output formats, exit codes, path handling.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';

const root = path.join(__dirname, '..', '..');
const CLI = path.join(root, 'dist', 'cli.js');
const fixtures = 'test/cli/fixtures';
const MULTITOOL = path.join(root, 'node_modules', '@microsoft', 'sarif-multitool-linux', 'Sarif.Multitool');

function run(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

interface JsonOutput {
  files: { path: string; diagnostics: { code: string; severity: string; line: number; column: number; docs: string }[] }[];
  summary: { files: number; errors: number; warnings: number; information: number; hints: number };
}

describe('CLI (bundled dist/cli.js)', function () {
  this.timeout(60000);
  before(() => assert.ok(existsSync(CLI), 'run `npm run build` first: dist/cli.js is missing'));

  it('checks the example like a compiler, with a summary, and exits 1 on errors', () => {
    const { status, stdout } = run('check', 'examples/acme.org.yaml');
    assert.equal(status, 1);
    const lines = stdout.trimEnd().split('\n');
    const findings = lines.slice(0, -1);
    assert.ok(findings.length > 0);
    for (const line of findings) assert.match(line, /^examples\/acme\.org\.yaml:\d+:\d+ {2}(error|warning|info|hint) +ORG\d{3} {2}\S/);
    assert.match(lines.at(-1)!, /^\d+ problems \(\d+ errors?(, \d+ warnings?)?(, \d+ info)?(, \d+ hints?)?\) in 1 file\.$/);
  });

  it('exits 0 with "No problems" on a clean manifest', () => {
    const { status, stdout } = run('check', 'examples/minimal.org.yaml');
    assert.equal(status, 0);
    assert.equal(stdout, 'No problems found in 1 file.\n');
  });

  it('searches folders for manifests by name and first line, skipping node_modules and other YAML', () => {
    const { status, stdout } = run('check', '--format', 'json', `${fixtures}/tree`);
    assert.equal(status, 1);
    const output = JSON.parse(stdout) as JsonOutput;
    assert.deepEqual(output.files.map((f) => f.path).sort(), [
      `${fixtures}/tree/clean.org.yaml`,
      `${fixtures}/tree/sub/detected.yaml`,
      `${fixtures}/tree/sub/org-manifest.yml`,
    ]);
    const byPath = new Map(output.files.map((f) => [f.path, f.diagnostics.map((d) => d.code)]));
    assert.deepEqual(byPath.get(`${fixtures}/tree/sub/org-manifest.yml`), ['ORG502']);
    assert.deepEqual(byPath.get(`${fixtures}/tree/sub/detected.yaml`), ['ORG102']);
    assert.deepEqual(output.summary, { files: 3, errors: 1, warnings: 1, information: 0, hints: 0 });
  });

  it('expands globs itself (quoted) and keeps only manifests', () => {
    const { status, stdout } = run('check', '--format=json', `${fixtures}/tree/**/*.yaml`);
    assert.equal(status, 0);
    const output = JSON.parse(stdout) as JsonOutput;
    assert.deepEqual(output.files.map((f) => f.path).sort(), [`${fixtures}/tree/clean.org.yaml`, `${fixtures}/tree/sub/detected.yaml`]);
  });

  it('reports YAML syntax errors as findings (exit 1, not 2)', () => {
    const { status, stdout } = run('check', `${fixtures}/syntax-error.org.yaml`);
    assert.equal(status, 1);
    assert.match(stdout, /ORG001/);
  });

  it('exits 2 with a clear message for paths that do not exist and patterns that match nothing', () => {
    const missing = run('check', 'no/such/file.org.yaml');
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /no\/such\/file\.org\.yaml: no such file or folder/);
    const nothing = run('check', '--format', 'json', 'nowhere/**/*.org.yaml');
    assert.equal(nothing.status, 2);
    assert.match(nothing.stderr, /no manifest matches this pattern/);
    assert.doesNotThrow(() => JSON.parse(nothing.stdout), 'stdout stays valid JSON');
  });

  it('exits 2 on bad usage and 0 on --help', () => {
    for (const args of [[], ['lint', 'x'], ['check'], ['check', '--format', 'xml', 'x'], ['check', '--frmat', 'x']]) {
      const result = run(...args);
      assert.equal(result.status, 2, `args ${args.join(' ')}`);
      assert.match(result.stderr, /Usage: org-manifest check/);
    }
    const help = run('--help');
    assert.equal(help.status, 0);
    assert.match(help.stdout, /--format text\|json\|sarif/);
  });

  it('writes JSON with 1-based positions matching the text output, docs links and a summary', () => {
    const json = JSON.parse(run('check', '--format', 'json', 'examples/acme.org.yaml').stdout) as JsonOutput;
    const text = run('check', 'examples/acme.org.yaml').stdout;
    const [file] = json.files;
    for (const d of file!.diagnostics) {
      assert.ok(text.includes(`examples/acme.org.yaml:${d.line}:${d.column}  `), `${d.code} at ${d.line}:${d.column}`);
      assert.match(d.docs, new RegExp(`docs/rules/${d.code}\\.md$`));
    }
    assert.equal(json.summary.errors, file!.diagnostics.filter((d) => d.severity === 'error').length);
  });

  describe('SARIF 2.1.0', () => {
    let sarifText = '';
    let sarif: {
      version: string;
      runs: {
        tool: { driver: { rules: { id: string; helpUri: string; help: { text: string } }[] } };
        results: { ruleId: string; level: string; locations: { physicalLocation: { region: { startLine: number; startColumn: number } } }[] }[];
      }[];
    };
    before(() => {
      sarifText = run('check', '--format', 'sarif', 'examples/acme.org.yaml').stdout;
      sarif = JSON.parse(sarifText) as typeof sarif;
    });

    it('is valid against the SARIF 2.1.0 JSON schema', () => {
      const schema = JSON.parse(readFileSync(path.join(root, 'node_modules', '@microsoft', 'sarif-multitool-linux', 'sarif-2.1.0.json'), 'utf8')) as object;
      const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
      const validate = ajv.compile(schema);
      assert.ok(validate(sarif), JSON.stringify(validate.errors, null, 2));
    });

    it("passes Microsoft's SARIF multitool validation with no error or warning", function () {
      if (process.platform !== 'linux' || !existsSync(MULTITOOL)) return this.skip();
      const dir = mkdtempSync(path.join(tmpdir(), 'sarif-'));
      try {
        writeFileSync(path.join(dir, 'in.sarif'), sarifText);
        const result = spawnSync(MULTITOOL, ['validate', path.join(dir, 'in.sarif'), '-o', path.join(dir, 'out.sarif')], { encoding: 'utf8', timeout: 120000 });
        assert.equal(result.status, 0, result.stdout + result.stderr);
        const report = JSON.parse(readFileSync(path.join(dir, 'out.sarif'), 'utf8')) as { runs: { results?: { level?: string; message: { text?: string } }[] }[] };
        const problems = (report.runs[0]!.results ?? []).filter((r) => r.level === undefined || r.level === 'error' || r.level === 'warning');
        assert.deepEqual(problems.map((p) => p.message.text), []);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });

    it('has one result per diagnostic, with ruleId, 1-based positions and mapped levels', () => {
      const json = JSON.parse(run('check', '--format', 'json', 'examples/acme.org.yaml').stdout) as JsonOutput;
      const diagnostics = json.files[0]!.diagnostics;
      const results = sarif.runs[0]!.results;
      assert.equal(results.length, diagnostics.length);
      const levels: Record<string, string> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };
      results.forEach((r, i) => {
        const d = diagnostics[i]!;
        assert.equal(r.ruleId, d.code);
        assert.equal(r.level, levels[d.severity]);
        assert.deepEqual(r.locations[0]!.physicalLocation.region.startLine, d.line);
        assert.deepEqual(r.locations[0]!.physicalLocation.region.startColumn, d.column);
      });
      assert.ok(results.some((r) => r.level === 'note'), 'the example has a hint (ORG204), which must be a note');
    });

    it('describes every rule with help text and a help URI', () => {
      const rules = sarif.runs[0]!.tool.driver.rules;
      assert.ok(rules.some((r) => r.id === 'ORG201'));
      for (const rule of rules) {
        assert.match(rule.helpUri, new RegExp(`${rule.id}\\.md$`));
        assert.ok(rule.help.text.length > 10);
      }
    });
  });
});
