// The workspace config file (.treaty-check.yaml), read identically by the CLI and the
// language server so both agree. Fact directories it names must stay inside the
// workspace: no "../", no absolute paths, no symlinks out.
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { isAbsolute, join, resolve, sep } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { validateConfig } from '../../core/src/facts/generated/validators.js';
import type { Severity } from '../../core/src/index.js';

export const CONFIG_FILE = '.treaty-check.yaml';

export interface WorkspaceConfig {
  factDirs: string[];
  useDefaultFacts: boolean;
  asOf?: string;
  severity: Record<string, Severity | 'off'>;
  ignore: string[];
  citationStyle?: 'day-month-year' | 'month-day-year' | 'iso';
}

export interface ConfigProblem {
  path: string;
  line: number;
  column: number;
  message: string;
}

export const EMPTY_CONFIG: WorkspaceConfig = { factDirs: [], useDefaultFacts: true, severity: {}, ignore: [] };

/** Resolves `dir` against `root`, or explains why it may not be used. */
export function containedDirectory(root: string, dir: string): { path?: string; problem?: string } {
  if (isAbsolute(dir)) return { problem: `Fact directory "${dir}" must be relative to the workspace.` };
  const target = resolve(root, dir);
  const inside = (p: string, base: string) => p === base || p.startsWith(base.endsWith(sep) ? base : base + sep);
  if (!inside(target, resolve(root))) return { problem: `Fact directory "${dir}" is outside the workspace.` };
  if (!existsSync(target)) return { problem: `Fact directory "${dir}" does not exist.` };
  try {
    if (!inside(realpathSync(target), realpathSync(root))) return { problem: `Fact directory "${dir}" links outside the workspace.` };
  } catch {
    return { problem: `Fact directory "${dir}" cannot be read.` };
  }
  return { path: target };
}

export function readWorkspaceConfig(root: string, text?: string): { config: WorkspaceConfig; problems: ConfigProblem[]; path: string } {
  const path = join(root, CONFIG_FILE);
  const problems: ConfigProblem[] = [];
  if (text === undefined) {
    if (!existsSync(path)) return { config: EMPTY_CONFIG, problems, path };
    try {
      text = readFileSync(path, 'utf8');
    } catch (error) {
      return { config: EMPTY_CONFIG, problems: [{ path, line: 0, column: 0, message: `Cannot read ${CONFIG_FILE}: ${(error as Error).message}` }], path };
    }
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, customTags: [], strict: true });
  const at = (offset: number) => {
    const p = lineCounter.linePos(offset);
    return { line: p.line - 1, column: p.col - 1 };
  };
  for (const e of [...doc.errors, ...doc.warnings]) problems.push({ path, ...at(e.pos[0]), message: `YAML: ${e.message.split('\n')[0]}` });
  if (problems.length > 0) return { config: EMPTY_CONFIG, problems, path };
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 20 }) ?? {};
  } catch (error) {
    return { config: EMPTY_CONFIG, problems: [{ path, line: 0, column: 0, message: `YAML: ${(error as Error).message}` }], path };
  }
  if (!validateConfig(data)) {
    for (const e of validateConfig.errors ?? []) {
      const key = e.instancePath.split('/').filter(Boolean);
      const node = doc.getIn(key, true) as { range?: [number, number] } | undefined;
      const extra = e.keyword === 'additionalProperties' ? ` (\`${String(e.params.additionalProperty)}\`)` : '';
      problems.push({ path, ...at(node?.range?.[0] ?? 0), message: `${CONFIG_FILE}: ${key.length ? `\`${key.join('.')}\` ` : ''}${e.message}${extra}.` });
    }
    return { config: EMPTY_CONFIG, problems, path };
  }
  const raw = data as { facts?: string[]; useDefaultFacts?: boolean; asOf?: string; severity?: Record<string, Severity | 'off'>; ignore?: string[]; citationStyle?: WorkspaceConfig['citationStyle'] };
  const factDirs: string[] = [];
  (raw.facts ?? []).forEach((dir, i) => {
    const resolved = containedDirectory(root, dir);
    if (resolved.path) factDirs.push(resolved.path);
    else {
      const node = doc.getIn(['facts', i], true) as { range?: [number, number] } | undefined;
      problems.push({ path, ...at(node?.range?.[0] ?? 0), message: resolved.problem! });
    }
  });
  return {
    config: { factDirs, useDefaultFacts: raw.useDefaultFacts ?? true, asOf: raw.asOf, severity: raw.severity ?? {}, ignore: raw.ignore ?? [], citationStyle: raw.citationStyle },
    problems,
    path,
  };
}
