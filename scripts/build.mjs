// Bundles the client, the language server and the CLI with esbuild.
// Everything the extension needs at run time ends up in dist/, so the .vsix ships no node_modules.
import * as esbuild from 'esbuild';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  platform: 'node',
  target: 'node18',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  // `vscode` is provided by the editor at run time.
  external: ['vscode'],
};

const shebang = { js: '#!/usr/bin/env node' };

const builds = [
  { ...common, entryPoints: ['client/src/node/clientMain.ts'], outfile: 'dist/client.js' },
  { ...common, entryPoints: ['server/src/node/serverMain.ts'], outfile: 'dist/server.js', banner: shebang },
  { ...common, entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js', banner: shebang },
];

if (watch) {
  for (const options of builds) {
    const context = await esbuild.context(options);
    await context.watch();
  }
  console.log('esbuild: watching for changes');
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
}
