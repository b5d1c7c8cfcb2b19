// Checks open documents and caches each result by (uri, version, epoch); the epoch moves
// when settings or the fact base change, so stale results are never served.
import type { Diagnostic } from 'vscode-languageserver/node';
import { DiagnosticSeverity } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CheckResult } from '../../core/src/index.js';
import { SOURCE, toDiagnostic } from './convert.js';
import type { FactBaseService } from './factBaseService.js';
import { settingsToCheckOptions, type Settings } from './settings.js';

export interface CheckEntry {
  version: number;
  epoch: number;
  result: CheckResult;
  diagnostics: Diagnostic[];
}

const EMPTY: CheckResult = { findings: [], mentions: [], asOf: '' };

export class DocumentChecks {
  epoch = 0;
  private readonly cache = new Map<string, CheckEntry>();

  constructor(private readonly facts: () => FactBaseService, private readonly relatedInformation: () => boolean) {}

  invalidate(): void {
    this.epoch++;
    this.cache.clear();
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }

  cached(document: TextDocument): CheckEntry | undefined {
    const entry = this.cache.get(document.uri);
    return entry && entry.version === document.version && entry.epoch === this.epoch ? entry : undefined;
  }

  check(document: TextDocument, settings: Settings): CheckEntry {
    const hit = this.cached(document);
    if (hit) return hit;
    const service = this.facts();
    const text = document.getText();
    let result = EMPTY;
    let diagnostics: Diagnostic[] = [];
    if (!settings.enable) {
      result = EMPTY;
    } else if (text.includes('\u0000')) {
      diagnostics = [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: DiagnosticSeverity.Information, source: SOURCE, code: 'treaty.document-too-large', message: 'Treaty Check skipped this document: it contains binary data (NUL bytes).' }];
    } else {
      result = service.checker.check(text, settingsToCheckOptions(settings, service.config));
      const related = this.relatedInformation();
      diagnostics = result.findings.map((f) => {
        const location = related && f.instrument ? service.locate(f.instrument) : undefined;
        return toDiagnostic(document, f, location?.uri, location?.line);
      });
    }
    const entry = { version: document.version, epoch: this.epoch, result, diagnostics };
    this.cache.set(document.uri, entry);
    return entry;
  }
}
