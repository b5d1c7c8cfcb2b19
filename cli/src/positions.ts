// The CLI's one place that turns core offsets into LSP positions (zero-based line,
// UTF-16 character); text output adds one to each.
import { buildLineIndex, type Finding } from '../../core/src/index.js';

export interface Position { line: number; character: number }
export interface Range { start: Position; end: Position }

export function rangeConverter(text: string): (start: number, end: number) => Range {
  const index = buildLineIndex(text);
  return (start, end) => ({ start: index.positionOf(start), end: index.positionOf(end) });
}

export interface JsonDiagnostic {
  range: Range;
  severity: Finding['severity'];
  code: string;
  message: string;
  instrument?: string;
  expected?: string;
  source?: { url: string; title: string };
  fixes: { title: string; edits: { range: Range; newText: string }[] }[];
}

export function toJsonDiagnostic(finding: Finding, toRange: (start: number, end: number) => Range): JsonDiagnostic {
  return {
    range: toRange(finding.start, finding.end),
    severity: finding.severity,
    code: finding.code,
    message: finding.message,
    ...(finding.instrument ? { instrument: finding.instrument } : {}),
    ...(finding.expected ? { expected: finding.expected } : {}),
    ...(finding.source ? { source: finding.source } : {}),
    fixes: finding.fixes.map((fix) => ({ title: fix.title, edits: fix.edits.map((e) => ({ range: toRange(e.start, e.end), newText: e.newText })) })),
  };
}
