// In-process measurements: the checker against its floor (the product's own parse and
// remark-parse alone) and its peer (markdownlint), and the fact base at scale.
import { lint as markdownlint } from 'markdownlint/sync';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { measurePaired, pairedRatio, summarize, timeOnce } from './stats.mjs';

const remarkOnly = unified().use(remarkParse).freeze();

/**
 * Paired: a full check with a fresh checker (its block cache empty), the product's
 * parseMarkdown, remark-parse alone and markdownlint's default rules, on one string.
 * Then the warm re-check: the same checker again, every block a cache hit.
 */
export function measureDocument({ core, factBase, text, warmup, iterations, deadline }) {
  const options = { asOf: '2026-01-01' };
  let findings = 0;
  const samples = measurePaired({
    check: () => {
      findings = core.createChecker(factBase).check(text, options).findings.length;
    },
    parse: () => core.parseMarkdown(text),
    remark: () => remarkOnly.parse(text),
    markdownlint: () => markdownlint({ strings: { doc: text } }),
  }, { warmup, iterations, deadline });
  const warm = core.createChecker(factBase);
  warm.check(text, options);
  const warmSamples = [];
  for (let i = 0; i < Math.max(5, iterations); i++) warmSamples.push(timeOnce(() => warm.check(text, options)));
  return {
    findings,
    check: summarize(samples.check),
    parse: summarize(samples.parse),
    remark: summarize(samples.remark),
    markdownlint: summarize(samples.markdownlint),
    warmCheck: summarize(warmSamples),
    checkOverParse: pairedRatio(samples, 'check', 'parse'),
    checkOverRemark: pairedRatio(samples, 'check', 'remark'),
    parseOverRemark: pairedRatio(samples, 'parse', 'remark'),
    checkOverMarkdownlint: pairedRatio(samples, 'check', 'markdownlint'),
  };
}

function heapAfterGc() {
  globalThis.gc?.();
  return process.memoryUsage().heapUsed;
}

/** Loads a fact base `runs` times; the heap it holds is measured on the last load. */
export function measureLoad({ loadFactBase, request, runs }) {
  const times = [];
  let loaded;
  let heap = NaN;
  for (let i = 0; i < runs; i++) {
    loaded = undefined;
    const before = heapAfterGc();
    const start = performance.now();
    loaded = loadFactBase(request);
    times.push(performance.now() - start);
    if (i === runs - 1) heap = (heapAfterGc() - before) / 2 ** 20;
  }
  return {
    loaded,
    load: summarize(times),
    firstLoadMs: times[0],
    heapMb: globalThis.gc ? heap : NaN,
    instruments: loaded.factBase.instruments.size,
    names: loaded.factBase.index.names.count,
    problems: loaded.problems.length,
  };
}

/** Paired: the same brief checked (fresh checker) against the bundled and the large base. */
export function measureFactBaseCheck({ core, small, large, text, warmup, iterations, deadline }) {
  const options = { asOf: '2026-01-01' };
  const samples = measurePaired({
    bundled: () => core.createChecker(small).check(text, options),
    large: () => core.createChecker(large).check(text, options),
  }, { warmup, iterations, deadline });
  return { bundled: summarize(samples.bundled), large: summarize(samples.large), ratio: pairedRatio(samples, 'large', 'bundled') };
}
