// One browser run against code-server (the test suite's, or the UI check's) and the guarantees around
// it: whatever ends the run — its result, its deadline, a signal, an unexpected error — ends it once,
// saves evidence when it failed, closes the browser, kills code-server's process group and every child
// group still running, removes the temp dir, and exits with the run's code.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { chromium } from 'playwright-core';
import { activeGroups, chromiumPath, killGroup, log, seconds, signalGroup } from './common.mjs';

const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage',
];

/**
 * Starts guarding the process for a run named `scope` (also the prefix of its evidence files).
 * `session.held` is filled in by the caller as the run goes (tmp, server, browser, page); `finish()`
 * ends the run; `stillRunning()` throws once it is ending, so that nothing new starts.
 * @param {{ scope: string, timeoutSeconds: number, resultsDir: string }} options
 */
export function startSession({ scope, timeoutSeconds, resultsDir }) {
  const held = { tmp: undefined, server: undefined, browser: undefined, page: undefined };
  const started = Date.now();
  let cleaning;
  const finish = (code, why, failed = false) => {
    if (cleaning) return;
    clearTimeout(timer);
    log(scope, `${why} (${seconds(Date.now() - started)} in all)`);
    cleaning = cleanup(held, failed && { scope, resultsDir }).finally(() => process.exit(code));
  };
  const timer = setTimeout(() => finish(124, `timed out (--timeout ${timeoutSeconds} s)`, true), timeoutSeconds * 1000);
  for (const [signal, number] of [['SIGHUP', 1], ['SIGINT', 2], ['SIGTERM', 15]]) {
    process.on(signal, () => finish(128 + number, `${signal} received`));
  }
  process.on('uncaughtException', (error) => finish(2, `unexpected error: ${error.stack ?? error}`, true));
  process.on('unhandledRejection', (error) => finish(2, `unexpected rejection: ${error?.stack ?? error}`, true));
  // Last resort if the process exits without cleanup(): never leave a server behind. On SIGINT and SIGTERM
  // this is what ends code-server: once Chromium runs, Playwright's own handler (it removes its temp
  // profile) exits the process at once, before the asynchronous cleanup() gets far.
  process.on('exit', () => {
    for (const pid of [held.server?.pid, ...activeGroups]) if (pid) signalGroup(pid, 'SIGKILL');
    if (held.tmp) fs.rmSync(held.tmp, { recursive: true, force: true });
  });
  const stillRunning = () => {
    if (cleaning) throw new Error('the run is ending');
  };
  return { held, finish, stillRunning };
}

/** Headless Chromium with a fresh profile; signals are the session's to handle, not Playwright's. */
export async function launchChromium(session) {
  const signals = { handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false };
  session.held.browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: CHROMIUM_ARGS, timeout: 60_000, ...signals });
  session.stillRunning();
  return session.held.browser;
}

async function cleanup(held, evidence) {
  if (evidence) await saveEvidence(held, evidence);
  // activeGroups: a `code-server --install-extension` (or other child) still running.
  await Promise.all([bounded(held.browser?.close(), 10_000), held.server?.stop(), ...[...activeGroups].map((pid) => killGroup(pid))]);
  if (held.tmp) fs.rmSync(held.tmp, { recursive: true, force: true });
  held.tmp = undefined;
}

/** A screenshot of the page and code-server's log, for a failed run. */
async function saveEvidence(held, { scope, resultsDir }) {
  fs.mkdirSync(resultsDir, { recursive: true });
  if (held.page) {
    const file = path.join(resultsDir, `vscode-${scope}-failure.png`);
    await bounded(held.page.screenshot({ path: file, timeout: 10_000 }).then(() => log(scope, `screenshot: ${file}`)), 15_000);
  }
  if (held.server && fs.existsSync(held.server.logFile)) {
    const file = path.join(resultsDir, `vscode-${scope}-code-server.log`);
    fs.copyFileSync(held.server.logFile, file);
    log(scope, `code-server log: ${file}`);
  }
}

/** Waits for `promise` at most `ms`, never throwing: cleanup must go on whatever happens. */
export function bounded(promise, ms) {
  let timeout;
  return Promise.race([
    Promise.resolve(promise).catch(() => undefined),
    new Promise((resolve) => {
      timeout = setTimeout(resolve, ms);
    }),
  ]).finally(() => clearTimeout(timeout));
}
