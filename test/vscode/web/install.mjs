#!/usr/bin/env node
// Installs what the web test runner needs: Debian's chromium, ripgrep and kerberos headers, and code-server
// (VS Code's server and web workbench) from npm, with the post-install steps its own postinstall would do
// but cannot here (it downloads ripgrep from outside npm). Idempotent: a marker makes a second run instant,
// and a failed run resumes at the step that failed. See /work/shared/vscode-e2e.md for the why of each step.
//
//   node test/vscode/web/install.mjs [--force] [--verbose]
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  CODE_SERVER_VERSION,
  DEBIAN_PACKAGES,
  activeGroups,
  cacheDir,
  chromiumPath,
  codeServerDir,
  expectedMarker,
  installIsComplete,
  killGroup,
  log,
  markerFile,
  runBounded,
  seconds,
  tail,
} from './common.mjs';

const MINUTE = 60_000;
const NATIVE_MODULES = ['kerberos', 'node-pty', '@parcel/watcher', '@vscode/spdlog', 'native-watchdog', '@vscode/deviceid'];
const force = process.argv.includes('--force');
const verbose = process.argv.includes('--verbose');
const logDir = path.join(cacheDir, 'install-logs');
const progressFile = path.join(cacheDir, '.install-progress.json');
const vscodeDir = path.join(codeServerDir, 'lib/vscode');

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    log('install', `${signal}: stopping`);
    void Promise.all([...activeGroups].map((pid) => killGroup(pid, 1000))).then(() => process.exit(128 + os.constants.signals[signal]));
  });
}

