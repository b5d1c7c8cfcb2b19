// Bundles the extension-host suite (client/test/suite/*.ts, Mocha and yaml included; only
// `vscode` stays external) into one CommonJS file, out/e2e/suite/index.js, whose `run()` is
// what VS Code loads as extensionTestsPath. Type-checks first with client/test/tsconfig.json.
// Usage: node scripts/e2e/buildSuite.mjs [--no-typecheck]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const started = Date.now();

if (!process.argv.includes('--no-typecheck')) {
  const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  const r = spawnSync(process.execPath, [tsc, '-p', path.join(root, 'client/test/tsconfig.json')], { stdio: 'inherit' });
  if (r.status !== 0) {
    console.error('buildSuite: type errors in client/test');
    process.exit(1);
  }
}

await esbuild.build({
  absWorkingDir: root,
  entryPoints: ['client/test/suite/index.ts'],
  outfile: 'out/e2e/suite/index.js',
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['vscode'],
  sourcemap: 'linked',
  logLevel: 'warning',
  // Mocha's file loader has dynamic requires the suite never reaches.
  logOverride: { 'unsupported-dynamic-import': 'silent', 'unsupported-require-call': 'silent', 'require-resolve-not-external': 'silent' },
});
// The bundle is CommonJS; a "type": "module" package.json higher up in out/ must not apply to it.
fs.writeFileSync(path.join(root, 'out/e2e/package.json'), '{ "type": "commonjs" }\n');
console.log(`buildSuite: out/e2e/suite/index.js in ${Date.now() - started} ms`);
