// The @vscode/test-electron route (style.md point 15): runs the same extension-host suite
// (out/e2e/suite/index.js, from `node scripts/e2e/buildSuite.mjs`) in desktop VS Code, at the
// minimum `engines.vscode` and at stable, with other extensions disabled. test-electron
// downloads VS Code at run time; where that is impossible (no network), this says so in one
// line and exits 1. On such machines use `npm run test:e2e` (code-server + Chromium) instead.
// Usage: node scripts/e2e/testElectron.mjs [--vscode <version>|stable|min] [--grep <pattern>]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import util from 'node:util';
import { downloadAndUnzipVSCode, runTests } from '@vscode/test-electron';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SUITE = path.join(ROOT, 'out/e2e/suite/index.js');
const FIXTURE = path.join(ROOT, 'client/test/workspace');

const { values: args } = util.parseArgs({ options: { vscode: { type: 'string' }, grep: { type: 'string' } } });
if (!fs.existsSync(SUITE)) {
  console.error(`testElectron: ${path.relative(ROOT, SUITE)} is missing; run node scripts/e2e/buildSuite.mjs first`);
  process.exit(2);
}
const engine = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).engines?.vscode ?? '';
const minimum = /(\d+\.\d+\.\d+)/.exec(engine)?.[1];
const wanted = args.vscode === 'min' ? [minimum] : args.vscode ? [args.vscode] : [...new Set([minimum, 'stable'].filter(Boolean))];

let failed = false;
for (const version of wanted) {
  let executable;
  try {
    executable = await downloadAndUnzipVSCode({
      version, timeout: 15_000, cachePath: path.join(ROOT, '.vscode-test'),
      reporter: { report() {}, error() {} }, // the one line below says what went wrong
    });
  } catch (error) {
    console.error(`testElectron: VS Code ${version} could not be downloaded (${String(error?.message ?? error).split('\n')[0]}); run the code-server route instead: npm run test:e2e`);
    process.exit(1);
  }
  const state = fs.mkdtempSync(path.join(os.tmpdir(), 'treaty-electron-'));
  const workspace = path.join(state, 'workspace');
  fs.cpSync(FIXTURE, workspace, { recursive: true });
  try {
    await runTests({
      vscodeExecutablePath: executable,
      extensionDevelopmentPath: ROOT,
      extensionTestsPath: SUITE,
      extensionTestsEnv: { TREATY_TEST: '1', TREATY_TEST_WORKSPACE: workspace, ...(args.grep ? { TREATY_TEST_GREP: args.grep } : {}) },
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes',
        '--user-data-dir', path.join(state, 'ud'), '--extensions-dir', path.join(state, 'exts')],
    });
    console.log(`testElectron: VS Code ${version}: suite passed`);
  } catch (error) {
    console.error(`testElectron: VS Code ${version}: suite failed (${error?.message ?? error})`);
    failed = true;
  } finally {
    fs.rmSync(state, { recursive: true, force: true });
  }
}
process.exit(failed ? 1 : 0);
