// Reads fact directories from disk for the CLI and the server (the core never touches
// the file system). Files over the size limit are reported without being read.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { MAX_FACT_FILE_BYTES, parseFactFile, type ParsedFactFile } from '../../core/src/index.js';

// Code-point order: the same on every machine, and no collator to start up (localeCompare
// cost 9 ms of a cold start).
const byName = (a: { name: string }, b: { name: string }) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

export function listFactFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string, depth: number) => {
    if (depth > 8) return;
    let entries;
    try {
      entries = readdirSync(d, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries.sort(byName)) {
      const path = join(d, entry.name);
      if (entry.isDirectory() && !entry.name.startsWith('.') && entry.name !== 'node_modules') walk(path, depth + 1);
      else if (entry.isFile() && /\.ya?ml$/i.test(entry.name) && !entry.name.startsWith('.')) out.push(path);
    }
  };
  walk(dir, 0);
  return out;
}

export interface FileStamp {
  /** The file's identity on disk: a file with the same size and modification time is not re-parsed. */
  stamp: string;
  size: number;
}

export function fileStamp(path: string): FileStamp | undefined {
  try {
    const stat = statSync(path);
    return { stamp: `${stat.size}:${stat.mtimeMs}`, size: stat.size };
  } catch {
    return undefined;
  }
}

/** `knownSize` saves a second stat when the caller has just taken one. */
export function readFactFile(path: string, knownSize?: number): ParsedFactFile {
  try {
    const size = knownSize ?? statSync(path).size;
    if (size > MAX_FACT_FILE_BYTES) {
      return { kind: 'broken', path, problems: [{ path, line: 0, column: 0, endLine: 0, endColumn: 1, message: `Fact file is too large (${size} bytes; the limit is ${MAX_FACT_FILE_BYTES}).` }] };
    }
    // The text is read again only if a cross-file problem needs positions in it.
    return parseFactFile(path, readFileSync(path, 'utf8'), () => rereadText(path));
  } catch (error) {
    return { kind: 'broken', path, problems: [{ path, line: 0, column: 0, endLine: 0, endColumn: 1, message: `Cannot read fact file: ${(error as Error).message}` }] };
  }
}

export function rereadText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}
