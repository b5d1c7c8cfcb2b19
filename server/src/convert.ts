// The server's one place that turns core offsets into LSP ranges (via positionAt) and
// findings into diagnostics.
import { DiagnosticSeverity, type Diagnostic, type Range } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding } from '../../core/src/index.js';

export const SOURCE = 'treaty-check';

export function toRange(document: TextDocument, start: number, end: number): Range {
  return { start: document.positionAt(start), end: document.positionAt(end) };
}

const SEVERITY = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
} as const;

export interface DiagnosticData {
  version: number;
  expected?: string;
  instrument?: string;
  fixes: { title: string; edits: { range: Range; newText: string }[] }[];
}

export function toDiagnostic(document: TextDocument, finding: Finding, relatedUri?: string, relatedLine?: number): Diagnostic {
  const data: DiagnosticData = {
    version: document.version,
    expected: finding.expected,
    instrument: finding.instrument,
    fixes: finding.fixes.map((f) => ({ title: f.title, edits: f.edits.map((e) => ({ range: toRange(document, e.start, e.end), newText: e.newText })) })),
  };
  return {
    range: toRange(document, finding.start, finding.end),
    severity: SEVERITY[finding.severity],
    code: finding.code,
    ...(finding.source ? { codeDescription: { href: finding.source.url } } : {}),
    source: SOURCE,
    message: finding.message,
    data,
    ...(relatedUri !== undefined && relatedLine !== undefined
      ? { relatedInformation: [{ location: { uri: relatedUri, range: { start: { line: relatedLine, character: 0 }, end: { line: relatedLine, character: 0 } } }, message: 'Fact-base entry' }] }
      : {}),
  };
}
