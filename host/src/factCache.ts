// Parsed workspace fact files kept on disk between runs, keyed by path, size and
// modification time, so a large fact base starts without parsing its YAML again. Only
// good files are kept; entries are checked against the schema on the way back in, and an
// unreadable or foreign cache is simply ignored (the files are parsed as usual).
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { factFileFromData, PARSED_FORM, type ParsedFactFile } from '../../core/src/index.js';
import { rereadText } from './factFiles.js';

interface CachedFile {
  stamp: string;
  kind: 'instrument' | 'parties';
  data: unknown;
  idLine: number;
}

interface CacheFile {
  form: string;
  files: Record<string, CachedFile>;
}

export class FactCache {
  private loadedEntries: Map<string, CachedFile> | undefined;
  private readonly used = new Set<string>();
  private readonly kept = new Set<string>();
  private changed = false;

  private constructor(private readonly file: string) {}

  static open(file: string): FactCache {
    return new FactCache(file);
  }

  /** Read on first use: a reload where every file is already in memory never reads it. */
  private get entries(): Map<string, CachedFile> {
    if (this.loadedEntries) return this.loadedEntries;
    this.loadedEntries = new Map();
    try {
      const stored = JSON.parse(readFileSync(this.file, 'utf8')) as CacheFile;
      if (stored?.form === PARSED_FORM && stored.files && typeof stored.files === 'object') {
        for (const [path, entry] of Object.entries(stored.files)) this.loadedEntries.set(path, entry);
      }
    } catch {
      // No cache yet, or one this version cannot read: start empty.
    }
    return this.loadedEntries;
  }

  /** The file as parsed when it had this stamp, if the cache holds it. */
  get(path: string, stamp: string): ParsedFactFile | undefined {
    const entry = this.entries.get(path);
    if (!entry || entry.stamp !== stamp) return undefined;
    const file = factFileFromData(path, entry.kind, entry.data, entry.idLine, () => rereadText(path));
    if (file) this.used.add(path);
    return file;
  }

  /** Keeps a file's entry that the caller already holds in memory. */
  keep(path: string): void {
    this.kept.add(path);
  }

  set(path: string, stamp: string, file: ParsedFactFile): void {
    if (file.kind === 'broken') return;
    const data = file.kind === 'instrument' ? file.instrument : file.parties;
    this.entries.set(path, { stamp, kind: file.kind, data, idLine: file.kind === 'instrument' ? file.idLine : 0 });
    this.used.add(path);
    this.changed = true;
  }

  /** Writes the cache when it changed, dropping files no longer loaded; never throws. */
  save(): void {
    // Nothing parsed and nothing looked up: the cache on disk is as good as it was.
    if (!this.loadedEntries) return;
    for (const path of this.kept) if (this.entries.has(path)) this.used.add(path);
    const dropped = [...this.entries.keys()].some((path) => !this.used.has(path));
    if (!this.changed && !dropped) return;
    const files: Record<string, CachedFile> = {};
    for (const path of this.used) {
      const entry = this.entries.get(path);
      if (entry) files[path] = entry;
    }
    try {
      mkdirSync(dirname(this.file), { recursive: true });
      const temporary = `${this.file}.${process.pid}.tmp`;
      writeFileSync(temporary, asciiJson({ form: PARSED_FORM, files } satisfies CacheFile));
      renameSync(temporary, this.file);
      this.changed = false;
    } catch {
      // A cache that cannot be written only costs the next start its speed.
    }
  }
}

/**
 * JSON with every character beyond ASCII escaped: read back, the whole file is a string of
 * one byte per character, half the memory of the two-byte string one en dash would force.
 */
function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
