// Bundles the client, the language server and the CLI with esbuild.
// Everything the extension needs at run time ends up in dist/, so the .vsix ships no node_modules.
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import * as esbuild from 'esbuild';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

const importMetaShim = "const __importMetaUrl = require('url').pathToFileURL(__filename).href;";

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
  // Some dependencies ship ESM that reads import.meta.url; in a CommonJS bundle it must be supplied.
  define: { PACKAGE_VERSION: JSON.stringify(pkg.version), 'import.meta.url': '__importMetaUrl' },
  banner: { js: importMetaShim },
};

const shebang = { js: `#!/usr/bin/env node\n${importMetaShim}` };

/** `virtual:rule-docs`: the rule pages under docs/rules, bundled into the CLI for SARIF help text. */
const ruleDocsPlugin = {
  name: 'rule-docs',
  setup(build) {
    build.onResolve({ filter: /^virtual:rule-docs$/ }, () => ({ path: 'rule-docs', namespace: 'rule-docs' }));
    build.onLoad({ filter: /.*/, namespace: 'rule-docs' }, () => {
      const folder = new URL('../docs/rules/', import.meta.url);
      const docs = {};
      for (const file of readdirSync(folder).filter((f) => /^ORG\d{3}\.md$/.test(f)).sort()) {
        docs[file.slice(0, -3)] = readFileSync(new URL(file, folder), 'utf8');
      }
      return { contents: `export default ${JSON.stringify(docs)};`, loader: 'js', watchFiles: [] };
    });
  },
};

const builds = [
  { ...common, entryPoints: ['client/src/node/clientMain.ts'], outfile: 'dist/client.js' },
  { ...common, entryPoints: ['server/src/node/serverMain.ts'], outfile: 'dist/server.js', banner: shebang },
  { ...common, entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js', banner: shebang, plugins: [ruleDocsPlugin] },
];

// Start clean: a production build has no source maps, and stale ones must not linger next to it.
rmSync(new URL('../dist/', import.meta.url), { recursive: true, force: true });

if (watch) {
  for (const options of builds) {
    const context = await esbuild.context(options);
    await context.watch();
  }
  console.log('esbuild: watching for changes');
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
}
