// The finding for a number a brief got wrong (a count of articles, a term in years): an error
// with the source and a fix that writes the right number as the brief wrote its own.
import type { DiagnosticCode } from '../codes.js';
import { renderNumberLike } from '../extract/numbers.js';
import type { Source } from '../facts/types.js';
import type { Finding } from '../finding.js';

export function wrongNumber(span: { start: number; end: number; instrument: string }, code: DiagnosticCode, message: string, right: number, written: string, source: Source | undefined): Finding {
  const newText = renderNumberLike(right, written);
  return {
    ...span,
    code,
    severity: 'error',
    message: `${message}${source ? ` Source: ${source.title}.` : ''}`,
    expected: String(right),
    fixes: [{ title: `Change to "${newText}"`, edits: [{ ...span, newText }] }],
    source,
  };
}
