// Loads the default fact base and the workspace's fact directories into one fact base.
// A file that breaks keeps its last good version in use (when there is one), so an
// analyst mid-edit in a fact file never loses the facts it held.
import { assembleFactBase, parseFactFile, type AssembledFactBase, type FactLayer, type FactProblem, type ParsedFactFile } from '../../core/src/index.js';
import { fileStamp, listFactFiles, readFactFile } from './factFiles.js';
import { fromCompiled, readCompiledFacts, type CompiledFacts } from './compiledFacts.js';
import { FactCache } from './factCache.js';
import { readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';

function fromCompiledFile(compiled: CompiledFacts | undefined, dir: string, path: string): ParsedFactFile | undefined {
  if (!compiled) return undefined;
  try {
    return fromCompiled(compiled[relative(dir, path).split(sep).join('/')], path, readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

export interface FactBaseRequest {
  defaultDir?: string;
  /** dist/facts.json: the default directory's files parsed at build time. */
  defaultCompiled?: string;
  extraDirs: readonly string[];
  /** Text of open, unsaved fact files, by path: the editor's view wins over the disk. */
  overlays?: ReadonlyMap<string, string>;
  /** Where parsed workspace files are kept between runs (see factCache.ts); none when absent. */
  cacheFile?: string;
  /** The fact base loaded last time: returned as it is when no file changed (no new index). */
  previous?: LoadedFactBase;
}

export interface LoadedFactBase extends AssembledFactBase {
  /** The last good parse of every file, to fall back on next time. */
  goodFiles: Map<string, ParsedFactFile>;
  /** Size and modification time of each good file when it was parsed. */
  stamps: Map<string, string>;
  /** Files that are broken now (their problems are in `problems`). */
  brokenFiles: string[];
  /** The parsed files it was assembled from. */
  layers: FactLayer[];
}

const sameLayers = (a: readonly FactLayer[], b: readonly FactLayer[]) =>
  a.length === b.length && a.every((layer, i) => layer.name === b[i].name && layer.files.length === b[i].files.length && layer.files.every((f, j) => f === b[i].files[j]));

export function loadFactBase(request: FactBaseRequest, previousGood: ReadonlyMap<string, ParsedFactFile> = new Map(), parse: (path: string, text: string) => ParsedFactFile = parseFactFile, previousStamps: ReadonlyMap<string, string> = new Map()): LoadedFactBase {
  const goodFiles = new Map<string, ParsedFactFile>();
  const stamps = new Map<string, string>();
  const brokenFiles: string[] = [];
  const layers: FactLayer[] = [];
  const dirs: [string, string][] = [];
  if (request.defaultDir) dirs.push(['default', request.defaultDir]);
  for (const dir of request.extraDirs) dirs.push(['workspace', dir]);
  const extraProblems: FactProblem[] = [];
  // Read only when a default file is not the one loaded last time (a reload usually needs none).
  let compiled: CompiledFacts | undefined | null = null;
  const compiledFacts = () => (compiled === null ? (compiled = readCompiledFacts(request.defaultCompiled)) : compiled);
  const cache = request.cacheFile ? FactCache.open(request.cacheFile) : undefined;
  for (const [name, dir] of dirs) {
    const files: ParsedFactFile[] = [];
    for (const path of listFactFiles(dir)) {
      if (name === 'default' && request.defaultCompiled) {
        const stamp = fileStamp(path);
        const previous = previousGood.get(path);
        const ready = stamp && previous && previousStamps.get(path) === stamp.stamp ? previous : fromCompiledFile(compiledFacts(), dir, path);
        if (ready) {
          files.push(ready);
          goodFiles.set(path, ready);
          if (stamp) stamps.set(path, stamp.stamp);
          continue;
        }
      }
      const overlay = request.overlays?.get(path);
      // Unchanged on disk since the last load: keep its parse (a reload re-reads only what changed).
      const stamp = overlay === undefined ? fileStamp(path) : undefined;
      const previous = previousGood.get(path);
      const unchanged = stamp !== undefined && previous !== undefined && previousStamps.get(path) === stamp.stamp;
      if (unchanged) cache?.keep(path);
      const cached = unchanged || !stamp ? undefined : cache?.get(path, stamp.stamp);
      const parsed = unchanged ? previous : overlay !== undefined ? parse(path, overlay) : cached ?? readFactFile(path, stamp?.size);
      if (stamp !== undefined && parsed.kind !== 'broken') {
        stamps.set(path, stamp.stamp);
        // Already in the cache (read from it, or kept as unchanged): nothing to write.
        if (!cached && !unchanged) cache?.set(path, stamp.stamp, parsed);
      }
      if (parsed.kind === 'broken') {
        brokenFiles.push(path);
        extraProblems.push(...parsed.problems);
        const good = previousGood.get(path);
        if (good) {
          files.push({ ...good, problems: [] } as ParsedFactFile);
          goodFiles.set(path, good);
        }
      } else {
        files.push(parsed);
        goodFiles.set(path, parsed);
      }
    }
    layers.push({ name, files });
  }
  cache?.save();
  if (request.previous && sameLayers(request.previous.layers, layers)) return request.previous;
  const assembled = assembleFactBase(layers);
  return { ...assembled, problems: [...extraProblems, ...assembled.problems], goodFiles, brokenFiles, stamps, layers };
}
