// Shared by install.mjs and run.mjs: where things live, and a bounded way to run a child process.
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

export const CODE_SERVER_VERSION = '4.100.3';
export const DEBIAN_PACKAGES = ['libkrb5-dev', 'ripgrep', 'chromium'];

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** The npm prefix code-server is installed into; CODE_SERVER_CACHE moves it (e.g. to a cache kept across CI runs). */
export const cacheDir = path.resolve(process.env.CODE_SERVER_CACHE || path.join(repoRoot, '.vscode-test/code-server'));
export const codeServerDir = path.join(cacheDir, 'node_modules/code-server');
export const codeServerEntry = path.join(codeServerDir, 'out/node/entry.js');
export const markerFile = path.join(cacheDir, '.install-complete.json');

export const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** What a finished install must match; a different Node ABI means the native modules must be rebuilt. */
export function expectedMarker() {
  return {
    codeServer: CODE_SERVER_VERSION,
    nodeAbi: process.versions.modules,
    platform: `${process.platform}-${process.arch}`,
  };
}

/** @returns {boolean} whether the marker of a complete install matches this machine's Node and the pinned version. */
export function installIsComplete() {
  if (!existsSync(markerFile) || !existsSync(codeServerEntry)) return false;
  try {
    const marker = JSON.parse(readFileSync(markerFile, 'utf8'));
    return Object.entries(expectedMarker()).every(([key, value]) => marker[key] === value);
  } catch {
    return false;
  }
}

export function log(scope, message) {
  console.log(`[${scope}] ${message}`);
}

export function seconds(ms) {
  return `${(ms / 1000).toFixed(1)}s`;
}

/** Kills a whole process group: SIGTERM, then SIGKILL if it is still there after `graceMs`. */
export async function killGroup(pid, graceMs = 3000) {
  if (!pid || !groupAlive(pid)) return;
  signalGroup(pid, 'SIGTERM');
  const deadline = Date.now() + graceMs;
  while (Date.now() < deadline && groupAlive(pid)) await new Promise((resolve) => setTimeout(resolve, 50));
  if (groupAlive(pid)) signalGroup(pid, 'SIGKILL');
}

export function signalGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
  } catch {
    // ESRCH: the group is already gone.
  }
}

function groupAlive(pid) {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Child process groups still running; killed by the callers' signal handlers. */
export const activeGroups = new Set();

/**
 * Runs a command in its own process group, with its output appended to `logFile` (and echoed when `echo`),
 * and kills the group when it outlives `timeoutMs`. Resolves on exit code 0, rejects otherwise.
 * @param {string} command
 * @param {string[]} args
 * @param {{ cwd?: string, env?: NodeJS.ProcessEnv, timeoutMs: number, logFile: string, echo?: boolean }} options
 */
export function runBounded(command, args, { cwd, env, timeoutMs, logFile, echo = false }) {
  return new Promise((resolve, reject) => {
    const out = createWriteStream(logFile, { flags: 'a' });
    out.write(`\n$ (cd ${cwd ?? process.cwd()} && ${command} ${args.join(' ')})\n`);
    const child = spawn(command, args, { cwd, env: env ?? process.env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    activeGroups.add(child.pid);
    for (const stream of [child.stdout, child.stderr]) {
      stream.on('data', (chunk) => {
        out.write(chunk);
        if (echo) process.stdout.write(chunk);
      });
    }
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      void killGroup(child.pid);
    }, timeoutMs);
    const finish = (error) => {
      clearTimeout(timer);
      activeGroups.delete(child.pid);
      out.end(() => (error ? reject(error) : resolve()));
    };
    child.on('error', (error) => finish(error));
    child.on('close', (code, signal) => {
      if (timedOut) finish(new Error(`timed out after ${seconds(timeoutMs)}: ${command} ${args.join(' ')}`));
      else if (code !== 0) finish(new Error(`exited with ${code ?? signal}: ${command} ${args.join(' ')}`));
      else finish();
    });
  });
}

/** The last `lines` lines of a text file, for error reports. */
export function tail(file, lines = 40) {
  if (!existsSync(file)) return '';
  return readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
}
