// CLI throughput: `node dist/cli.js --format json <dir>` over a corpus, on one core
// (--jobs 1) and on all cores (the default), alternating run by run.
import { spawn } from 'node:child_process';
import { median, p95, summarize } from './stats.mjs';

// Extra node flags for the CLI, e.g. TREATY_BENCH_CLI_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/p".
const NODE_ARGS = (process.env.TREATY_BENCH_CLI_NODE_ARGS ?? '').split(/\s+/).filter(Boolean);
const children = new Set();
export function killAllCliRuns() {
  for (const child of children) child.kill('SIGKILL');
  children.clear();
}

function runCli({ cliPath, cwd, args, timeoutMs }) {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(process.execPath, [...NODE_ARGS, cliPath, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    children.add(child);
    const out = [];
    let stderr = '';
    child.stdout.on('data', (chunk) => out.push(chunk));
    child.stderr.on('data', (chunk) => {
      stderr = (stderr + chunk).slice(-4000);
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      const ms = performance.now() - start;
      clearTimeout(timer);
      children.delete(child);
      // Exit 1 means "errors found in the briefs", which the corpus is made to contain.
      if (code !== 0 && code !== 1) reject(new Error(`cli ${args.join(' ')} exited with ${code ?? signal}\n${stderr}`));
      else resolve({ ms, stdout: Buffer.concat(out).toString('utf8') });
    });
  });
}

export async function measureCli({ cliPath, cwd, corpusDir, bytes, files, runs, timeoutMs }) {
  const cases = { one: ['--jobs', '1'], all: [] };
  const samples = { one: [], all: [] };
  let checked = false;
  for (let i = 0; i < runs; i++) {
    for (const name of i % 2 === 0 ? ['one', 'all'] : ['all', 'one']) {
      const { ms, stdout } = await runCli({ cliPath, cwd, args: ['--format', 'json', ...cases[name], corpusDir], timeoutMs });
      if (!checked) {
        const report = JSON.parse(stdout);
        if (report.files.length !== files) throw new Error(`cli: expected ${files} files in the report, got ${report.files.length}`);
        checked = true;
      }
      samples[name].push(ms);
    }
  }
  const mbps = (ms) => bytes / 1e6 / (ms / 1000);
  const speedups = samples.one.map((t, i) => t / samples.all[i]);
  return {
    one: summarize(samples.one),
    all: summarize(samples.all),
    mbPerSecOne: mbps(median(samples.one)),
    mbPerSecAll: mbps(median(samples.all)),
    speedup: { median: median(speedups), p95: p95(speedups) },
  };
}
