#!/usr/bin/env node
// Profiles one hot path and prints where the time goes (self and inclusive time by
// function, self time by package). The profile covers the hot path only: it is taken
// with node:inspector around it, after a warm-up, and written to bench/profiles/.
//   node bench/profile.mjs check [runs]               check the 10,000-word brief, fresh checker each run
//   node bench/profile.mjs check-large [runs] [count] the same against bundled + `count` generated instruments
//   node bench/profile.mjs parse [runs]               parseMarkdown of the 10,000-word brief
//   node bench/profile.mjs load [count]               load bundled + `count` (10,000) generated instruments
//   node bench/profile.mjs load-cached [count]        the same from the parse cache a first load wrote
//   node bench/profile.mjs load-bundled [runs]        load the bundled base `runs` times
//   node bench/profile.mjs parsers                    paired cost of each parser extension (no profile)
//   node bench/profile.mjs top FILE...                summarise .cpuprofile files (e.g. from node --cpu-prof)
// --out=DIR writes the profile elsewhere.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { formatTop, selfTimes } from './lib/cpuProfile.mjs';
import { generateInputs } from './lib/inputs.mjs';
import { compareParsers } from './lib/parsers.mjs';

const repo = dirname(dirname(fileURLToPath(import.meta.url)));
const args = process.argv.slice(2).filter((a) => !a.startsWith('--out='));
const outDir = process.argv.find((a) => a.startsWith('--out='))?.slice(6) ?? join(repo, 'bench', 'profiles');
const [what = 'check', ...rest] = args;
const number = (i, fallback) => (rest[i] === undefined ? fallback : Number(rest[i]));

async function profile(work) {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
  const start = performance.now();
  work();
  const ms = performance.now() - start;
  const { profile: result } = await session.post('Profiler.stop');
  session.disconnect();
  return { ms, result };
}

async function main() {
  if (what === 'top') {
    for (const file of rest) process.stdout.write(`== ${file}\n${formatTop(selfTimes(JSON.parse(readFileSync(file, 'utf8'))), 30)}\n`);
    return;
  }
  const core = await import(pathToFileURL(join(repo, 'out/core/src/index.js')).href);
  const { splitBlocks } = await import(pathToFileURL(join(repo, 'out/core/src/document/blocks.js')).href);
  const { loadFactBase } = await import(pathToFileURL(join(repo, 'out/host/src/loadFactBase.js')).href);
  const defaultDir = join(repo, 'facts');
  const bundled = loadFactBase({ defaultDir, extraDirs: [] }).factBase;
  const tmp = mkdtempSync(join(tmpdir(), 'treaty-check-profile-'));
  try {
    const count = what.startsWith('load') && what !== 'load-bundled' ? number(0, 10_000) : what === 'check-large' ? number(1, 10_000) : 0;
    const inputs = generateInputs({ repo, tmp, bundled, instruments: count, corpusFiles: 0 });
    const text = inputs.docs['10k'].text;
    if (what === 'parsers') {
      process.stdout.write(compareParsers(text, splitBlocks(text).map((b) => b.text), core.parseMarkdown));
      return;
    }
    const runs = number(0, 20);
    const options = { asOf: '2026-01-01' };
    const facts = what === 'check-large' ? loadFactBase({ defaultDir, extraDirs: [inputs.factBase.dir] }).factBase : bundled;
    const work = {
      check: () => { for (let i = 0; i < runs; i++) core.createChecker(facts).check(text, options); },
      'check-large': () => { for (let i = 0; i < runs; i++) core.createChecker(facts).check(text, options); },
      parse: () => { for (let i = 0; i < runs; i++) core.parseMarkdown(text); },
      load: () => loadFactBase({ defaultDir, extraDirs: [inputs.factBase.dir] }),
      'load-cached': () => loadFactBase({ defaultDir, extraDirs: [inputs.factBase.dir], cacheFile }),
      'load-bundled': () => { for (let i = 0; i < runs; i++) loadFactBase({ defaultDir, extraDirs: [] }); },
    }[what];
    if (!work) throw new Error(`unknown profile "${what}": use check, check-large, parse, load, load-cached, load-bundled, parsers or top`);
    const cacheFile = join(tmp, 'parse-cache.json');
    if (what === 'load-cached') loadFactBase({ defaultDir, extraDirs: [inputs.factBase.dir], cacheFile });
    if (what.startsWith('check') || what === 'parse') for (let i = 0; i < 3; i++) core.createChecker(facts).check(text, options);
    const { ms, result } = await profile(work);
    mkdirSync(outDir, { recursive: true });
    const file = join(outDir, `${what}.cpuprofile`);
    writeFileSync(file, JSON.stringify(result));
    const summary = formatTop(selfTimes(result), 30);
    writeFileSync(join(outDir, `${what}.top.txt`), summary);
    const repeated = !what.startsWith('load') || what === 'load-bundled';
    process.stdout.write(`${what}: ${ms.toFixed(0)} ms${repeated ? ` for ${runs} runs (${(ms / runs).toFixed(1)} ms each)` : ''}; profile ${file}\n${summary}`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((error) => {
  process.stderr.write(`profile: ${error.stack ?? error}\n`);
  process.exitCode = 1;
});
