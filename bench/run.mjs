#!/usr/bin/env node
// `npm run bench` (after `npm run build`): Treaty Check's speed and memory side by side
// with its parser (the floor) and markdownlint (a peer), on inputs generated from a
// fixed seed. Prints a table; with --json, one JSON object on the last line.
//   --quick        small smoke run for CI (few repetitions, 100-instrument base, 50 briefs)
//   --json         print the summary as JSON on the last line
//   --only=a,b     run only some parts: documents, factbase, start, editing, cli
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { killAllCliRuns, measureCli } from './lib/cliRuns.mjs';
import { measureDocument, measureFactBaseCheck, measureLoad } from './lib/inProcess.mjs';
import { generateInputs, SEED } from './lib/inputs.mjs';
import { killAllServers } from './lib/lspServer.mjs';
import { printTable, targets } from './lib/report.mjs';
import { measureEditing, measureStart } from './lib/serverRuns.mjs';

const repo = dirname(dirname(fileURLToPath(import.meta.url)));
const argv = process.argv.slice(2);
const quick = argv.includes('--quick');
const json = argv.includes('--json');
const onlyArg = argv.find((a) => a.startsWith('--only='));
const only = onlyArg ? new Set(onlyArg.slice(7).split(',')) : undefined;
const runs = (part) => !only || only.has(part);
const PARTS = ['documents', 'factbase', 'start', 'editing', 'cli'];
const unknown = [
  ...argv.filter((a) => !['--quick', '--json'].includes(a) && !a.startsWith('--only=')),
  ...[...(only ?? [])].filter((p) => !PARTS.includes(p)).map((p) => `--only=${p}`),
];
if (unknown.length > 0) {
  process.stderr.write(`bench: unknown argument ${unknown.join(' ')}\nusage: node bench/run.mjs [--quick] [--json] [--only=${PARTS.join(',')}]\n`);
  process.exit(2);
}

const PLAN = quick
  ? { budgetMs: 120_000, instruments: 100, corpusFiles: 50, docs: { '10k': [1, 4], '1k': [2, 6], '1mb': [0, 1] }, loadRuns: 2, largeLoadRuns: 2, ratio: [1, 4], startRuns: 2, edits: 20, warmupEdits: 3, cliRuns: 1 }
  : { budgetMs: 900_000, instruments: 10_000, corpusFiles: 500, docs: { '10k': [5, 30], '1k': [10, 60], '1mb': [2, 7] }, loadRuns: 7, largeLoadRuns: 3, ratio: [3, 20], startRuns: 7, edits: 200, warmupEdits: 20, cliRuns: 3 };
const startedAt = performance.now();
const deadline = startedAt + PLAN.budgetMs;
const log = (message) => process.stderr.write(`bench: ${message} (${((performance.now() - startedAt) / 1000).toFixed(1)} s)\n`);

let tmp;
const cleanup = () => {
  killAllServers();
  killAllCliRuns();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
  tmp = undefined;
};
process.on('exit', cleanup);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    cleanup();
    process.exit(130);
  });
}
// Bounded time: asynchronous stages cannot outlive the budget.
setTimeout(() => {
  process.stderr.write(`bench: over the time budget of ${PLAN.budgetMs / 1000} s; stopping\n`);
  cleanup();
  process.exit(1);
}, PLAN.budgetMs + 60_000).unref();

/** The commit measured and how many files differ from it (best effort: no git, no figure). */
function revision() {
  const git = (...args) => spawnSync('git', ['-C', repo, ...args], { encoding: 'utf8', timeout: 5000 });
  const head = git('rev-parse', '--short', 'HEAD');
  if (head.status !== 0) return process.env.TREATY_BENCH_REVISION ? { commit: process.env.TREATY_BENCH_REVISION } : undefined;
  const dirty = git('status', '--porcelain', '--untracked-files=no');
  return { commit: head.stdout.trim(), modifiedFiles: dirty.status === 0 ? dirty.stdout.split('\n').filter(Boolean).length : undefined };
}

