// Bundles these entries (other tooling relies on the first three paths):
//   dist/extension.js     the VS Code client (package.json "main")
//   dist/server.js        the language server, run as `node dist/server.js --stdio`: a small
//                         launcher that runs dist/serverBundle.js through a V8 code cache
//   dist/cli.js           the CLI (package.json "bin")
//   dist/serverBundle.js  the language server itself
// Types are checked separately by `tsc -b`.
import * as esbuild from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';

const minify = process.argv.includes('--minify');
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const entries = [
  ['client/src/extension.ts', 'dist/extension.js'],
  ['server/src/node/launch.ts', 'dist/server.js'],
  ['server/src/node/main.ts', 'dist/serverBundle.js'],
  ['cli/main.ts', 'dist/cli.js'],
];
for (const [entry, outfile] of entries) {
  if (!existsSync(entry)) throw new Error(`esbuild: missing entry ${entry}`);
}
await Promise.all(entries.map(([entry, outfile]) => esbuild.build({
  entryPoints: [entry],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['vscode'],
  sourcemap: !minify,
  // Whitespace and syntax are minified in every build: the server starts faster from a smaller
  // bundle; identifiers are kept except in the package, so stack traces stay readable.
  minifyWhitespace: true,
  minifySyntax: true,
  minifyIdentifiers: minify,
  logLevel: 'warning',
  define: { TREATY_CHECK_VERSION: JSON.stringify(pkg.version) },
})));
