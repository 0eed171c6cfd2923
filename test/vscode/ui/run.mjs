#!/usr/bin/env node
// The UI check: installs the packaged extension into code-server as a user would, opens a copy of
// examples/acme.org.yaml in the web workbench (headless Chromium), and works the editor as a person
// does (see scenario.mjs). The screenshots it takes are the README's (docs/images/).
//
// Exit code: 0 passed, 1 a check failed, 2 the runner failed, 124 timed out, 128+n on a signal.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { repoRoot } from '../run-common.mjs';
import { freePort, installVsix, startCodeServer } from '../web/code-server.mjs';
import { chromiumPath, installIsComplete, log, seconds } from '../web/common.mjs';
import { launchChromium, startSession } from '../web/session.mjs';
import { announcedCapabilities } from './capabilities.mjs';
import { saveScreenshots } from './screenshots.mjs';
import { MANIFEST, firstFiveMinutes } from './scenario.mjs';

const USAGE = `usage: node test/vscode/ui/run.mjs [--vsix FILE (org-manifest.vsix; npm run package)]
         [--out DIR (docs/images)] [--timeout SECONDS (240)] [--verbose]`;
/** A fixed window, so that the screenshots always have the same size. */
const VIEWPORT = { width: 1280, height: 800 };
/** The user's settings: a stock VS Code look, and nothing that moves between two screenshots. */
const USER_SETTINGS = {
  'workbench.colorTheme': 'Default Dark Modern',
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'extensions.ignoreRecommendations': true,
  'telemetry.telemetryLevel': 'off',
  'editor.cursorBlinking': 'solid',
};
/** How long one step may wait for the workbench (Playwright's default for every wait). */
const STEP_TIMEOUT_MS = 30_000;

const options = parseOptions();
const session = startSession({ scope: 'ui', timeoutSeconds: options.timeout, resultsDir: path.join(repoRoot, 'test-results') });
const { held, stillRunning } = session;
let workbenchOpen = false;
run().then(
  (skipped) => {
    for (const step of skipped) log('ui', `skipped: ${step}`);
    session.finish(0, 'UI check passed');
  },
  // Once the workbench is open, whatever goes wrong is the check failing; before, it is the runner.
  (error) => session.finish(workbenchOpen ? 1 : 2, `${workbenchOpen ? 'UI check failed' : 'runner error'}: ${error?.stack ?? error}`, true),
);

function parseOptions() {
  try {
    const { values } = parseArgs({
      options: { vsix: { type: 'string' }, out: { type: 'string' }, timeout: { type: 'string' }, verbose: { type: 'boolean' }, help: { type: 'boolean' } },
    });
    if (values.help) {
      console.log(USAGE);
      process.exit(0);
    }
    const timeout = Number(values.timeout ?? 240);
    if (!(timeout > 0)) throw new Error(`--timeout must be a number of seconds, not ${values.timeout}`);
    const vsix = path.resolve(values.vsix ?? path.join(repoRoot, 'org-manifest.vsix'));
    return { vsix, outDir: path.resolve(values.out ?? path.join(repoRoot, 'docs/images')), timeout, verbose: Boolean(values.verbose) };
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    process.exit(2);
  }
}

async function run() {
  if (!installIsComplete()) throw new Error('code-server is not installed: run node test/vscode/web/install.mjs first');
  if (!fs.existsSync(chromiumPath)) throw new Error(`no Chromium at ${chromiumPath}: run node test/vscode/web/install.mjs`);
  if (!fs.existsSync(options.vsix)) throw new Error(`no ${options.vsix}: run npm run package first`);
  held.tmp = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'org-manifest-ui-')));
  const workspace = prepareWorkspace(held.tmp);
  const serverScript = await install(held.tmp);
  const capabilities = await announcedCapabilities(serverScript);

  stillRunning();
  const port = await freePort();
  held.server = startCodeServer({ tmp: held.tmp, port, env: {} });
  await held.server.ready;
  const page = await openWorkbench(port, workspace);
  workbenchOpen = true;
  const { shots, skipped } = await firstFiveMinutes(page, { workspace, capabilities });
  // Only a run that passed updates the README's pictures.
  await saveScreenshots(page.context(), options.outDir, shots);
  return skipped;
}

/** A folder named like a real project, holding a copy of the example (the scenario edits and saves it). */
function prepareWorkspace(tmp) {
  const workspace = path.join(tmp, 'acme-org');
  fs.mkdirSync(workspace);
  fs.copyFileSync(path.join(repoRoot, 'examples', MANIFEST), path.join(workspace, MANIFEST));
  const userDir = path.join(tmp, 'user-data', 'User');
  fs.mkdirSync(userDir, { recursive: true });
  fs.writeFileSync(path.join(userDir, 'settings.json'), `${JSON.stringify(USER_SETTINGS, null, 2)}\n`);
  return workspace;
}

/** Installs the .vsix; resolves with the installed copy's language server, whose capabilities gate the steps. */
async function install(tmp) {
  const begun = Date.now();
  const extensionsDir = await installVsix(tmp, options.vsix);
  const installed = fs.readdirSync(extensionsDir).find((name) => name.startsWith('org-manifest.org-manifest-'));
  if (!installed) throw new Error(`${options.vsix} did not install into ${extensionsDir}`);
  log('ui', `installed ${path.basename(options.vsix)} in ${seconds(Date.now() - begun)}`);
  return path.join(extensionsDir, installed, 'dist', 'server.js');
}

async function openWorkbench(port, workspace) {
  const browser = await launchChromium(session);
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  context.setDefaultTimeout(STEP_TIMEOUT_MS);
  const page = await context.newPage();
  held.page = page;
  page.on('pageerror', (error) => log('workbench', `uncaught: ${error.stack ?? error.message}`));
  if (options.verbose) page.on('console', (message) => log('workbench', `${message.type()}: ${message.text()}`));
  await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`, { waitUntil: 'domcontentloaded', timeout: 60_000 });
  await page.locator('.monaco-workbench .part.editor').waitFor({ timeout: 60_000 });
  return page;
}