async function main() {
  for (const file of ['dist/server.js', 'dist/cli.js', 'out/core/src/index.js', 'out/host/src/loadFactBase.js']) {
    if (!existsSync(join(repo, file))) throw new Error(`${file} is missing: run \`npm run build\` first`);
  }
  // tsc emits ES modules into out/; scripts/runTests.mjs marks the folder the same way.
  if (!existsSync(join(repo, 'out', 'package.json'))) writeFileSync(join(repo, 'out', 'package.json'), '{ "type": "module" }\n');
  const core = await import(pathToFileURL(join(repo, 'out/core/src/index.js')).href);
  const { loadFactBase } = await import(pathToFileURL(join(repo, 'out/host/src/loadFactBase.js')).href);
  if (!globalThis.gc) log('run node with --expose-gc for steadier figures and heap sizes');

  tmp = mkdtempSync(join(tmpdir(), 'treaty-check-bench-'));
  const defaultDir = join(repo, 'facts');
  // As the server and the CLI load it: the bundled base from its build-time parse.
  const defaultCompiled = join(repo, 'dist', 'facts.json');
  const bundledLoad = measureLoad({ loadFactBase, request: { defaultDir, defaultCompiled, extraDirs: [] }, runs: PLAN.loadRuns });
  if (bundledLoad.problems > 0) throw new Error(`the bundled fact base has ${bundledLoad.problems} problems`);
  const bundled = bundledLoad.loaded.factBase;

  log(`generating inputs (seed ${SEED}, ${PLAN.instruments} instruments, ${PLAN.corpusFiles} briefs)`);
  const inputs = generateInputs({ repo, tmp, bundled, instruments: PLAN.instruments, corpusFiles: PLAN.corpusFiles });
  const result = {
    machine: { cores: availableParallelism(), cpu: cpus()[0]?.model, node: process.version, exposeGc: Boolean(globalThis.gc), loadAverageAtStart: loadavg()[0] },
    plan: { quick, seed: SEED, ...PLAN },
    revision: revision(),
    inputs: {
      corpusFiles: inputs.corpus.files,
      corpusBytes: inputs.corpus.bytes,
      instruments: inputs.factBase.instruments,
      names: inputs.factBase.names,
    },
    documents: {},
  };
  const text10k = inputs.docs['10k'].text;

  if (runs('documents')) {
    for (const name of ['10k', '1k', '1mb']) {
      const doc = inputs.docs[name];
      const [warmup, iterations] = PLAN.docs[name];
      log(`document ${name}: check vs parse vs remark-parse vs markdownlint`);
      const measured = measureDocument({ core, factBase: bundled, text: doc.text, warmup, iterations, deadline });
      result.documents[name] = { words: doc.words, bytes: Buffer.byteLength(doc.text), ...measured };
    }
  }

  if (runs('factbase')) {
    log(`fact base: loading bundled + ${PLAN.instruments} generated instruments, first load and from the parse cache ×${PLAN.largeLoadRuns}`);
    // First load: a cache file that does not exist yet, every time (so every YAML file is parsed).
    let cold = 0;
    const coldRequest = { defaultDir, defaultCompiled, extraDirs: [inputs.factBase.dir], get cacheFile() { return join(tmp, 'cold-cache', `${cold++}.json`); } };
    const largeColdLoad = measureLoad({ loadFactBase, request: coldRequest, runs: PLAN.largeLoadRuns });
    // Every later start: the parse cache the first load wrote (as the server keeps in the extension's storage).
    const warmRequest = { defaultDir, defaultCompiled, extraDirs: [inputs.factBase.dir], cacheFile: join(tmp, 'warm-cache', 'facts.json') };
    loadFactBase(warmRequest);
    const largeLoad = measureLoad({ loadFactBase, request: warmRequest, runs: PLAN.largeLoadRuns });
    if (largeLoad.problems > 0 || largeColdLoad.problems > 0) throw new Error(`the generated fact base has ${largeLoad.problems} problems`);
    log('fact base: check of the 10k brief, bundled vs generated base');
    const check = measureFactBaseCheck({ core, small: bundled, large: largeLoad.loaded.factBase, text: text10k, warmup: PLAN.ratio[0], iterations: PLAN.ratio[1], deadline });
    const strip = (measured) => ({ ...measured, loaded: undefined });
    result.factBase = { bundled: strip(bundledLoad), large: strip(largeLoad), largeCold: strip(largeColdLoad), check };
    globalThis.gc?.();
  }

  const serverPath = join(repo, 'dist', 'server.js');
  const timeoutMs = quick ? 30_000 : 60_000;
  if (runs('start')) {
    log(`start: ${PLAN.startRuns} server starts`);
    result.start = await measureStart({ serverPath, workspace: inputs.emptyWorkspace, text: inputs.docs['1k'].text, runs: PLAN.startRuns, timeoutMs });
  }
  if (runs('editing')) {
    log(`editing: ${PLAN.edits} edits of the 10k brief with the ${PLAN.instruments}-instrument workspace`);
    result.editing = await measureEditing({
      serverPath, workspace: inputs.workspace, cacheDir: join(tmp, 'server-storage'), text: text10k, rng: inputs.editRng(), edits: PLAN.edits, warmupEdits: PLAN.warmupEdits,
      timeoutMs, loadTimeoutMs: quick ? 60_000 : 180_000, quick,
    });
  }
  if (runs('editing') && !quick) {
    // The same edits with the bundled base only: separates the cost of the edit from the cost of a large base.
    log(`editing: ${PLAN.edits} edits of the 10k brief with the bundled base`);
    result.editingBundled = await measureEditing({
      serverPath, workspace: inputs.emptyWorkspace, cacheDir: join(tmp, 'server-storage'), text: text10k, rng: inputs.editRng(), edits: PLAN.edits, warmupEdits: PLAN.warmupEdits,
      timeoutMs, loadTimeoutMs: 60_000,
    });
  }
  if (runs('cli')) {
    log(`cli: ${PLAN.cliRuns} paired runs over ${inputs.corpus.files} briefs`);
    result.cli = await measureCli({ cliPath: join(repo, 'dist', 'cli.js'), cwd: inputs.corpus.cwd, corpusDir: inputs.corpus.dir, bytes: inputs.corpus.bytes, files: inputs.corpus.files, runs: PLAN.cliRuns, timeoutMs: quick ? 60_000 : 300_000 });
  }

  const d10 = result.documents['10k'];
  const summary = {
    check_over_parse: d10?.checkOverParse.median,
    check_over_markdownlint: d10?.checkOverMarkdownlint.median,
    check_ms_10k: d10?.check.median,
    parse_ms_10k: d10?.parse.median,
    edit_p50_ms: result.editing?.edit.median,
    edit_p95_ms: result.editing?.edit.p95,
    edit_max_ms: result.editing?.edit.max,
    initialize_ms: result.start?.initialize.median,
    first_diagnostics_ms: result.start?.firstDiagnostics.median,
    factbase_10k_load_ms: result.factBase?.large.load.median,
    factbase_10k_cold_load_ms: result.factBase?.largeCold.load.median,
    factbase_10k_check_ratio: result.factBase?.check.ratio.median,
    rss_mb: result.editing?.rssMb,
    rss_idle_mb: result.editing?.rssIdleMb,
    cli_mb_per_s: result.cli?.mbPerSecAll,
    cli_parallel_speedup: result.cli?.speedup.median,
  };
  result.machine.loadAverageAtEnd = loadavg()[0];
  log('done');
  printTable(result, summary, (s) => process.stdout.write(s));
  if (json) {
    const goals = Object.fromEntries(Object.entries(targets(summary, result.machine.cores)).map(([k, g]) => [k, g.ok ?? null]));
    const round = (v) => (typeof v === 'number' && Number.isFinite(v) ? Math.round(v * 1000) / 1000 : null);
    const flat = Object.fromEntries(Object.entries(summary).map(([k, v]) => [k, round(v)]));
    process.stdout.write(`${JSON.stringify({ ...flat, quick, seed: SEED, targets_met: goals, details: result }, (_k, v) => (typeof v === 'number' ? round(v) : v))}\n`);
  }
}

main().then(() => {
  cleanup();
  process.exit(0);
}, (error) => {
  process.stderr.write(`bench: ${error.stack ?? error}\n`);
  cleanup();
  process.exit(1);
});