const started = Date.now();
try {
  await main();
} catch (error) {
  log('install', `FAILED after ${seconds(Date.now() - started)}: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

async function main() {
  const missing = missingDebianPackages();
  if (!force && missing.length === 0 && installIsComplete()) {
    log('install', `code-server ${CODE_SERVER_VERSION} and Debian packages already installed (${cacheDir}); nothing to do`);
    return;
  }
  fs.mkdirSync(logDir, { recursive: true });
  if (missing.length > 0) await installDebianPackages(missing);
  await installCodeServer();
  const marker = { ...expectedMarker(), installedAt: new Date().toISOString(), seconds: (Date.now() - started) / 1000 };
  fs.writeFileSync(markerFile, `${JSON.stringify(marker, null, 2)}\n`);
  log('install', `done in ${seconds(Date.now() - started)} (${cacheDir})`);
}

// ---- Debian packages ------------------------------------------------------------------------------------

function missingDebianPackages() {
  const dpkg = spawnSync('dpkg-query', ['-W', '-f=${Package} ${db:Status-Status}\n', ...DEBIAN_PACKAGES], {
    encoding: 'utf8',
    timeout: 30_000,
  });
  if (dpkg.error) {
    // Not Debian: apt cannot help; the run needs the binaries, so check those instead.
    if (fs.existsSync(chromiumPath) && which('rg')) return [];
    throw new Error(`no dpkg here: install Chromium (at ${chromiumPath} or set CHROMIUM_PATH), ripgrep and kerberos headers by hand`);
  }
  const installed = new Set(
    dpkg.stdout
      .split('\n')
      .filter((line) => line.endsWith(' installed'))
      .map((line) => line.split(' ')[0]),
  );
  return DEBIAN_PACKAGES.filter((name) => !installed.has(name));
}

async function installDebianPackages(missing) {
  const sudo = process.getuid?.() === 0 ? [] : ['sudo', '-n'];
  if (sudo.length > 0 && !which('sudo')) {
    throw new Error(`Debian packages missing (${missing.join(' ')}) and not root: run apt-get install -y ${missing.join(' ')} as root`);
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  // Wait for another apt (a parallel job) to release its lock rather than fail at once.
  const apt = (args, timeoutMs, label) =>
    step(label, () => {
      const [command, ...rest] = [...sudo, 'apt-get', '-o', 'DPkg::Lock::Timeout=300', ...args];
      return runBounded(command, rest, { env, timeoutMs, logFile: path.join(logDir, 'apt.log'), echo: verbose });
    });
  const install = () => apt(['install', '-y', ...missing], 20 * MINUTE, `apt-get install ${missing.join(' ')}`);
  if (!aptListsPresent()) {
    await apt(['update'], 5 * MINUTE, 'apt-get update');
    await install();
    return;
  }
  try {
    await install();
  } catch {
    log('install', 'apt-get install failed with the current package lists; updating them and retrying once');
    await apt(['update'], 5 * MINUTE, 'apt-get update');
    await install();
  }
}

function aptListsPresent() {
  try {
    return fs.readdirSync('/var/lib/apt/lists').some((name) => name.endsWith('_Packages') || name.endsWith('_Packages.lz4'));
  } catch {
    return false;
  }
}

// ---- code-server ------------------------------------------------------------------------------------------

async function installCodeServer() {
  const progress = readProgress();
  const steps = [
    ['npm install code-server', 10 * MINUTE, installPackage],
    ['npm install VS Code dependencies', 10 * MINUTE, (ms) => npm(['install', '--omit=dev', '--ignore-scripts'], vscodeDir, {}, ms)],
    ['rebuild native modules', 15 * MINUTE, rebuildNativeModules],
    ['ripgrep from Debian', MINUTE, linkRipgrep],
    ['links code-server expects', MINUTE, makeLinks],
    ['npm install built-in extensions dependencies', 10 * MINUTE, (ms) => npm(['install', '--omit=dev', '--ignore-scripts'], path.join(vscodeDir, 'extensions'), {}, ms)],
    // Loaded when code-server starts, even with --auth none.
    ['rebuild argon2 from source', 10 * MINUTE, (ms) => npm(['rebuild', 'argon2'], cacheDir, { npm_config_build_from_source: 'true' }, ms)],
  ];
  for (const [name, timeoutMs, action] of steps) {
    if (progress.done.includes(name)) {
      log('install', `${name}: done by an earlier run`);
      continue;
    }
    await step(name, () => withTimeout(action(timeoutMs), timeoutMs, name));
    progress.done.push(name);
    fs.writeFileSync(progressFile, JSON.stringify(progress));
  }
}

/** Steps finished by an earlier, interrupted run with the same pins; anything else starts from scratch. */
function readProgress() {
  const expected = expectedMarker();
  if (!force && fs.existsSync(progressFile)) {
    try {
      const progress = JSON.parse(fs.readFileSync(progressFile, 'utf8'));
      if (Object.entries(expected).every(([key, value]) => progress[key] === value)) return progress;
    } catch {
      // Unreadable: start again.
    }
  }
  for (const name of ['node_modules', 'package-lock.json', '.install-complete.json', '.install-progress.json']) {
    fs.rmSync(path.join(cacheDir, name), { recursive: true, force: true });
  }
  return { ...expected, done: [] };
}

function installPackage(timeoutMs) {
  const manifest = { name: 'code-server-cache', private: true, dependencies: { 'code-server': CODE_SERVER_VERSION } };
  fs.writeFileSync(path.join(cacheDir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return npm(['install', '--ignore-scripts'], cacheDir, { npm_config_unsafe_perm: 'true' }, timeoutMs);
}

async function rebuildNativeModules(timeoutMs) {
  const gyp = nodeGyp();
  const nodedir = nodeHeadersDir();
  const args = ['rebuild', '--jobs=max', ...(nodedir ? [`--nodedir=${nodedir}`] : [])];
  // Most of these are one or two translation units: building two modules at a time keeps both cores busy.
  const queue = [...NATIVE_MODULES];
  const worker = async () => {
    for (let name = queue.shift(); name; name = queue.shift()) {
      const begun = Date.now();
      await runBounded(gyp[0], [...gyp.slice(1), ...args], {
        cwd: path.join(vscodeDir, 'node_modules', name),
        env: cleanEnv(),
        timeoutMs,
        logFile: path.join(logDir, `node-gyp-${name.replace('/', '+')}.log`),
        echo: verbose,
      });
      log('install', `  built ${name} in ${seconds(Date.now() - begun)}`);
    }
  };
  await Promise.all(Array.from({ length: Math.min(2, os.availableParallelism()) }, worker));
}

function linkRipgrep() {
  const rg = which('rg');
  if (!rg) throw new Error('rg not found on PATH (Debian package ripgrep)');
  const binDir = path.join(vscodeDir, 'node_modules/@vscode/ripgrep/bin');
  fs.mkdirSync(binDir, { recursive: true });
  fs.copyFileSync(rg, path.join(binDir, 'rg'));
  fs.chmodSync(path.join(binDir, 'rg'), 0o755);
}

function makeLinks() {
  symlink('node_modules', path.join(vscodeDir, 'node_modules.asar'));
  symlink('code-linux.sh', path.join(vscodeDir, 'bin/remote-cli/code-server'));
  symlink('browser-linux.sh', path.join(vscodeDir, 'bin/helpers/browser.sh'));
}

// ---- helpers ----------------------------------------------------------------------------------------------

async function step(name, action) {
  const begun = Date.now();
  log('install', `${name} ...`);
  try {
    await action();
  } catch (error) {
    const logs = fs.existsSync(logDir) ? fs.readdirSync(logDir).map((file) => path.join(logDir, file)) : [];
    const latest = logs.sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs)[0];
    if (latest) console.error(`--- last lines of ${latest} ---\n${tail(latest)}\n---`);
    throw new Error(`${name}: ${error instanceof Error ? error.message : String(error)}`);
  }
  log('install', `${name}: ok (${seconds(Date.now() - begun)})`);
}

function npm(args, cwd, extraEnv, timeoutMs) {
  const nodedir = nodeHeadersDir();
  const env = { ...cleanEnv(), ...(nodedir ? { npm_config_nodedir: nodedir } : {}), ...extraEnv };
  const logFile = path.join(logDir, 'npm.log');
  // An explicit --prefix: npm must not look for a package.json above `cwd` (the repository's).
  return runBounded('npm', [...args, '--prefix', cwd, '--no-audit', '--no-fund'], { cwd, env, timeoutMs, logFile, echo: verbose });
}

/**
 * The environment without what an enclosing `npm run` says about its own package and command; its
 * npm_config_* settings (registry, cafile, proxy) are kept for the nested npm.
 */
function cleanEnv() {
  const context = /^npm_(package_|lifecycle_|command$|config_local_prefix$|config_call$)/i;
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !context.test(key)));
}

/** Node's own headers, when this Node ships them, so node-gyp never downloads them. */
function nodeHeadersDir() {
  const dir = path.resolve(path.dirname(process.execPath), '..');
  return fs.existsSync(path.join(dir, 'include/node/node.h')) ? dir : undefined;
}

/** The node-gyp that ships inside npm (pinned by npm's version); npx only as a last resort. */
function nodeGyp() {
  const candidates = [process.env.npm_config_node_gyp];
  try {
    const globalRoot = execFileSync('npm', ['root', '-g'], { encoding: 'utf8', timeout: 30_000, env: cleanEnv() }).trim();
    candidates.push(path.join(globalRoot, 'npm/node_modules/node-gyp/bin/node-gyp.js'));
  } catch {
    // Fall through to npx.
  }
  const found = candidates.find((file) => file && fs.existsSync(file));
  return found ? [process.execPath, found] : ['npx', '--yes', 'node-gyp@12.4.0'];
}

function which(command) {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const file = path.join(dir, command);
    if (dir && fs.existsSync(file)) return file;
  }
  return undefined;
}

function symlink(target, link) {
  fs.rmSync(link, { force: true });
  fs.symlinkSync(target, link);
}

async function withTimeout(value, timeoutMs, name) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${name} timed out after ${seconds(timeoutMs)}`)), timeoutMs);
  });
  try {
    return await Promise.race([Promise.resolve(value), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
