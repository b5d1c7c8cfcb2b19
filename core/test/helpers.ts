// Shared by the core tests: the bundled fact base, loaded once, and text helpers.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createChecker, type Checker } from '../src/index.js';
import { loadFactBase } from '../../host/src/loadFactBase.js';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const factsDir = join(repoRoot, 'facts');

let checker: Checker | undefined;

/** A checker over the bundled fact base, with a fixed "today". */
export function bundledChecker(): Checker {
  if (!checker) {
    const loaded = loadFactBase({ defaultDir: factsDir, extraDirs: [] });
    if (loaded.problems.length > 0) throw new Error(`bundled fact base has problems:\n${loaded.problems.map((p) => `${p.path}:${p.line + 1}:${p.column + 1} ${p.message}`).join('\n')}`);
    checker = createChecker(loaded.factBase, () => '2026-11-24');
  }
  return checker;
}

/** Offset of the n-th (1-based) occurrence of `needle` in `text`. */
export function offsetOf(text: string, needle: string, occurrence = 1): number {
  let at = -1;
  for (let i = 0; i < occurrence; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" occurs fewer than ${occurrence} times`);
  }
  return at;
}
