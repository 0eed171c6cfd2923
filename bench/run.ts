/**
 * `npm run bench`: prints a table and writes BENCHMARKS.md. Not a test — it asserts nothing; it
 * reports figures and how they compare with the targets of issue #8.
 *
 *   npm run bench                               # every size, the .vsix, activation in VS Code
 *   BENCH_SIZES=100,1000 BENCH_SKIP_VSCODE=1 npm run bench
 */
import { execFileSync } from 'node:child_process';
import { existsSync, statSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { generateManifest } from './generateManifest';
import { renderReport } from './report';
import type { Activation, Row } from './report';
import { measureServer } from './serverBench';
import { measureService } from './serviceBench';
import { median } from './stats';

const SIZES = (process.env.BENCH_SIZES ?? '100,1000,5000,20000').split(',').map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const EDITS = Number(process.env.BENCH_EDITS ?? 25);
const root = path.join(__dirname, '..');

async function main(): Promise<void> {
  const rows: Row[] = [];
  for (const accounts of SIZES) {
    const { text, accountKeys } = generateManifest(accounts);
    const middle = accountKeys[Math.floor(accountKeys.length / 2)] ?? 'management';
    process.stdout.write(`${accounts} accounts: in-process… `);
    const service = measureService(text, middle, RUNS);
    process.stdout.write('server… ');
    const server = await measureServer(text, middle, EDITS, accounts === Math.max(...SIZES));
    console.log('done');
    rows.push({ accounts, lines: text.split('\n').length - 1, megabytes: text.length / 1e6, service, server });
  }
  const vsixKb = packageSize();
  const activation = process.env.BENCH_SKIP_VSCODE ? undefined : activationTimes();
  const report = renderReport({ rows, runs: RUNS, edits: EDITS, vsixKb, activation });
  console.log(`\n${report}`);
  writeFileSync(path.join(root, 'BENCHMARKS.md'), report);
}

/** Builds the .vsix the way it ships (minified) and reports its size. */
function packageSize(): number | undefined {
  console.log('packaging the .vsix…');
  execFileSync('npm', ['run', '--silent', 'package'], { cwd: root, stdio: 'ignore' });
  const vsix = path.join(root, 'org-manifest.vsix');
  return existsSync(vsix) ? statSync(vsix).size / 1024 : undefined;
}

/** Client start → server ready in a real VS Code (code-server), with the shipped (minified) build. */
function activationTimes(): Activation | undefined {
  if (!existsSync(path.join(root, '.vscode-test', 'code-server'))) {
    console.log('activation: skipped (run `npm run test:vscode:install` first)');
    return undefined;
  }
  console.log('activation in VS Code…');
  const output = execFileSync(process.execPath, [path.join(root, 'bench', 'activation.mjs')], { cwd: root, encoding: 'utf8' });
  const runs = JSON.parse(output.trim().split('\n').at(-1)!) as { clientStartToReadyMs: number; idleRestartMs: number }[];
  return {
    runs: runs.length,
    firstStartMs: median(runs.map((r) => r.clientStartToReadyMs)),
    idleRestartMs: median(runs.map((r) => r.idleRestartMs)),
  };
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
