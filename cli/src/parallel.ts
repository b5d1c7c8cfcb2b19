// Checks many briefs on all cores with worker threads. Each worker loads the fact base
// once and checks a share of the files; results come back as JSON diagnostics.
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

export async function checkInParallel(files: string[], request: ParallelRequest): Promise<Map<string, ParallelResult> | undefined> {
  const jobs = Math.min(request.jobs ?? availableParallelism(), files.length);
  if (!workerScript || jobs < 2) return undefined;
  const shares: string[][] = Array.from({ length: jobs }, () => []);
  // Largest-first round robin keeps the shares even.
  files.forEach((f, i) => shares[i % jobs].push(f));
  const results = new Map<string, ParallelResult>();
  await Promise.all(shares.map((share) => new Promise<void>((resolvePromise, reject) => {
    const worker = new Worker(workerScript!, { workerData: { files: share, request: { ...request, jobs: undefined } } });
    worker.once('message', (message: [string, ParallelResult][]) => {
      for (const [path, result] of message) results.set(path, result);
      resolvePromise();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => (code === 0 ? resolvePromise() : reject(new Error(`worker exited with ${code}`))));
  })));
  return results;
}
