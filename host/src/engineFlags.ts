// V8 settings for the processes that run the checker (the server and the CLI).
import { setFlagsFromString } from 'node:v8';

/**
 * Compile each regular expression straight to machine code on its first use. By default V8
 * first compiles a pattern to bytecode and compiles it again to machine code once it runs
 * again; the checker has a few hundred patterns, and that double compilation made the first
 * check of a brief twice as slow (1,000 words: 140 ms cold against 70 ms with this flag,
 * the same steady-state speed). It is read when a pattern is compiled, so setting it at
 * start-up, before any check, is early enough.
 */
export function tuneEngine(): void {
  setFlagsFromString('--no-regexp-tier-up');
}

/**
 * For a batch run (the CLI): let functions run about fifteen times longer before V8 spends
 * its optimizing compiler on them. The checker is a few hundred large functions; with the
 * default budget each process (and each worker) spends seconds of a second core compiling
 * and recompiling them, which on two cores is the core the other worker needs (500 briefs,
 * 3.75 MB: all cores took as long as one). Only the hottest functions get optimized now,
 * later, and a long run still reaches full speed. Read when a function's budget is
 * set, so it must come before the bundle's functions first run.
 */
export function tuneEngineForBatch(): void {
  tuneEngine();
  setFlagsFromString('--interrupt-budget=1000000');
}
