#!/usr/bin/env node
// treaty-check: checks Markdown briefs against the treaty fact base.
import { isMainThread } from 'node:worker_threads';
import { join } from 'node:path';
import { runCli } from './src/run.js';
import { setWorkerScript } from './src/parallel.js';
import { runWorker } from './src/worker.js';
import { readStdin } from './src/stdin.js';
import { tuneEngineForBatch } from '../host/src/engineFlags.js';

declare const TREATY_CHECK_VERSION: string;

tuneEngineForBatch();
if (!isMainThread) {
  runWorker();
} else {
  setWorkerScript(__filename);
  const io = { stdout: (s: string) => process.stdout.write(s), stderr: (s: string) => process.stderr.write(s), readStdin, cwd: process.cwd(), isTTY: Boolean(process.stdout.isTTY) };
  runCli(process.argv.slice(2), { ...io, defaultFactsDir: join(__dirname, '..', 'facts'), defaultCompiled: join(__dirname, 'facts.json'), version: TREATY_CHECK_VERSION }).then((code) => {
    process.exitCode = code;
  });
}
