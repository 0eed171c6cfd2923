// `npm run fuzz [-- RUNS [SEED]]`: the fuzz test's long run (default 100,000 cases, a new seed each
// time; the seed is printed so a failure can be replayed with `npm run fuzz -- RUNS SEED`).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const [runs = '100000', seed = String(Date.now() % 2 ** 31)] = process.argv.slice(2);
const root = fileURLToPath(new URL('../..', import.meta.url));
console.log(`fuzz: ${Number(runs).toLocaleString('en-US')} cases, seed ${seed}`);
const started = Date.now();
const mocha = spawnSync(process.execPath, ['node_modules/mocha/bin/mocha.js', 'test/robustness/fuzz.test.ts', '--timeout', '0'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, FUZZ_RUNS: runs, FUZZ_SEED: seed },
});
console.log(`fuzz: ${mocha.status === 0 ? 'passed' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(0)} s (seed ${seed})`);
process.exitCode = mocha.status ?? 1;
