// Applies preferred fixes to a text and writes files atomically (temp file + rename), so
// a crash never leaves a half-written brief. Only the claimed spans change: line ends,
// BOM and everything else stay byte for byte.
import { renameSync, writeFileSync, statSync, chmodSync, unlinkSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Finding, TextEdit } from '../../core/src/index.js';

/** The preferred edits of every error, minus any that would overlap an earlier one. */
export function preferredEdits(findings: readonly Finding[]): TextEdit[] {
  const edits = findings.filter((f) => f.severity === 'error' && f.fixes.length > 0).flatMap((f) => f.fixes[0].edits);
  edits.sort((a, b) => a.start - b.start || a.end - b.end);
  const kept: TextEdit[] = [];
  for (const edit of edits) {
    const last = kept[kept.length - 1];
    if (last && edit.start < last.end) continue;
    kept.push(edit);
  }
  return kept;
}

export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let out = '';
  let cursor = 0;
  for (const edit of edits) {
    out += text.slice(cursor, edit.start) + edit.newText;
    cursor = edit.end;
  }
  return out + text.slice(cursor);
}

export function writeAtomically(path: string, text: string): void {
  const temp = join(dirname(path), `.${basename(path)}.treaty-check-${process.pid}.tmp`);
  try {
    writeFileSync(temp, text, 'utf8');
    try {
      chmodSync(temp, statSync(path).mode);
    } catch {
      // Keep the default mode when the original cannot be read.
    }
    renameSync(temp, path);
  } catch (error) {
    try {
      unlinkSync(temp);
    } catch {
      // Nothing to clean up.
    }
    throw error;
  }
}
