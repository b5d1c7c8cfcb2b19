// The CLI flow: arguments → configuration → fact base → briefs → report → exit code.
import { createChecker, type CheckOptions } from '../../core/src/index.js';
import { loadFactBase } from '../../host/src/loadFactBase.js';
import { readWorkspaceConfig } from '../../host/src/workspaceConfig.js';
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs, USAGE, UsageError } from './args.js';
import { applyEdits, preferredEdits, writeAtomically } from './applyFixes.js';
import { decodeBrief, expandPaths, readBrief } from './briefs.js';
import { formatJson, formatSarif, formatText, type FileReport, type Report } from './formats.js';
import { checkInParallel } from './parallel.js';
import { rangeConverter, toJsonDiagnostic } from './positions.js';

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  readStdin(): Promise<string>;
  cwd: string;
  isTTY: boolean;
  defaultFactsDir?: string;
  defaultCompiled?: string;
  version?: string;
}

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let args;
  try {
    args = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`treaty-check: ${error.message}\n\n${USAGE}`);
    return 2;
  }
  if (args.help) {
    io.stdout(USAGE);
    return 0;
  }
  const version = io.version ?? '0.0.0';
  if (args.version) {
    io.stdout(`${version}\n`);
    return 0;
  }
  let exitCode = 0;
  const fail = (message: string) => {
    io.stderr(`${message}\n`);
    exitCode = 2;
  };

  const { config, problems: configProblems } = readWorkspaceConfig(io.cwd);
  for (const p of configProblems) fail(`${p.path}:${p.line + 1}:${p.column + 1} error ${p.message}`);
  const useDefault = !args.noDefaultFacts && config.useDefaultFacts;
  const loaded = loadFactBase({
    defaultDir: useDefault ? io.defaultFactsDir : undefined,
    defaultCompiled: io.defaultCompiled,
    extraDirs: [...config.factDirs, ...args.facts.map((d) => resolve(io.cwd, d))],
    cacheFile: args.cache ? resolve(io.cwd, args.cache) : undefined,
  });
  for (const p of loaded.problems) fail(`${p.path}:${p.line + 1}:${p.column + 1} error ${p.message}`);
  for (const dir of args.facts) {
    if (!existsSync(resolve(io.cwd, dir))) fail(`treaty-check: --facts ${dir}: no such directory`);
  }

  const options: CheckOptions = { asOf: args.asOf ?? config.asOf, severity: config.severity, ignore: config.ignore };
  const checker = createChecker(loaded.factBase);
  const { files, missing } = expandPaths(args.paths.length > 0 ? args.paths.map((p) => (p === '-' ? p : resolve(io.cwd, p))) : [io.cwd]);
  for (const m of missing) fail(`treaty-check: ${m}: no such file or directory`);
  if (args.fix && files.includes('-')) {
    io.stderr('treaty-check: --fix cannot be used with standard input.\n');
    return 2;
  }

  const display = (path: string) => (path === '-' ? '<stdin>' : relativeToCwd(path, io.cwd));
  const reports: FileReport[] = [];
  const fileTexts = files.filter((f) => f !== '-');
  // Many files: worker threads take files from one queue while this thread takes its own.
  // Workers pay a start-up and lose the shared block cache (briefs repeat paragraphs), so by
  // default they are used only from half a megabyte (about 80 briefs of 1,000 words), where
  // they start to pay (see tuneEngineForBatch); --jobs N asks for them explicitly.
  const totalBytes = fileTexts.reduce((sum, f) => sum + fileSize(f), 0);
  const wantWorkers = args.jobs !== undefined ? args.jobs > 1 : totalBytes >= PARALLEL_MIN_BYTES;
  const split = !args.fix && fileTexts.length >= 16 && wantWorkers ? checkInParallel(fileTexts, { options, jobs: args.jobs, defaultFactsDir: useDefault ? io.defaultFactsDir : undefined, defaultCompiled: io.defaultCompiled, extraDirs: [...config.factDirs, ...args.facts.map((d) => resolve(io.cwd, d))], cacheFile: args.cache ? resolve(io.cwd, args.cache) : undefined }) : undefined;
  const local = new Map<string, FileReport>();
  const checkOne = async (path: string): Promise<FileReport> => {
    const read = path === '-' ? decodeBrief(Buffer.from(await io.readStdin(), 'utf8')) : readBrief(path);
    if (read.text === undefined) {
      fail(`${display(path)}: ${read.problem}`);
      return { path: display(path), diagnostics: [], error: read.problem };
    }
    let text = read.text;
    let result = checker.check(text, options);
    if (args.fix && !result.findings.some((f) => f.code === 'treaty.document-too-large')) {
      const edits = preferredEdits(result.findings);
      if (edits.length > 0) {
        text = applyEdits(text, edits);
        try {
          writeAtomically(path, text);
        } catch (error) {
          fail(`${display(path)}: cannot write fixes (${(error as Error).message})`);
          text = read.text;
        }
        result = checker.check(text, options);
      }
    }
    const toRange = rangeConverter(text);
    return { path: display(path), diagnostics: result.findings.map((f) => toJsonDiagnostic(f, toRange)) };
  };
  if (split) for (let path = split.queue.take(); path !== undefined; path = split.queue.take()) local.set(path, await checkOne(path));
  else for (const path of files) local.set(path, await checkOne(path));
  // Files a failed worker had taken have no result: they are checked here, below.
  const parallel = split ? await split.others : undefined;
  for (const path of files) {
    const pre = parallel?.get(path);
    if (pre) {
      if (pre.error) fail(`${display(path)}: ${pre.error}`);
      reports.push({ path: display(path), diagnostics: pre.diagnostics, ...(pre.error ? { error: pre.error } : {}) });
    } else {
      reports.push(local.get(path) ?? (await checkOne(path)));
    }
  }

  const report: Report = {
    version,
    factBase: { instruments: loaded.factBase.instruments.size, parties: loaded.factBase.parties.size, errors: loaded.problems.length },
    files: reports,
  };
  io.stdout(args.format === 'json' ? formatJson(report) : args.format === 'sarif' ? formatSarif(report) : formatText(report, io.isTTY));
  if (exitCode === 0 && reports.some((r) => r.diagnostics.some((d) => d.severity === 'error'))) exitCode = 1;
  return exitCode;
}

const PARALLEL_MIN_BYTES = 500_000;

function fileSize(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

function relativeToCwd(path: string, cwd: string): string {
  const prefix = cwd.endsWith('/') ? cwd : `${cwd}/`;
  return path.startsWith(prefix) ? path.slice(prefix.length) : path;
}
