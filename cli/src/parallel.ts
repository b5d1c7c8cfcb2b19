// Checks many briefs on all cores with worker threads. Every thread (this one and each
// worker) takes the next unchecked file from one shared queue, so they finish together
// however late a worker starts; workers send their results back as JSON diagnostics.
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { CheckOptions } from '../../core/src/index.js';
import type { JsonDiagnostic } from './positions.js';
import { FileQueue } from './fileQueue.js';

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

/** What a worker is started with (see worker.ts). */
export interface WorkerInput {
  files: string[];
  /** The shared queue's counter (FileQueue). */
  next: SharedArrayBuffer;
  request: ParallelRequest;
}

/** The script workers run: the bundle itself (see workerMain in main.ts), or undefined when not bundled. */
export let workerScript: string | undefined;
export function setWorkerScript(path: string): void {
  workerScript = path;
}

/**
 * Starts `jobs - 1` workers on a queue of the files, largest first (so the last files taken
 * are small). The caller takes files from the returned `queue` on this thread meanwhile;
 * `others` resolves with the workers' results. A worker that fails loses its results, not
 * the run: files without a result are for the caller to check.
 */
export function checkInParallel(files: string[], request: ParallelRequest): { queue: FileQueue; others: Promise<Map<string, ParallelResult>> } | undefined {
  const jobs = Math.min(request.jobs ?? availableParallelism(), files.length);
  if (!workerScript || jobs < 2) return undefined;
  const bySize = files.map((f) => ({ f, size: sizeOf(f) })).sort((a, b) => b.size - a.size).map(({ f }) => f);
  const queue = new FileQueue(bySize);
  const results = new Map<string, ParallelResult>();
  const input: WorkerInput = { files: bySize, next: queue.shared, request: { ...request, jobs: undefined } };
  const others = Promise.all(Array.from({ length: jobs - 1 }, () => new Promise<void>((resolvePromise) => {
    const worker = new Worker(workerScript!, { workerData: input });
    worker.once('message', (message: [string, ParallelResult][]) => {
      for (const [path, result] of message) results.set(path, result);
    });
    worker.once('error', () => resolvePromise());
    worker.once('exit', () => resolvePromise());
  }))).then(() => results);
  return { queue, others };
}

function sizeOf(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}
