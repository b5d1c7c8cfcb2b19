// Checks many briefs on all cores with worker threads. Each worker loads the fact base
// once and checks a share of the files; results come back as JSON diagnostics.
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { CheckOptions } from '../../core/src/index.js';
import type { JsonDiagnostic } from './positions.js';

export interface ParallelRequest {
  options: CheckOptions;
  jobs?: number;
  defaultFactsDir?: string;
  defaultCompiled?: string;
  extraDirs: string[];
  cacheFile?: string;
}

export interface ParallelResult {
  diagnostics: JsonDiagnostic[];
  error?: string;
}

/** The script workers run: the bundle itself (see workerMain in main.ts), or undefined when not bundled. */
export let workerScript: string | undefined;
export function setWorkerScript(path: string): void {
  workerScript = path;
}

/**
 * Starts workers for all but one share of the files (largest first, dealt to the lightest
 * share); the caller checks the returned `own` share on the main thread meanwhile.
 */
export function checkInParallel(files: string[], request: ParallelRequest): { own: string[]; others: Promise<Map<string, ParallelResult>> } | undefined {
  const jobs = Math.min(request.jobs ?? availableParallelism(), files.length);
  if (!workerScript || jobs < 2) return undefined;
  const sized = files.map((f) => ({ f, size: sizeOf(f) })).sort((a, b) => b.size - a.size);
  const shares = Array.from({ length: jobs }, () => ({ files: [] as string[], size: 0 }));
  for (const { f, size } of sized) {
    const lightest = shares.reduce((a, b) => (b.size < a.size ? b : a));
    lightest.files.push(f);
    lightest.size += size;
  }
  const results = new Map<string, ParallelResult>();
  const others = Promise.all(shares.slice(1).map((share) => new Promise<void>((resolvePromise, reject) => {
    const worker = new Worker(workerScript!, { workerData: { files: share.files, request: { ...request, jobs: undefined } } });
    worker.once('message', (message: [string, ParallelResult][]) => {
      for (const [path, result] of message) results.set(path, result);
      resolvePromise();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => (code === 0 ? resolvePromise() : reject(new Error(`worker exited with ${code}`))));
  }))).then(() => results);
  return { own: shares[0].files, others };
}

function sizeOf(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}
