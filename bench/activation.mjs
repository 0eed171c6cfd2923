#!/usr/bin/env node
// Activation time in a real VS Code (code-server, as the integration suite runs it): builds
// bench/vscode/activation.ts and runs it a few times, each in a fresh window, printing the figures
// as JSON on the last line. Needs `npm run build` and the code-server install (npm run test:vscode:install).
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const entry = path.join(root, 'out', 'bench-activation', 'index.js');
await esbuild.build({
  entryPoints: [path.join(root, 'bench', 'vscode', 'activation.ts')],
  outfile: entry,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  external: ['vscode'],
  logLevel: 'warning',
});
const runs = Number(process.env.BENCH_ACTIVATION_RUNS ?? 3);
const results = [];
for (let i = 0; i < runs; i++) {
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'activation-')), 'result.json');
  const run = spawnSync(process.execPath, [path.join(root, 'test', 'vscode', 'web', 'run.mjs'), '--tests', entry, '--no-build', '--timeout', '180'], {
    cwd: root,
    env: { ...process.env, ORG_MANIFEST_BENCH_OUT: out },
    encoding: 'utf8',
  });
  if (run.status !== 0 || !fs.existsSync(out)) {
    console.error(run.stdout, run.stderr);
    throw new Error(`activation run ${i + 1} failed (exit ${run.status})`);
  }
  results.push(JSON.parse(fs.readFileSync(out, 'utf8')));
}
console.log(JSON.stringify(results));
