#!/usr/bin/env node
// Bundles the editor test suite into out/vscode-suite/: index.js (the extensionTestsPath, with mocha
// bundled in so nothing is resolved from node_modules at run time, which the .vsix mode needs) and one
// bundle per *.test.ts, loaded by mocha from index.js. `vscode` is provided by the extension host.
//
//   node test/vscode/build-suite.mjs
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const here = path.dirname(fileURLToPath(import.meta.url));
const suiteDir = path.join(here, 'suite');
export const suiteOutDir = path.resolve(here, '../../out/vscode-suite');
export const suiteEntry = path.join(suiteOutDir, 'index.js');

/** Mocha's parallel mode (worker threads loading files by path) is never used here: leave it out of the bundle. */
const withoutMochaParallelMode = {
  name: 'without-mocha-parallel-mode',
  setup(build) {
    build.onResolve({ filter: /parallel-buffered-runner\.cjs$/ }, (args) => ({ path: args.path, namespace: 'stub' }));
    build.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({
      contents: "throw new Error('mocha parallel mode is not part of the bundled suite');",
      loader: 'js',
    }));
  },
};

export async function buildSuite() {
  const tests = fs
    .readdirSync(suiteDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.test.ts'))
    .map((file) => path.join(suiteDir, file));
  // A test file deleted from the sources must not linger in the output.
  fs.rmSync(suiteOutDir, { recursive: true, force: true });
  await esbuild.build({
    entryPoints: [path.join(suiteDir, 'index.ts'), ...tests],
    outdir: suiteOutDir,
    outbase: suiteDir,
    bundle: true,
    platform: 'node',
    target: 'node18',
    format: 'cjs',
    sourcemap: true,
    logLevel: 'warning',
    external: ['vscode'],
    plugins: [withoutMochaParallelMode],
  });
  return tests.length;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const count = await buildSuite();
  console.log(`[build-suite] ${count} test file(s) -> ${path.relative(process.cwd(), suiteOutDir) || '.'}`);
}
