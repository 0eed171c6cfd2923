#!/usr/bin/env node
// Runs the editor test suite in VS Code desktop through @vscode/test-electron, for machines that can
// download VS Code (or have one: --vscode-executable). The suite, the workspace copy and the .vsix mode
// are those of the web runner (test/vscode/web/run.mjs), which is the one to use where VS Code cannot be
// downloaded. On Linux it needs a display: xvfb-run -a node test/vscode/electron/run.mjs
//
// Exit code: the suite's (0 passed, non-zero failed), 2 the runner failed, 124 timed out.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { downloadAndUnzipVSCode, resolveCliPathFromVSCodeExecutablePath, runTests, TestRunFailedError } from '@vscode/test-electron';
import { parseOptions, prepareRun, repoRoot, suiteEnv, writeStubExtension } from '../run-common.mjs';

const USAGE = `usage: node test/vscode/electron/run.mjs [--vscode-version VERSION (or VSCODE_TEST_VERSION; stable)]
         [--vscode-executable FILE] [--vsix FILE] [--extension-development-path DIR] [--tests FILE]
         [--workspace DIR] [--grep PATTERN] [--timeout SECONDS (or VSCODE_TEST_TIMEOUT; 300)] [--no-build]`;

let tmp;
let timedOut = false;
// However the run ends, the temp dir goes.
process.on('exit', () => tmp && fs.rmSync(tmp, { recursive: true, force: true }));

try {
  const options = parseOptions(USAGE, { 'vscode-version': { type: 'string' }, 'vscode-executable': { type: 'string' } });
  armTimeout(options.timeout);
  process.exit(await run(options));
} catch (error) {
  if (timedOut) process.exit(124);
  if (error instanceof TestRunFailedError) {
    log(`suite failed (${error.message})`);
    process.exit(error.code || 1);
  }
  log(`runner error: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(2);
}

async function run(options) {
  checkDisplay();
  const prepared = await prepareRun(options);
  tmp = prepared.tmp;
  const executable = options.values['vscode-executable'] ?? (await downloadVSCode(options.values['vscode-version']));
  // Fresh state for each run, as in the web runner.
  const stateArgs = ['--user-data-dir', path.join(tmp, 'user-data'), '--extensions-dir', path.join(tmp, 'extensions')];
  let developmentPath = options.extensionPath;
  let installedIn;
  if (options.vsix) {
    installVsix(executable, stateArgs, options.vsix);
    developmentPath = writeStubExtension(tmp);
    installedIn = path.join(tmp, 'extensions');
  }
  const code = await runTests({
    vscodeExecutablePath: executable,
    extensionDevelopmentPath: developmentPath,
    extensionTestsPath: options.tests,
    extensionTestsEnv: suiteEnv(options, installedIn),
    launchArgs: [prepared.workspace, ...stateArgs, ...launchFlags()],
  });
  log(code === 0 ? 'suite passed' : `suite failed (exit code ${code})`);
  return code;
}

/** Beyond what runTests() passes itself (--no-sandbox, --disable-updates, --skip-welcome, --disable-workspace-trust, ...). */
function launchFlags() {
  return ['--disable-telemetry', ...(process.platform === 'linux' ? ['--disable-gpu'] : [])];
}

function checkDisplay() {
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    throw new Error('no display for VS Code desktop: run under xvfb-run -a, or use test/vscode/web/run.mjs');
  }
}

/** A cached or downloaded VS Code; an unreachable download host fails at once with what to do instead. */
async function downloadVSCode(version = process.env.VSCODE_TEST_VERSION || 'stable') {
  try {
    return await downloadAndUnzipVSCode({ version, cachePath: path.join(repoRoot, '.vscode-test'), timeout: 15_000 });
  } catch (error) {
    throw new Error(
      `cannot download VS Code ${version} (${error instanceof Error ? error.message : String(error)}). ` +
        'Where VS Code cannot be downloaded, run the web runner (node test/vscode/web/install.mjs && ' +
        'node test/vscode/web/run.mjs), or pass --vscode-executable.',
    );
  }
}

function installVsix(executable, stateArgs, vsix) {
  const cli = resolveCliPathFromVSCodeExecutablePath(executable);
  const result = spawnSync(cli, [...stateArgs, '--install-extension', vsix], {
    encoding: 'utf8',
    timeout: 120_000,
    shell: process.platform === 'win32',
  });
  if (result.status !== 0) {
    throw new Error(`installing ${vsix} failed (${result.error?.message ?? `exit ${result.status}`}):\n${result.stdout}${result.stderr}`);
  }
  log(`installed ${vsix}`);
}

/**
 * runTests() has no timeout of its own. At the deadline, do what Ctrl+C does in @vscode/test-electron
 * (its SIGINT handler closes VS Code, a second one kills its process tree), then exit.
 */
function armTimeout(seconds) {
  const timer = setTimeout(() => {
    timedOut = true;
    log(`timed out (--timeout ${seconds} s): closing VS Code`);
    process.emit('SIGINT');
    setTimeout(() => process.emit('SIGINT'), 10_000).unref();
    setTimeout(() => process.exit(124), 15_000).unref();
  }, seconds * 1000);
  timer.unref();
}

function log(message) {
  console.log(`[electron] ${message}`);
}
