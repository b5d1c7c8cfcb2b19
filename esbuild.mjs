// Bundles exactly three entries (other tooling relies on these paths):
//   dist/extension.js  the VS Code client (package.json "main")
//   dist/server.js     the language server, run as `node dist/server.js --stdio`
//   dist/cli.js        the CLI (package.json "bin")
// Types are checked separately by `tsc -b`.
import * as esbuild from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';

const minify = process.argv.includes('--minify');
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const entries = [
  ['client/src/extension.ts', 'dist/extension.js'],
  ['server/src/node/main.ts', 'dist/server.js'],
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
  minify,
  logLevel: 'warning',
  define: { TREATY_CHECK_VERSION: JSON.stringify(pkg.version) },
})));
