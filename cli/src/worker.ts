// The worker side of parallel checking.
import { parentPort, workerData } from 'node:worker_threads';
import { createChecker } from '../../core/src/index.js';
import { loadFactBase } from '../../host/src/loadFactBase.js';
import { readBrief } from './briefs.js';
import type { ParallelRequest, ParallelResult } from './parallel.js';
import { rangeConverter, toJsonDiagnostic } from './positions.js';

export function runWorker(): void {
  const { files, request } = workerData as { files: string[]; request: ParallelRequest };
  const loaded = loadFactBase({ defaultDir: request.defaultFactsDir, defaultCompiled: request.defaultCompiled, extraDirs: request.extraDirs, cacheFile: request.cacheFile });
  const checker = createChecker(loaded.factBase);
  const out: [string, ParallelResult][] = [];
  for (const path of files) {
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
