// Runs a CommonJS bundle through a V8 code cache, so that a process starts without parsing
// and compiling the bundle again. The cache is taken after the bundle has run for a while,
// so it also holds the functions the first check compiled lazily. V8 refuses a cache made
// by another V8 version or with other flags (VS Code's Electron, say, refuses one made by
// Node at build time); then the bundle compiles as usual and, where a writable folder was
// given, a fresh cache is written there for the next start.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { Script } from 'node:vm';

export interface CodeCacheRequest {
  /** The CommonJS bundle to run. */
  bundle: string;
  /** Folders to look for a cache in, in order. */
  readDirs: readonly string[];
  /** Where to write a cache when none was usable; none: never write. */
  writeDir?: string;
  /** How long the bundle runs before its cache is taken (it is also taken at exit). */
  writeAfterMs: number;
}

export interface CodeCacheResult {
  /** The cache file V8 accepted, if any. */
  usedCache?: string;
  /** Cache files V8 refused (another V8 version or other flags). */
  refused: string[];
  /** Takes the cache now (when one is due), instead of waiting for the timer or the exit. */
  writeNow(): string | undefined;
}

/**
 * The cache's file name holds a hash of the bundle's text: V8 checks only the text's
 * length, and a rebuilt bundle of the same length must not run a stale cache.
 */
export function codeCacheName(bundle: string, bytes: Uint8Array): string {
  const hash = createHash('sha1').update(process.version).update(process.arch).update(bytes).digest('hex').slice(0, 16);
  return `${basename(bundle, '.js')}-${hash}.cache`;
}

function readCache(path: string): Buffer | undefined {
  try {
    return readFileSync(path);
  } catch {
    return undefined;
  }
}

/** Writes atomically (a half-written cache must never be read), and drops older caches of the bundle. */
function writeCache(dir: string, name: string, data: Buffer, prefix: string): string | undefined {
  try {
    mkdirSync(dir, { recursive: true });
    const path = join(dir, name);
    const partial = `${path}.${process.pid}.partial`;
    writeFileSync(partial, data);
    renameSync(partial, path);
    for (const other of readdirSync(dir)) {
      if (other !== name && other.startsWith(prefix) && other.endsWith('.cache')) rmSync(join(dir, other), { force: true });
    }
    return path;
  } catch {
    return undefined; // A read-only or full disk costs only the next start's speed.
  }
}

export function runWithCodeCache(request: CodeCacheRequest): CodeCacheResult {
  const bytes = readFileSync(request.bundle);
  const name = codeCacheName(request.bundle, bytes);
  const source = bytes.toString('utf8');
  const refused: string[] = [];
  let script: Script | undefined;
  let usedCache: string | undefined;
  // The wrapper keeps line numbers: the bundle's first line stays line 1 (source maps agree).
  const wrapped = `(function (exports, require, module, __filename, __dirname) { ${source}\n})`;
  for (const dir of request.readDirs) {
    const path = join(dir, name);
    const cachedData = readCache(path);
    if (!cachedData) continue;
    const candidate = new Script(wrapped, { filename: request.bundle, cachedData });
    if (candidate.cachedDataRejected) {
      refused.push(path);
      continue;
    }
    script = candidate;
    usedCache = path;
    break;
  }
  script ??= new Script(wrapped, { filename: request.bundle });

  let due = usedCache === undefined && request.writeDir !== undefined;
  const writeNow = (): string | undefined => {
    if (!due) return undefined;
    due = false;
    return writeCache(request.writeDir!, name, script!.createCachedData(), `${basename(request.bundle, '.js')}-`);
  };
  if (due) {
    setTimeout(writeNow, request.writeAfterMs).unref();
    process.once('exit', () => writeNow());
  }

  const module = { exports: {} as unknown, filename: request.bundle, id: request.bundle };
  const run = script.runInThisContext() as (exports: unknown, require: NodeRequire, module: unknown, filename: string, dirname: string) => void;
  run.call(module.exports, module.exports, createRequire(request.bundle), module, request.bundle, dirname(request.bundle));
  return { usedCache, refused, writeNow };
}
