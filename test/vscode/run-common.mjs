// What the web and the Electron runners share: their options, the run's temp dir with a fresh copy of
// the test workspace, the bundled suite, and the stub extension of the .vsix mode.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildSuite, suiteEntry } from './build-suite.mjs';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const COMMON_OPTIONS = {
  vsix: { type: 'string' },
  'extension-development-path': { type: 'string' },
  tests: { type: 'string' },
  workspace: { type: 'string' },
  grep: { type: 'string' },
  timeout: { type: 'string' },
  'no-build': { type: 'boolean' },
  help: { type: 'boolean' },
};

/**
 * Parses the runners' shared options plus `extra` ones (parseArgs specs). With --help, prints `usage`.
 * @param {string} usage
 * @param {Record<string, { type: 'string' | 'boolean' }>} extra
 */
export function parseOptions(usage, extra = {}) {
  const { values } = parseArgs({ options: { ...COMMON_OPTIONS, ...extra } });
  if (values.help) {
    console.log(usage);
    process.exit(0);
  }
  const timeout = Number(values.timeout ?? process.env.VSCODE_TEST_TIMEOUT ?? 300);
  if (!(timeout > 0)) throw new Error(`--timeout must be a number of seconds, not ${values.timeout}`);
  const tests = values.tests ? path.resolve(values.tests) : suiteEntry;
  return {
    values,
    vsix: values.vsix && path.resolve(values.vsix),
    extensionPath: path.resolve(values['extension-development-path'] ?? repoRoot),
    tests,
    build: !values['no-build'] && tests === suiteEntry,
    workspace: path.resolve(values.workspace ?? path.join(repoRoot, 'test/vscode/workspace')),
    grep: values.grep,
    timeout,
  };
}

/** Builds the suite if it is ours, checks the inputs, and makes the run's temp dir with a workspace copy. */
export async function prepareRun(options) {
  if (options.vsix && !fs.existsSync(options.vsix)) throw new Error(`no such .vsix: ${options.vsix}`);
  if (!options.vsix && !fs.existsSync(path.join(options.extensionPath, 'package.json'))) {
    throw new Error(`no package.json in the extension development path ${options.extensionPath}`);
  }
  if (options.build) await buildSuite();
  if (!fs.existsSync(options.tests)) throw new Error(`no test entry ${options.tests}`);
  const tmp = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'org-manifest-vscode-')));
  // Tests may edit and save files: they get a copy, never the fixtures themselves.
  const workspace = path.join(tmp, 'workspace');
  fs.cpSync(options.workspace, workspace, { recursive: true });
  return { tmp, workspace };
}

/**
 * Tests run only in an Extension Development Host: to test an installed .vsix, an empty extension
 * makes one without loading ours a second time from the sources.
 */
export function writeStubExtension(tmp) {
  const stub = path.join(tmp, 'stub-extension');
  fs.mkdirSync(stub, { recursive: true });
  const manifest = { name: 'vsix-test-host', publisher: 'org-manifest-tests', version: '0.0.0', engines: { vscode: '*' } };
  fs.writeFileSync(path.join(stub, 'package.json'), JSON.stringify(manifest));
  return stub;
}

/** The variables the suite reads (see suite/index.ts and suite/smoke.test.ts). */
export function suiteEnv(options, installedIn) {
  return {
    ...(options.grep ? { MOCHA_GREP: options.grep } : {}),
    ...(installedIn ? { ORG_MANIFEST_EXPECT_INSTALLED_IN: installedIn } : {}),
  };
}
