#!/usr/bin/env node
// Runs the editor test suite inside a real VS Code: code-server's web workbench in headless Chromium.
// The suite (a mocha run() module) runs in the extension host; its console output comes back through
// window.codeAutomationLog and its result through window.codeAutomationExit (see shared/vscode-e2e.md).
//
// Options: see USAGE below. Without --vsix the extension is loaded from its sources (the repository root);
// with --vsix it is installed from the package as a user would, and an empty stub is the development path.
//
// Exit code: the suite's (0 passed, 1 failed), 2 the runner failed, 124 timed out, 128+n on a signal.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { format } from 'node:util';
import { parseOptions, prepareRun, repoRoot, suiteEnv, writeStubExtension } from '../run-common.mjs';
import { freePort, installVsix, startCodeServer } from './code-server.mjs';
import { chromiumPath, installIsComplete, log, seconds } from './common.mjs';
import { launchChromium, startSession } from './session.mjs';

const USAGE = `usage: node test/vscode/web/run.mjs [--vsix FILE] [--extension-development-path DIR] [--tests FILE]
         [--workspace DIR] [--grep PATTERN] [--timeout SECONDS (or VSCODE_TEST_TIMEOUT; 300)] [--no-build] [--verbose]`;
/** Prefixed by the suite (index.ts) to the extension host's console output; see printLog(). */
const OUTPUT_TAG = '\u001e';

let options;
try {
  options = { ...parseOptions(USAGE, { verbose: { type: 'boolean' } }) };
  options.verbose = Boolean(options.values.verbose);
} catch (error) {
  console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  process.exit(2);
}
const session = startSession({ scope: 'web', timeoutSeconds: options.timeout, resultsDir: path.join(repoRoot, 'test-results') });
const { held, stillRunning } = session;
run().then(
  (code) => session.finish(code, code === 0 ? 'suite passed' : `suite failed (exit code ${code})`, code !== 0),
  (error) => session.finish(2, `runner error: ${error instanceof Error ? error.message : String(error)}`, true),
);

async function run() {
  if (!installIsComplete()) throw new Error('code-server is not installed: run node test/vscode/web/install.mjs first');
  if (!fs.existsSync(chromiumPath)) throw new Error(`no Chromium at ${chromiumPath}: run node test/vscode/web/install.mjs`);
  const prepared = await prepareRun(options);
  held.tmp = prepared.tmp;
  const { developmentPath, env } = await prepareExtension();

  const port = await freePort();
  const serverStart = Date.now();
  stillRunning();
  held.server = startCodeServer({ tmp: held.tmp, port, env });
  await held.server.ready;
  log('web', `code-server ready on 127.0.0.1:${port} in ${seconds(Date.now() - serverStart)}`);
  stillRunning();
  const page = await openWorkbench(port, prepared.workspace, developmentPath);
  const code = await Promise.race([
    page.exitCode,
    held.server.exited.then((why) => Promise.reject(new Error(`code-server exited (${why}) during the run`))),
  ]);
  return typeof code === 'number' ? code : 2;
}

/** The development path, and the suite's environment, for the two modes. */
async function prepareExtension() {
  if (!options.vsix) {
    return { developmentPath: options.extensionPath, env: { ORG_MANIFEST_OUTPUT_TAG: OUTPUT_TAG, ...suiteEnv(options) } };
  }
  const begun = Date.now();
  const extensionsDir = await installVsix(held.tmp, options.vsix);
  log('web', `installed ${options.vsix} in ${seconds(Date.now() - begun)}`);
  return {
    developmentPath: writeStubExtension(held.tmp),
    env: { ORG_MANIFEST_OUTPUT_TAG: OUTPUT_TAG, ...suiteEnv(options, extensionsDir) },
  };
}

async function openWorkbench(port, workspace, developmentPath) {
  const browser = await launchChromium(session);
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  let settle;
  const exitCode = new Promise((resolve, reject) => {
    settle = { resolve, reject };
  });
  await context.exposeFunction('codeAutomationLog', (type, args) => printLog(type, args));
  await context.exposeFunction('codeAutomationExit', (code) => settle.resolve(code));
  browser.on('disconnected', () => settle.reject(new Error('the browser went away')));
  const page = await context.newPage();
  held.page = page;
  page.on('crash', () => settle.reject(new Error('the workbench page crashed')));
  page.on('console', (message) => printConsole(message.type(), message.text()));
  page.on('pageerror', (error) => log('workbench', `uncaught: ${error.stack ?? error.message}`));

  const remote = (file) => `vscode-remote://127.0.0.1:${port}${pathToFileURL(file).pathname}`;
  const payload = [
    ['extensionDevelopmentPath', remote(developmentPath)],
    ['extensionTestsPath', remote(options.tests)],
    ['skipWelcome', 'true'],
  ];
  const url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  log('web', `opening the workbench on ${workspace}`);
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });
  return { exitCode };
}

/**
 * A line from codeAutomationLog: the suite's output (tagged) as it is; the workbench's own log lines
 * only when they are warnings or errors, or with --verbose.
 */
function printLog(type, args) {
  const line = format(...(Array.isArray(args) ? args : [args]));
  if (line.startsWith(OUTPUT_TAG)) console.log(line.slice(OUTPUT_TAG.length));
  else if (options.verbose || type !== 'info') printWorkbench(type, line);
}

/**
 * The page's console repeats the workbench log (type 'log'), but only it shows some failures, such as
 * an extension that fails to activate. Resource 404s are the workbench probing for optional files.
 */
function printConsole(type, text) {
  if (type === 'error' && !text.startsWith('Failed to load resource')) printWorkbench(type, text);
  else if (options.verbose && type !== 'log') printWorkbench(type, text);
}

/** The workbench reports one error on several channels (e.g. run()'s rejection, three times): print it once. */
const printedWorkbenchLines = new Set();
function printWorkbench(type, text) {
  const plain = text.replace(/^%c\s*\w+\s+color: #\w+\s*/, '').trimEnd();
  if (printedWorkbenchLines.has(plain)) return;
  printedWorkbenchLines.add(plain);
  log('workbench', `${type}: ${plain}`);
}
