// Code actions are pure functions of the current check result: a quick fix per finding,
// "Fix all" as source.fixAll.treatyCheck, and directives to disable a line or the file.
// Every edit names the document version it was computed for, so a stale one is refused.
import { CodeAction, CodeActionKind, TextDocumentEdit, type CodeActionParams, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding } from '../../core/src/index.js';
import { toRange } from './convert.js';
import type { CheckEntry } from './documentChecks.js';
import { FIX_ALL_KIND } from './protocol.js';

export function workspaceEdit(document: TextDocument, edits: TextEdit[], versioned: boolean): WorkspaceEdit {
  return versioned
    ? { documentChanges: [TextDocumentEdit.create({ uri: document.uri, version: document.version }, edits)] }
    : { changes: { [document.uri]: edits } };
}

/** Preferred edits of every error, dropping any that overlaps one before it. */
export function fixAllEdits(document: TextDocument, findings: readonly Finding[]): TextEdit[] {
  const edits = findings.filter((f) => f.severity === 'error' && f.fixes.length > 0).flatMap((f) => f.fixes[0].edits).sort((a, b) => a.start - b.start);
  const kept: typeof edits = [];
  for (const e of edits) if (!kept.length || e.start >= kept[kept.length - 1].end) kept.push(e);
  return kept.map((e) => ({ range: toRange(document, e.start, e.end), newText: e.newText }));
}

const wants = (only: string[] | undefined, kind: string) => !only || only.some((o) => kind === o || kind.startsWith(`${o}.`));

export function provideCodeActions(document: TextDocument, entry: CheckEntry, params: CodeActionParams, versioned: boolean): CodeAction[] {
  const only = params.context.only;
  const actions: CodeAction[] = [];
  const start = document.offsetAt(params.range.start);
  const end = document.offsetAt(params.range.end);
  const findings = entry.result.findings;
  if (wants(only, CodeActionKind.QuickFix)) {
    for (const finding of findings) {
      if (finding.end < start || finding.start > end) continue;
      const diagnostic = entry.diagnostics.find((d) => d.code === finding.code && document.offsetAt(d.range.start) === finding.start && document.offsetAt(d.range.end) === finding.end);
      finding.fixes.forEach((fix, i) => {
        const action = CodeAction.create(fix.title, workspaceEdit(document, fix.edits.map((e) => ({ range: toRange(document, e.start, e.end), newText: e.newText })), versioned), CodeActionKind.QuickFix);
        if (diagnostic) action.diagnostics = [diagnostic];
        action.isPreferred = i === 0 && finding.severity === 'error';
        actions.push(action);
      });
      actions.push(...disableActions(document, finding, versioned, diagnostic ? [diagnostic] : undefined));
    }
  }
  if (wants(only, FIX_ALL_KIND) && (only !== undefined || findings.length > 0)) {
    const edits = fixAllEdits(document, findings);
    if (edits.length > 0) {
      const action = CodeAction.create('Fix all Treaty Check problems', workspaceEdit(document, edits, versioned), FIX_ALL_KIND);
      actions.push(action);
    }
  }
  return actions;
}

function disableActions(document: TextDocument, finding: Finding, versioned: boolean, diagnostics: CodeAction['diagnostics']): CodeAction[] {
  const line = document.positionAt(finding.start).line;
  const lineEnd = document.offsetAt({ line: line + 1, character: 0 });
  const text = document.getText();
  let endOfLine = lineEnd;
  while (endOfLine > 0 && (text[endOfLine - 1] === '\n' || text[endOfLine - 1] === '\r') && endOfLine > document.offsetAt({ line, character: 0 })) endOfLine--;
  const lineAction = CodeAction.create(`Disable ${finding.code} for this line`, workspaceEdit(document, [{ range: toRange(document, endOfLine, endOfLine), newText: ` <!-- treaty-check-disable-line ${finding.code} -->` }], versioned), CodeActionKind.QuickFix);
  const top = frontMatterEnd(text);
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const fileAction = CodeAction.create(`Disable ${finding.code} for this file`, workspaceEdit(document, [{ range: toRange(document, top, top), newText: `<!-- treaty-check-disable-file ${finding.code} -->${eol}${eol}` }], versioned), CodeActionKind.QuickFix);
  lineAction.diagnostics = diagnostics;
  fileAction.diagnostics = diagnostics;
  return [lineAction, fileAction];
}

function frontMatterEnd(text: string): number {
  const m = /^---\r?\n[\s\S]*?\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(text);
  return m ? m[0].length : 0;
}
