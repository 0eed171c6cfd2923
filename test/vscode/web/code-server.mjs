// Starting and stopping code-server for one test run: fresh state under a temp dir, loopback only,
// its own process group (ended by id), no extension gallery.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as net from 'node:net';
import * as path from 'node:path';
import { codeServerEntry, killGroup, runBounded, seconds, tail } from './common.mjs';

/** The environment code-server (and so the extension host and the suite) runs with. */
function serverEnv(tmp, extra) {
  // Variables of an enclosing VS Code (its terminal's IPC hooks) would make code-server act as its CLI.
  const inherited = Object.entries(process.env).filter(([key]) => !key.startsWith('VSCODE_') && key !== 'ELECTRON_RUN_AS_NODE');
  // VS Code leaves IPC sockets (vscode-ipc-*.sock, vscode-git-*.sock) in the temp dir: keep them in ours.
  const tmpdir = path.join(tmp, 'tmp');
  fs.mkdirSync(tmpdir, { recursive: true });
  return { ...Object.fromEntries(inherited), TMPDIR: tmpdir, EXTENSIONS_GALLERY: '{"serviceUrl":""}', ...extra };
}

function stateArgs(tmp) {
  return ['--user-data-dir', path.join(tmp, 'user-data'), '--extensions-dir', path.join(tmp, 'extensions')];
}

/** Installs a packaged extension into this run's extensions dir, as a user would. */
export async function installVsix(tmp, vsix, timeoutMs = 120_000) {
  const logFile = path.join(tmp, 'install-extension.log');
  try {
    await runBounded(process.execPath, [codeServerEntry, ...stateArgs(tmp), '--install-extension', vsix], {
      env: serverEnv(tmp, {}),
      timeoutMs,
      logFile,
    });
  } catch (error) {
    throw new Error(`installing ${vsix} failed: ${error instanceof Error ? error.message : String(error)}\n${tail(logFile)}`);
  }
  return path.join(tmp, 'extensions');
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts code-server. The handle is returned at once, so that a run interrupted while the server boots
 * can still stop it: `ready` resolves once /healthz answers, `exited` when the server exits, and
 * `stop()` ends its whole process group.
 * @param {{ tmp: string, port: number, env: Record<string, string>, readyTimeoutMs?: number }} options
 */
export function startCodeServer({ tmp, port, env, readyTimeoutMs = 60_000 }) {
  const logFile = path.join(tmp, 'code-server.log');
  const configFile = path.join(tmp, 'config.yaml');
  fs.writeFileSync(configFile, 'auth: none\n');
  const args = [
    codeServerEntry,
    ...['--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--config', configFile],
    ...['--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--ignore-last-opened'],
    ...stateArgs(tmp),
  ];
  const out = fs.openSync(logFile, 'a');
  const child = spawn(process.execPath, args, { env: serverEnv(tmp, env), detached: true, stdio: ['ignore', out, out] });
  fs.closeSync(out);
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve(code ?? signal)));
  const stop = () => killGroup(child.pid);
  const ready = waitUntilHealthy(port, exited, readyTimeoutMs).catch(async (error) => {
    await stop();
    throw new Error(`${error.message}:\n${tail(logFile)}`);
  });
  return { pid: child.pid, logFile, exited, ready, stop };
}

async function waitUntilHealthy(port, exited, timeoutMs) {
  const begun = Date.now();
  while (!(await healthy(port))) {
    const gone = await Promise.race([exited.then((code) => ({ code })), delay(200)]);
    if (gone) throw new Error(`code-server exited (${gone.code}) before it was ready`);
    if (Date.now() - begun > timeoutMs) throw new Error(`code-server not ready after ${seconds(timeoutMs)}`);
  }
}

function healthy(port) {
  return new Promise((resolve) => {
    const request = http.get({ host: '127.0.0.1', port, path: '/healthz', timeout: 2000 }, (response) => {
      response.resume();
      resolve(response.statusCode === 200);
    });
    request.on('timeout', () => request.destroy());
    request.on('error', () => resolve(false));
  });
}

function delay(ms) {
  return new Promise((resolve) => setTimeout(() => resolve(undefined), ms));
}
