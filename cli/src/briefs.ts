// Finds the briefs to check and reads them as text, refusing binary or non-UTF-8 files.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

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

export function readBrief(path: string): { text?: string; problem?: string } {
  try {
    return decodeBrief(readFileSync(path));
  } catch (error) {
    return { problem: `cannot read it (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})` };
  }
}
