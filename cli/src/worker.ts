// The worker side of parallel checking: loads the fact base, then checks files from the
// shared queue until none is left, and sends all its results back at once.
import { parentPort, workerData } from 'node:worker_threads';
import { createChecker } from '../../core/src/index.js';
import { loadFactBase } from '../../host/src/loadFactBase.js';
import { readBrief } from './briefs.js';
import { FileQueue } from './fileQueue.js';
import type { ParallelResult, WorkerInput } from './parallel.js';
import { rangeConverter, toJsonDiagnostic } from './positions.js';

export function runWorker(): void {
  const { files, next, request } = workerData as WorkerInput;
  const loaded = loadFactBase({ defaultDir: request.defaultFactsDir, defaultCompiled: request.defaultCompiled, extraDirs: request.extraDirs, cacheFile: request.cacheFile });
  const checker = createChecker(loaded.factBase);
  const queue = new FileQueue(files, next);
  const out: [string, ParallelResult][] = [];
  for (let path = queue.take(); path !== undefined; path = queue.take()) {
    const read = readBrief(path);
    if (read.text === undefined) {
      out.push([path, { diagnostics: [], error: read.problem }]);
      continue;
    }
    const toRange = rangeConverter(read.text);
    out.push([path, { diagnostics: checker.check(read.text, request.options).findings.map((f) => toJsonDiagnostic(f, toRange)) }]);
  }
  parentPort!.postMessage(out);
}
