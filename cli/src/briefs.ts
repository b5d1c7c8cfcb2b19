// Finds the briefs to check and reads them as text, refusing binary or non-UTF-8 files.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_MAX_LENGTH } from '../../core/src/index.js';

export function expandPaths(paths: readonly string[]): { files: string[]; missing: string[] } {
  const files: string[] = [];
  const missing: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile() && /\.(md|markdown)$/i.test(entry.name)) files.push(path);
    }
  };
  for (const p of paths) {
    if (p === '-') {
      files.push(p);
      continue;
    }
    try {
      if (statSync(p).isDirectory()) walk(p);
      else files.push(p);
    } catch {
      missing.push(p);
    }
  }
  return { files, missing };
}

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** The file's text, or why it cannot be checked. */
export function decodeBrief(bytes: Uint8Array): { text?: string; problem?: string } {
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) return { problem: 'not a text file (it contains NUL bytes)' };
  try {
    return { text: decoder.decode(bytes) };
  } catch {
    return { problem: 'not UTF-8 text' };
  }
}

/** No brief over the checker's size limit has more bytes than this (UTF-8 spends at most 3 bytes per UTF-16 unit). */
const MAX_BRIEF_BYTES = 3 * DEFAULT_MAX_LENGTH;

export function readBrief(path: string): { text?: string; problem?: string } {
  try {
    // A FIFO or a device (/dev/zero) would block or never end, and a huge file would fill memory.
    const stat = statSync(path);
    if (!stat.isFile()) return { problem: 'not a regular file' };
    if (stat.size > MAX_BRIEF_BYTES) return { problem: `too large to check (${stat.size} bytes; the limit is ${DEFAULT_MAX_LENGTH} characters)` };
    return decodeBrief(readFileSync(path));
  } catch (error) {
    return { problem: `cannot read it (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})` };
  }
}
