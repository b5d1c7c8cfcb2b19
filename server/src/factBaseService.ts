// Owns the fact base for the workspace: loads it once (off the keystroke path), reloads
// it when a fact file or the config changes, reports broken files in those files at
// their line and column, and keeps the last good version of a broken file in use.
import { pathToFileURL } from 'node:url';
import type { Connection, Diagnostic } from 'vscode-languageserver/node';
import { DiagnosticSeverity } from 'vscode-languageserver/node';
import { createChecker, type Checker, type ParsedFactFile } from '../../core/src/index.js';
import { loadFactBase, type LoadedFactBase } from '../../host/src/loadFactBase.js';
import { containedDirectory, EMPTY_CONFIG, readWorkspaceConfig, type ConfigProblem, type WorkspaceConfig } from '../../host/src/workspaceConfig.js';
import { Notifications, type StatusParams } from './protocol.js';
import type { Settings } from './settings.js';
import { SOURCE } from './convert.js';

export class FactBaseService {
  config: WorkspaceConfig = EMPTY_CONFIG;
  checker!: Checker;
  loaded!: LoadedFactBase;
  private goodFiles = new Map<string, ParsedFactFile>();
  private stamps = new Map<string, string>();
  private published = new Set<string>();

  constructor(
    private readonly connection: Connection,
    private readonly defaultFactsDir: string | undefined,
    readonly root: string | undefined,
    private readonly defaultCompiled?: string,
    private readonly cacheFile?: string,
  ) {}

  get facts() {
    return this.checker.facts;
  }

  /** Loads (or reloads) everything; returns true when the fact base changed. */
  reload(settings: Settings): boolean {
    const previousVersion = this.loaded?.factBase.version;
    const configProblems: ConfigProblem[] = [];
    if (this.root) {
      const read = readWorkspaceConfig(this.root);
      this.config = read.config;
      configProblems.push(...read.problems);
    }
    const extraDirs = [...this.config.factDirs];
    for (const dir of settings.factDirectories) {
      if (!this.root) break;
      const resolved = containedDirectory(this.root, dir);
      if (resolved.path) extraDirs.push(resolved.path);
      else this.connection.console.warn(`Treaty Check: ${resolved.problem}`);
    }
    const useDefault = settings.useDefaultFacts && this.config.useDefaultFacts;
    this.loaded = loadFactBase({ defaultDir: useDefault ? this.defaultFactsDir : undefined, defaultCompiled: this.defaultCompiled, extraDirs, cacheFile: this.cacheFile, previous: this.loaded }, this.goodFiles, undefined, this.stamps);
    this.goodFiles = this.loaded.goodFiles;
    this.stamps = this.loaded.stamps;
    if (previousVersion !== this.loaded.factBase.version || !this.checker) this.checker = createChecker(this.loaded.factBase);
    this.publishProblems(configProblems);
    return previousVersion !== this.loaded.factBase.version;
  }

  status(): StatusParams {
    const errors = this.loaded.problems.length;
    const instruments = this.loaded.factBase.instruments.size;
    return errors > 0
      ? { state: 'factBaseErrors', instruments, errors, message: `${errors} fact-base problem${errors === 1 ? '' : 's'}; the last good facts stay in use` }
      : { state: 'ok', instruments, errors: 0, message: `${instruments} instruments loaded` };
  }

  sendStatus(): void {
    void this.connection.sendNotification(Notifications.status, this.status());
  }

  /** The file URI and line of an instrument's entry, for go to definition. */
  locate(id: string): { uri: string; line: number } | undefined {
    const location = this.loaded.factBase.locations.get(id);
    return location ? { uri: pathToFileURL(location.path).toString(), line: location.line } : undefined;
  }

  private publishProblems(configProblems: ConfigProblem[]): void {
    const byUri = new Map<string, Diagnostic[]>();
    const add = (path: string, d: Diagnostic) => {
      const uri = pathToFileURL(path).toString();
      byUri.set(uri, [...(byUri.get(uri) ?? []), d]);
    };
    for (const p of this.loaded.problems) {
      add(p.path, { range: { start: { line: p.line, character: p.column }, end: { line: p.endLine, character: p.endColumn } }, severity: DiagnosticSeverity.Error, source: SOURCE, code: 'treaty.fact-base', message: p.message });
    }
    for (const p of configProblems) {
      add(p.path, { range: { start: { line: p.line, character: p.column }, end: { line: p.line, character: p.column + 1 } }, severity: DiagnosticSeverity.Error, source: SOURCE, code: 'treaty.config', message: p.message });
    }
    for (const uri of this.published) if (!byUri.has(uri)) void this.connection.sendDiagnostics({ uri, diagnostics: [] });
    for (const [uri, diagnostics] of byUri) void this.connection.sendDiagnostics({ uri, diagnostics });
    this.published = new Set(byUri.keys());
  }
}
