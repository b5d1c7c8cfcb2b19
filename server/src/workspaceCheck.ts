// "Check Whole Workspace": every *.md under the workspace root into Problems, with progress.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CancellationToken, Connection, TextDocuments } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { toDiagnostic } from './convert.js';
import type { FactBaseService } from './factBaseService.js';
import { settingsToCheckOptions, type Settings } from './settings.js';

const MAX_FILES = 5000;

function listBriefs(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string, depth: number) => {
    if (depth > 12 || out.length >= MAX_FILES) return;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path, depth + 1);
      else if (entry.isFile() && /\.(md|markdown)$/i.test(entry.name)) out.push(path);
    }
  };
  walk(root, 0);
  return out;
}

export async function checkWorkspace(connection: Connection, service: FactBaseService, documents: TextDocuments<TextDocument>, settings: Settings, token: CancellationToken, progress: boolean): Promise<{ files: number; findings: number }> {
  if (!service.root) return { files: 0, findings: 0 };
  const files = listBriefs(service.root);
  const reporter = progress ? await connection.window.createWorkDoneProgress() : undefined;
  reporter?.begin('Treaty Check: checking the workspace', 0, `${files.length} briefs`, true);
  let findings = 0;
  const options = settingsToCheckOptions(settings, service.config);
  for (let i = 0; i < files.length; i++) {
    if (token.isCancellationRequested || reporter?.token.isCancellationRequested) break;
    const uri = pathToFileURL(files[i]).toString();
    if (documents.get(uri)) continue; // open briefs have their own, live diagnostics
    try {
      if (statSync(files[i]).size > settings.maxFileSize) continue;
      const text = readFileSync(files[i], 'utf8');
      if (text.includes('\u0000')) continue;
      const document = TextDocument.create(uri, 'markdown', 0, text);
      const result = service.checker.check(text, options);
      findings += result.findings.length;
      void connection.sendDiagnostics({ uri, diagnostics: result.findings.map((f) => toDiagnostic(document, f)) });
    } catch (error) {
      connection.console.warn(`Treaty Check: cannot check ${files[i]}: ${(error as Error).message}`);
    }
    reporter?.report(Math.round(((i + 1) / files.length) * 100), `${i + 1}/${files.length}`);
    if (i % 20 === 19) await new Promise((r) => setImmediate(r));
  }
  reporter?.done();
  return { files: files.length, findings };
}
